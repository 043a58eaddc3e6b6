package io.github.iec62304.core.read.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.iec62304.core.model.soup.Sbom;
import io.github.iec62304.core.model.soup.SbomComponent;
import io.github.iec62304.core.model.soup.SbomVulnerability;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a CycloneDX JSON SBOM that cyclonedx-core-java has validated against its schema to the model, straight from
 * the Jackson tree, field for field as {@link SbomReader} maps cyclonedx-core-java's object model of an XML SBOM.
 *
 * <p>Why not cyclonedx-core-java's {@code JsonParser.parse}: building its object model costs about 0.5 s of
 * start-up in every build (Jackson deserializers for some 60 model classes), more than everything else the check
 * does on a small project, for the ten fields the SOUP gate reads (measured with the benchmark, {@code bench/}).
 * The validation, the part that judges the file, stays cyclonedx-core-java's.
 */
final class JsonSbom {

    private JsonSbom() {
    }

    static Sbom map(JsonNode bom, String source) {
        List<SbomComponent> components = new ArrayList<>();
        for (JsonNode c : bom.path("components")) {
            collect(c, components);
        }
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
        return new Sbom(source, "json", text(bom, "specVersion"), text(bom, "serialNumber"), components,
                vulnerabilities);
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
