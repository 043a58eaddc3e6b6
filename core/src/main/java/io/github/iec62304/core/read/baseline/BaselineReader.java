package io.github.iec62304.core.read.baseline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.model.release.SoupKey;
import io.github.iec62304.core.model.release.TestKey;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.OneJsonValue;
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
    private static final String RISK = "risk-trace.json";
    /**
     * The most elements of one list (test cases, requirements, units, components) read from a baseline: five times
     * the benchmark's largest project, and what keeps the read within a 256 MiB heap (see {@code HeapLimitTest}).
     */
    static final int MAX_RECORDS = 1_000_000;
    /** Far above what a manifest of {@link BundleZip#MAX_ENTRIES} files takes. */
    private static final int MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
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
        BaselineTests tests = new BaselineTests(label);
        Map<String, Baseline.BaselineRequirement> requirements = new HashMap<>();
        Map<String, Baseline.BaselineUnit> units = new HashMap<>();
        Map<String, String> soup = new HashMap<>();
        Map<String, Baseline.BaselineControl> controls = new HashMap<>();
        Map<String, Baseline.BaselineHazard> hazards = new HashMap<>();
        try (InputStream raw = Files.newInputStream(zip);
             Sha256.DigestingStream in = new Sha256.DigestingStream(raw)) {
            content = BundleZip.read(in, label, Map.of(
                    MANIFEST, e -> manifest(e, label),
                    TESTS, e -> lists(e, TESTS, label, Map.of("testCases", new JsonLists.Take(
                            Set.of("class", "name", "id", "outcome"), c -> test(c, tests, label)))),
                    TRACE, e -> lists(e, TRACE, label, Map.of("requirements", new JsonLists.Take(
                            Set.of("id", "status", "safetyClass", "title", "text", "riskControls", "verification",
                                    "verifiedBy"),
                            r -> requirement(r, requirements, label)))),
                    RISK, e -> lists(e, RISK, label, Map.of("controls", new JsonLists.Take(
                            Set.of("id", "title", "kind", "implementedIn", "reference", "hazards"),
                            c -> control(c, controls, label)), "hazards", new JsonLists.Take(
                            Set.of("id", "severity", "afterExternal", "causes", "controls"),
                            h -> hazard(h, hazards, label)))),
                    UNITS, e -> lists(e, UNITS, label, Map.of("units", new JsonLists.Take(
                            Set.of("id", "safetyClass", "coverage", "fingerprint"), u -> unit(u, units, label)))),
                    SOUP, e -> lists(e, SOUP, label, Map.of(
                            "components", new JsonLists.Take(Set.of("shipped", "group", "name", "version"),
                                    c -> component(c, soup, label)),
                            "runtime", new JsonLists.Take(Set.of("name", "version"), r -> runtime(r, soup, label))))));
            in.transferTo(java.io.OutputStream.nullOutputStream()); // the zip's digest covers every byte
            zipSha = in.finish();
        } catch (NoSuchFileException e) {
            throw new InputException(label, 0, "baseline bundle not found");
        } catch (IOException e) {
            throw new InputException(label, 0, "cannot be read: " + e.getMessage(), e);
        }
        JsonNode manifest = (JsonNode) content.value(MANIFEST, label);
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
        requireList(content, TESTS, "testCases", label);
        requireList(content, TRACE, "requirements", label);
        requireList(content, UNITS, "units", label);
        boolean soupRead = requireSoup(content, label);
        boolean riskRead = content.sha256().containsKey(RISK);
        if (riskRead) {
            requireList(content, RISK, "controls", label);
        }
        return new Baseline(label, zipSha, g, a, text(project, "version", MANIFEST, label),
                optional(manifest.path("git").path("commit")), optional(manifest.path("buildTimestamp")),
                tests.outcomes(), requirements, units, soupRead ? soup : null, controls, riskRead, hazards);
    }

    /** @return one line naming the bundle, its file and the line of the file where the JSON went wrong */
    private static InputException notJson(String label, String file, JsonProcessingException e) {
        int line = OneJsonValue.line(e);
        return new InputException(label, 0, file + " is not valid JSON: " + (line > 0 ? "line " + line + ": " : "")
                + e.getOriginalMessage(), e);
    }

    /** The manifest lists a few dozen files: read whole, but never more than {@value #MAX_MANIFEST_BYTES} bytes. */
    private static JsonNode manifest(InputStream in, String label) throws IOException {
        byte[] bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
        if (bytes.length > MAX_MANIFEST_BYTES) {
            throw new InputException(label, 0, "manifest.json is larger than " + MAX_MANIFEST_BYTES / (1024 * 1024)
                    + " MiB; not an evidence bundle of this plugin");
        }
        try (JsonParser p = JSON.createParser(bytes)) {
            JsonNode tree = JSON.readTree(p);
            OneJsonValue.requireEnd(p, "the JSON object (a bundle file holds one JSON value)");
            return tree == null ? MissingNode.getInstance() : tree;
        } catch (JsonProcessingException e) {
            throw notJson(label, MANIFEST, e);
        }
    }

    private static Map<String, JsonToken> lists(InputStream in, String file, String label,
                                                Map<String, JsonLists.Take> take) throws IOException {
        Map<String, JsonLists.Take> counted = new HashMap<>();
        take.forEach((field, t) -> {
            int[] count = {0};
            counted.put(field, new JsonLists.Take(t.fields(), element -> {
                if (++count[0] > MAX_RECORDS) {
                    throw new InputException(label, 0, file + " lists more than " + MAX_RECORDS + " " + field
                            + "; more than this plugin reads from a baseline");
                }
                t.sink().accept(element);
            }));
        });
        try {
            return JsonLists.read(in, counted);
        } catch (JsonProcessingException e) {
            throw notJson(label, file, e);
        } catch (IOException e) {
            throw new InputException(label, 0, file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void requireList(BundleZip.Content content, String file, String field, String label) {
        if (((Map<String, JsonToken>) content.value(file, label)).get(field) != JsonToken.START_ARRAY) {
            throw new InputException(label, 0, file + " has no '" + field + "' list");
        }
    }

    /** @return {@code false} when the baseline read no SBOM (its SOUP gate was off) */
    @SuppressWarnings("unchecked")
    private static boolean requireSoup(BundleZip.Content content, String label) {
        Map<String, JsonToken> kinds = (Map<String, JsonToken>) content.value(SOUP, label);
        if (kinds.get("sbom") != JsonToken.START_OBJECT) {
            return false;
        }
        requireList(content, SOUP, "components", label);
        requireList(content, SOUP, "runtime", label);
        return true;
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
     * Test identities and outcomes of a whole {@code test-record.json} already parsed (see {@link BaselineTests}).
     *
     * @param record the bundle's {@code test-record.json}
     * @param label  the bundle, for messages
     * @return canonical test identity to outcome; two cases of one identity keep the worse outcome
     */
    public static Map<String, String> tests(JsonNode record, String label) {
        BaselineTests tests = new BaselineTests(label);
        for (JsonNode c : array(record, "testCases", TESTS, label)) {
            test(c, tests, label);
        }
        return tests.outcomes();
    }

    private static void test(JsonNode c, BaselineTests tests, String label) {
        tests.add(text(c, "class", TESTS, label), text(c, "name", TESTS, label),
                c.hasNonNull("id") ? text(c, "id", TESTS, label) : null, text(c, "outcome", TESTS, label));
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, String file, String label) {
        JsonNode a = node.path(field);
        if (!a.isArray()) {
            throw new InputException(label, 0, file + " has no '" + field + "' list");
        }
        return a;
    }

    private static void requirement(JsonNode r, Map<String, Baseline.BaselineRequirement> requirements,
                                    String label) {
        requirements.put(text(r, "id", TRACE, label), new Baseline.BaselineRequirement(
                text(r, "status", TRACE, label), safetyClass(r, TRACE, label), optional(r.path("title")),
                optional(r.path("text")), strings(r.path("riskControls"), TRACE, label),
                r.has("verification") ? strings(r.path("verification"), TRACE, label) : null, verifyingTests(r, label)));
    }

    /** @return the tests of a requirement's {@code verifiedBy}, as {@code class#method} */
    private static List<String> verifyingTests(JsonNode r, String label) {
        List<String> tests = new ArrayList<>();
        for (JsonNode t : r.path("verifiedBy")) {
            tests.add(text(t, "test", TRACE, label));
        }
        return tests;
    }

    private static void control(JsonNode c, Map<String, Baseline.BaselineControl> controls, String label) {
        controls.put(text(c, "id", RISK, label), new Baseline.BaselineControl(text(c, "title", RISK, label),
                text(c, "kind", RISK, label), text(c, "implementedIn", RISK, label), optional(c.path("reference")),
                strings(c.path("hazards"), RISK, label)));
    }

    private static void hazard(JsonNode h, Map<String, Baseline.BaselineHazard> hazards, String label) {
        List<String> causes = new ArrayList<>();
        for (JsonNode c : h.path("causes")) {
            for (String kind : List.of("item", "soup", "notSoftware")) {
                if (c.path(kind).isTextual()) {
                    causes.add(kind + " " + c.path(kind).asText());
                }
            }
        }
        hazards.put(text(h, "id", RISK, label), new Baseline.BaselineHazard(text(h, "severity", RISK, label),
                optional(h.path("afterExternal")), causes, strings(h.path("controls"), RISK, label)));
    }

    /** @return the strings of a list field; a missing field is an empty list, anything else but strings an error */
    private static List<String> strings(JsonNode list, String file, String label) {
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (JsonNode v : list.isArray() ? list : List.of(list)) {
            if (!v.isTextual()) {
                throw new InputException(label, 0, file + " has '" + v + "' where a list of ids belongs");
            }
            values.add(v.asText());
        }
        return values;
    }

    private static void unit(JsonNode u, Map<String, Baseline.BaselineUnit> units, String label) {
        JsonNode coverage = u.path("coverage");
        units.put(text(u, "id", UNITS, label), new Baseline.BaselineUnit(safetyClass(u, UNITS, label),
                counter(coverage.path("lines")), counter(coverage.path("branches")), optional(u.path("fingerprint"))));
    }

    private static Counter counter(JsonNode node) {
        return node.isObject() ? new Counter(node.path("covered").asInt(), node.path("total").asInt()) : Counter.EMPTY;
    }

    private static void component(JsonNode c, Map<String, String> soup, String label) {
        if (c.path("shipped").asBoolean(false)) {
            soup.put(SoupKey.component(optional(c.path("group")), text(c, "name", SOUP, label)), versionOf(c));
        }
    }

    private static void runtime(JsonNode r, Map<String, String> soup, String label) {
        soup.put(SoupKey.runtime(text(r, "name", SOUP, label)), versionOf(r));
    }

    private static String versionOf(JsonNode node) {
        String v = optional(node.path("version"));
        return v == null ? "" : v;
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
