package io.github.iec62304.core.read.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.model.release.SoupKey;
import io.github.iec62304.core.model.release.TestKey;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the previous release's evidence bundle (the baseline) as untrusted input: a zip with no hostile entries
 * (see {@link BundleZip}), whose {@code manifest.json} names every other file with its SHA-256, all matching, and
 * which documents this same project. Unknown JSON fields are ignored, so bundles of other plugin versions read.
 */
public final class BaselineReader {

    /** The bundle format this reader understands. */
    public static final String FORMAT = "iec62304-evidence/1";
    private static final String MANIFEST = "manifest.json";
    private static final String TESTS = "test-record.json";
    private static final String TRACE = "trace-matrix.json";
    private static final String UNITS = "unit-verification.json";
    private static final String SOUP = "soup-list.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private BaselineReader() {
    }

    /**
     * @param zip        the bundle zip
     * @param label      how messages name it (coordinates and file, or the file)
     * @param groupId    the project's groupId, which the baseline must document
     * @param artifactId the project's artifactId
     * @return what the baseline says
     */
    public static Baseline read(Path zip, String label, String groupId, String artifactId) {
        BundleZip.Content content;
        String zipSha;
        try (InputStream raw = Files.newInputStream(zip);
             Sha256.DigestingStream in = new Sha256.DigestingStream(raw)) {
            content = BundleZip.read(in, label, Set.of(MANIFEST, TESTS, TRACE, UNITS, SOUP));
            in.transferTo(java.io.OutputStream.nullOutputStream()); // the zip's digest covers every byte
            zipSha = in.finish();
        } catch (NoSuchFileException e) {
            throw new InputException(label, 0, "baseline bundle not found");
        } catch (IOException e) {
            throw new InputException(label, 0, "cannot be read: " + e.getMessage(), e);
        }
        JsonNode manifest = json(content, MANIFEST, label);
        if (!FORMAT.equals(manifest.path("format").asText())) {
            throw new InputException(label, 0, "manifest.json has format '" + manifest.path("format").asText()
                    + "'; this plugin reads " + FORMAT + " bundles");
        }
        verify(content, manifest, label);
        JsonNode project = manifest.path("project");
        String g = text(project, "groupId", MANIFEST, label);
        String a = text(project, "artifactId", MANIFEST, label);
        if (!g.equals(groupId) || !a.equals(artifactId)) {
            throw new InputException(label, 0, "is the evidence of " + g + ":" + a + ", not of this project ("
                    + groupId + ":" + artifactId + "); name this project's previous release as <baseline>");
        }
        return new Baseline(label, zipSha, g, a, text(project, "version", MANIFEST, label),
                optional(manifest.path("git").path("commit")), optional(manifest.path("buildTimestamp")),
                tests(json(content, TESTS, label), label), requirements(json(content, TRACE, label), label),
                units(json(content, UNITS, label), label), soup(json(content, SOUP, label), label));
    }

    /** Every file the manifest lists is there with its SHA-256, and nothing else is. */
    private static void verify(BundleZip.Content content, JsonNode manifest, String label) {
        Set<String> unlisted = new TreeSet<>(content.sha256().keySet());
        unlisted.remove(MANIFEST);
        for (JsonNode f : manifest.path("files")) {
            String path = f.path("path").asText();
            String expected = f.path("sha256").asText();
            String actual = content.sha256().get(path);
            if (actual == null) {
                throw new InputException(label, 0, path + " is listed in manifest.json but missing from the bundle "
                        + "(tampered or corrupted)");
            }
            if (!actual.equals(expected)) {
                throw new InputException(label, 0, path + " does not match the SHA-256 in manifest.json (tampered "
                        + "or corrupted): manifest " + expected + ", file " + actual);
            }
            unlisted.remove(path);
        }
        if (!unlisted.isEmpty()) {
            throw new InputException(label, 0, "holds " + String.join(", ", unlisted) + ", which manifest.json does "
                    + "not list (tampered)");
        }
    }

    /**
     * Test identities and outcomes. A record written by this version holds each case's canonical {@code id}; one
     * written by an older version holds only the reported names, whose identities are derived as a build's are
     * ({@link TestKey#identities}): old keys are read in the new form, so a baseline needs no rewrite.
     *
     * @param record the bundle's {@code test-record.json}
     * @param label  the bundle, for messages
     * @return canonical test identity to outcome; two cases of one identity keep the worse outcome
     */
    public static Map<String, String> tests(JsonNode record, String label) {
        List<TestKey.Reported> reported = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (JsonNode c : array(record, "testCases", TESTS, label)) {
            String cls = text(c, "class", TESTS, label);
            String name = text(c, "name", TESTS, label);
            reported.add(new TestKey.Reported(cls, name, occurrences.merge(cls + '\u0000' + name, 1, Integer::sum)));
            ids.add(c.hasNonNull("id") ? text(c, "id", TESTS, label) : null);
            outcomes.add(text(c, "outcome", TESTS, label));
        }
        List<String> derived = TestKey.identities(reported);
        Map<String, String> tests = new HashMap<>();
        for (int i = 0; i < reported.size(); i++) {
            String key = ids.get(i) == null ? derived.get(i) : ids.get(i);
            tests.merge(key, outcomes.get(i), BaselineReader::worse);
        }
        return tests;
    }

    /** Two reported names that normalize to one key keep the worse outcome, as the test record does. */
    private static String worse(String a, String b) {
        return a.equals("PASSED") ? b : a;
    }

    private static Map<String, Baseline.BaselineRequirement> requirements(JsonNode trace, String label) {
        Map<String, Baseline.BaselineRequirement> requirements = new HashMap<>();
        for (JsonNode r : array(trace, "requirements", TRACE, label)) {
            requirements.put(text(r, "id", TRACE, label), new Baseline.BaselineRequirement(
                    text(r, "status", TRACE, label), safetyClass(r, TRACE, label)));
        }
        return requirements;
    }

    private static Map<String, Baseline.BaselineUnit> units(JsonNode units, String label) {
        Map<String, Baseline.BaselineUnit> map = new HashMap<>();
        for (JsonNode u : array(units, "units", UNITS, label)) {
            JsonNode coverage = u.path("coverage");
            map.put(text(u, "id", UNITS, label), new Baseline.BaselineUnit(safetyClass(u, UNITS, label),
                    counter(coverage.path("lines")), counter(coverage.path("branches"))));
        }
        return map;
    }

    private static Counter counter(JsonNode node) {
        return node.isObject() ? new Counter(node.path("covered").asInt(), node.path("total").asInt()) : Counter.EMPTY;
    }

    /** @return SOUP key to version; {@code null} when the baseline read no SBOM (its SOUP gate was off) */
    private static Map<String, String> soup(JsonNode list, String label) {
        if (!list.path("sbom").isObject()) {
            return null;
        }
        Map<String, String> soup = new HashMap<>();
        for (JsonNode c : array(list, "components", SOUP, label)) {
            if (c.path("shipped").asBoolean(false)) {
                soup.put(SoupKey.component(optional(c.path("group")), text(c, "name", SOUP, label)),
                        versionOf(c));
            }
        }
        for (JsonNode r : array(list, "runtime", SOUP, label)) {
            soup.put(SoupKey.runtime(text(r, "name", SOUP, label)), versionOf(r));
        }
        return soup;
    }

    private static String versionOf(JsonNode node) {
        String v = optional(node.path("version"));
        return v == null ? "" : v;
    }

    private static JsonNode json(BundleZip.Content content, String name, String label) {
        byte[] bytes = content.kept().get(name);
        if (bytes == null) {
            throw new InputException(label, 0, "has no " + name + "; not an evidence bundle of this plugin");
        }
        try {
            return JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new InputException(label, 0, name + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(label, 0, name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, String file, String label) {
        JsonNode a = node.path(field);
        if (!a.isArray()) {
            throw new InputException(label, 0, file + " has no '" + field + "' list");
        }
        return a;
    }

    private static String text(JsonNode node, String field, String file, String label) {
        JsonNode v = node.path(field);
        if (!v.isTextual() || v.asText().isEmpty()) {
            throw new InputException(label, 0, file + " lacks '" + field + "'");
        }
        return v.asText();
    }

    private static SafetyClass safetyClass(JsonNode node, String file, String label) {
        String c = text(node, "safetyClass", file, label);
        try {
            return SafetyClass.valueOf(c);
        } catch (IllegalArgumentException e) {
            throw new InputException(label, 0, file + " has safety class '" + c + "'");
        }
    }

    private static String optional(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
    }
}
