package io.github.iec62304.core.read.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.iec62304.core.model.soup.Vex;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.OneJsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyclonedx.Version;

/**
 * Reads a CycloneDX JSON VEX document (spec 1.4-1.6: {@code vulnerabilities} with {@code affects[].ref} and
 * {@code analysis}), validated offline against cyclonedx-core-java's schema of its spec version, the one the SBOM is
 * judged by. A VEX is small (statements, no dependency graph), so it is read whole, but streamed once to note the
 * line of each vulnerability, so that every problem names its line. Duplicate keys are refused, as in the SBOM: a
 * tree would keep the last value silently. A vulnerability without an id or without an affected component, and the
 * same vulnerability stated twice for the same component, are refused: the check could not tell which analysis holds.
 */
public final class VexReader {

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    private static final Pattern AT_VULNERABILITY = Pattern.compile("^/vulnerabilities/(\\d+)");
    private static final Pattern SPEC = Pattern.compile("1\\.[4-6]");
    private static final int MAX_PROBLEMS = 3;

    private VexReader() {
    }

    /**
     * @param in     the VEX, read to its end (not closed)
     * @param source the file relative to the project, for messages
     * @throws InputException naming the file and, where known, the line, for anything not a readable CycloneDX VEX
     */
    public static Vex read(InputStream in, String source) {
        ObjectNode document = JSON.createObjectNode();
        List<Integer> lines = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException(source, 1, "is not a CycloneDX VEX: a VEX file holds one JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken kind = p.nextToken();
                if (field.equals("vulnerabilities") && kind == JsonToken.START_ARRAY) {
                    var list = JSON.createArrayNode();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        lines.add(p.currentTokenLocation().getLineNr());
                        list.add((JsonNode) p.readValueAsTree());
                    }
                    document.set(field, list);
                } else {
                    document.set(field, p.readValueAsTree());
                }
            }
            OneJsonValue.requireEnd(p, "the VEX's JSON object (a VEX file holds one JSON object)");
        } catch (JsonProcessingException e) {
            throw new InputException(source, OneJsonValue.line(e), "is not a readable CycloneDX VEX: "
                    + SbomReader.oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputException(source, 0, "cannot be read: " + SbomReader.oneLine(e.getMessage()));
        }
        validate(document, lines, source);
        return new Vex(source, statements(document, lines, source));
    }

    private static void validate(ObjectNode document, List<Integer> lines, String source) {
        String spec = text(document, "specVersion");
        if (!"CycloneDX".equals(text(document, "bomFormat")) || !SPEC.matcher(spec).matches()) {
            throw new InputException(source, 1, "is not a CycloneDX VEX this plugin reads: it needs \"bomFormat\": "
                    + "\"CycloneDX\" and \"specVersion\" 1.4, 1.5 or 1.6 (found " + (spec.isEmpty() ? "none" : spec)
                    + ")");
        }
        List<String> problems = new ArrayList<>();
        try {
            SbomReader.jsonSchema(Version.fromVersionString(spec)).validate(document)
                    .forEach(e -> problems.add(e.getInstanceLocation() + ": " + e.getMessage()));
        } catch (IOException e) {
            throw new InputException(source, 0, "cannot be validated: " + SbomReader.oneLine(e.getMessage()));
        }
        if (!problems.isEmpty()) {
            Matcher m = AT_VULNERABILITY.matcher(problems.get(0));
            int line = m.find() && Integer.parseInt(m.group(1)) < lines.size()
                    ? lines.get(Integer.parseInt(m.group(1))) : 0;
            throw new InputException(source, line, "is not a valid CycloneDX VEX: " + String.join("; ",
                    problems.stream().limit(MAX_PROBLEMS).map(SbomReader::oneLine).toList()) + " (" + problems.size()
                    + " problem" + (problems.size() == 1 ? "" : "s") + ")");
        }
    }

    private static List<Vex.Statement> statements(JsonNode document, List<Integer> lines, String source) {
        Map<String, String> purls = new HashMap<>();
        document.path("components").forEach(c -> collectPurls(c, purls));
        List<Vex.Statement> statements = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int i = 0;
        for (JsonNode v : document.path("vulnerabilities")) {
            int line = lines.get(i++);
            String id = text(v, "id").strip();
            if (id.isEmpty()) {
                throw new InputException(source, line, "a vulnerability has no id: write the CVE, GHSA or other id "
                        + "it states an analysis for");
            }
            if (v.path("affects").isEmpty()) {
                throw new InputException(source, line, "vulnerability " + id + " names no affected component "
                        + "(affects[].ref): a statement about no component applies to nothing");
            }
            JsonNode analysis = v.path("analysis");
            for (JsonNode a : v.path("affects")) {
                String ref = text(a, "ref");
                Integer first = seen.putIfAbsent(id + "\n" + ref, line);
                if (first != null) {
                    throw new InputException(source, line, "vulnerability " + id + " is stated twice for " + ref
                            + " (first at line " + first + "): keep one analysis");
                }
                statements.add(new Vex.Statement(id, ref, purls.getOrDefault(ref, ""), text(analysis, "state"),
                        SbomReader.oneLine(text(analysis, "detail")), line));
            }
        }
        return statements;
    }

    private static void collectPurls(JsonNode c, Map<String, String> out) {
        if (!text(c, "bom-ref").isEmpty() && !text(c, "purl").isEmpty()) {
            out.put(text(c, "bom-ref"), text(c, "purl"));
        }
        c.path("components").forEach(nested -> collectPurls(nested, out));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.textValue() : "";
    }
}
