package io.github.iec62304.core.read.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import io.github.iec62304.core.model.soup.Sbom;
import io.github.iec62304.core.model.soup.SbomComponent;
import io.github.iec62304.core.model.soup.SbomVulnerability;
import io.github.iec62304.core.read.OneJsonValue;
import io.github.iec62304.core.read.Sha256;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a CycloneDX JSON SBOM streamed: validated against cyclonedx-core-java's JSON schema of its spec version and
 * mapped to the model, field for field as {@link SbomReader} maps cyclonedx-core-java's object model of an XML SBOM,
 * with one component in memory at a time.
 *
 * <p>How the validation is split, and why: cyclonedx-core-java's {@code JsonParser.validate(JsonNode, Version)}
 * needs the whole document as a tree, and copies it (to a string, then to a second tree) before the schema sees it:
 * an SBOM of 100,000 components (175 MB) did not fit in 512 MiB. Here the schema is the same (cyclonedx-core-java's
 * {@code getJsonSchema}, offline), but it judges the document in pieces: every top-level field except the two lists
 * that grow with the component count ({@code components}, {@code dependencies}) as one document, with those lists
 * empty; and each element of those lists as the only element of a minimal document of the same spec version. The
 * schema's messages are the same; its {@code uniqueItems} on those two lists is checked here, by a digest of each
 * element (a repeated element in another key order is not caught: no writer does that).
 *
 * <p>Why not cyclonedx-core-java's {@code JsonParser.parse}: building its object model costs about 0.5 s of
 * start-up in every build (Jackson deserializers for some 60 model classes), more than everything else the check
 * does on a small project, for the ten fields the SOUP gate reads (measured with the benchmark, {@code bench/}).
 */
final class JsonSbom {

    private static final Set<String> STREAMED = Set.of("components", "dependencies");

    /**
     * Reads the SBOM. A duplicate key is refused ("is not a readable CycloneDX SBOM"): a tree would keep the last
     * value silently, and here the streamed lists and the rest would not even agree on which one that is.
     */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private JsonSbom() {
    }

    /**
     * @param bytes   the SBOM, in memory
     * @param source  the file, for messages
     * @param schema  the CycloneDX schema of the SBOM's spec version
     * @param version that version, as the minimal documents declare it
     * @param problems receives the schema's findings, in document order
     * @return the SBOM, meaningful only when no problem was found
     */
    static Sbom read(byte[] bytes, String source, Schema schema, String version, List<String> problems)
            throws IOException {
        return read(new ByteArrayInputStream(bytes), source, schema, version, problems);
    }

    /**
     * @param in       the SBOM, read to its end (not closed)
     * @param source   the file, for messages
     * @param schema   the CycloneDX schema of the SBOM's spec version
     * @param version  that version, as the minimal documents declare it
     * @param problems receives the schema's findings, in document order
     * @return the SBOM, meaningful only when no problem was found
     */
    static Sbom read(InputStream in, String source, Schema schema, String version, List<String> problems)
            throws IOException {
        List<SbomComponent> components = new ArrayList<>();
        ObjectNode rest = JSON.createObjectNode();
        List<String> elementProblems = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add("$: the SBOM is not a JSON object");
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken kind = p.nextToken();
                if (STREAMED.contains(field) && kind == JsonToken.START_ARRAY) {
                    rest.set(field, JSON.createArrayNode());
                    Set<String> seen = new HashSet<>();
                    boolean repeated = false;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode element = p.readValueAsTree();
                        validate(schema, version, field, element, elementProblems);
                        if (!seen.add(Sha256.of(JSON.writeValueAsBytes(element))) && !repeated) {
                            repeated = true; // the schema's message, once a list, as the schema reports it
                            elementProblems.add("must have only unique items in the array");
                        }
                        if (field.equals("components")) {
                            collect(element, components);
                        }
                    }
                } else {
                    rest.set(field, p.readValueAsTree());
                }
            }
            OneJsonValue.requireEnd(p, "the SBOM's JSON object (an SBOM file holds one JSON object)");
        }
        schema.validate(rest).forEach(e -> problems.add(e.getMessage()));
        problems.addAll(elementProblems);
        return new Sbom(source, "json", text(rest, "specVersion"), text(rest, "serialNumber"), components,
                vulnerabilities(rest));
    }

    /** One element of a streamed list, judged as the only element of a minimal document of the same version. */
    private static void validate(Schema schema, String version, String field, JsonNode element, List<String> out) {
        ObjectNode single = JSON.createObjectNode();
        single.put("bomFormat", "CycloneDX");
        single.put("specVersion", version);
        single.put("version", 1);
        single.putArray(field).add(element);
        schema.validate(single).forEach(e -> out.add(e.getMessage()));
    }

    private static List<SbomVulnerability> vulnerabilities(JsonNode bom) {
        List<SbomVulnerability> vulnerabilities = new ArrayList<>();
        for (JsonNode v : bom.path("vulnerabilities")) {
            List<String> affects = new ArrayList<>();
            for (JsonNode a : v.path("affects")) {
                if (a.path("ref").isTextual()) {
                    affects.add(a.path("ref").textValue());
                }
            }
            JsonNode analysis = v.path("analysis");
            vulnerabilities.add(new SbomVulnerability(text(v, "id"), affects, text(analysis, "state"),
                    SbomReader.oneLine(text(analysis, "detail"))));
        }
        return vulnerabilities;
    }

    private static void collect(JsonNode c, List<SbomComponent> out) {
        String manufacturer = "";
        String from = "";
        if (!text(c.path("manufacturer"), "name").isBlank()) {
            manufacturer = text(c.path("manufacturer"), "name").strip();
            from = "SBOM manufacturer";
        } else if (!text(c.path("supplier"), "name").isBlank()) {
            manufacturer = text(c.path("supplier"), "name").strip();
            from = "SBOM supplier";
        } else if (!text(c, "publisher").isBlank()) {
            manufacturer = text(c, "publisher").strip();
            from = "SBOM publisher";
        }
        out.add(new SbomComponent(text(c, "group"), text(c, "name"), text(c, "version"), text(c, "purl"),
                text(c, "bom-ref"), text(c, "scope"), manufacturer, from, licenses(c.path("licenses")),
                reference(c, "website"), reference(c, "issue-tracker")));
        for (JsonNode nested : c.path("components")) {
            collect(nested, out);
        }
    }

    /** License ids (else names) in file order, then the SPDX expression, as cyclonedx-core-java's model has them. */
    private static List<String> licenses(JsonNode choices) {
        List<String> result = new ArrayList<>();
        String expression = "";
        for (JsonNode choice : choices) {
            JsonNode license = choice.path("license");
            String id = !text(license, "id").isEmpty() ? text(license, "id") : text(license, "name");
            if (!id.isEmpty()) {
                result.add(id);
            }
            if (!text(choice, "expression").isEmpty()) {
                expression = text(choice, "expression");
            }
        }
        if (!expression.isEmpty()) {
            result.add(expression);
        }
        return result;
    }

    private static String reference(JsonNode c, String type) {
        for (JsonNode r : c.path("externalReferences")) {
            if (type.equals(text(r, "type")) && r.path("url").isTextual()) {
                return r.path("url").textValue();
            }
        }
        return "";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.textValue() : "";
    }
}
