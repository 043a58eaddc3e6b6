package io.github.iec62304.core.heap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a CycloneDX 1.6 JSON SBOM of {@code n} components shaped like cyclonedx-maven-plugin 2.9's (purl as
 * bom-ref, four hashes, a license, external references, publisher, properties, a dependency graph), pretty-printed
 * as the plugin writes it, streamed to disk.
 */
final class BigSbom {

    private BigSbom() {
    }

    static Path write(Path file, int n) throws IOException {
        Files.createDirectories(file.getParent());
        try (JsonGenerator g = new JsonFactory().createGenerator(Files.newOutputStream(file))) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("bomFormat", "CycloneDX");
            g.writeStringField("specVersion", "1.6");
            g.writeStringField("serialNumber", "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
            g.writeNumberField("version", 1);
            g.writeObjectFieldStart("metadata");
            g.writeObjectFieldStart("component");
            g.writeStringField("type", "application");
            g.writeStringField("bom-ref", purl(-1));
            g.writeStringField("group", "com.acme");
            g.writeStringField("name", "pump");
            g.writeStringField("version", "1.0.0");
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("components");
            for (int i = 0; i < n; i++) {
                component(g, i);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("dependencies");
            for (int i = 0; i < n; i++) {
                g.writeStartObject();
                g.writeStringField("ref", purl(i));
                g.writeArrayFieldStart("dependsOn");
                if (i + 1 < n) {
                    g.writeString(purl(i + 1));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return file;
    }

    private static String purl(int i) {
        return "pkg:maven/org.example.group" + (i % 500) + "/library-" + i + "@" + (i % 9) + "." + (i % 17)
                + ".0?type=jar";
    }

    private static void component(JsonGenerator g, int i) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "library");
        g.writeStringField("bom-ref", purl(i));
        g.writeStringField("publisher", "The Example Foundation " + (i % 50));
        g.writeStringField("group", "org.example.group" + (i % 500));
        g.writeStringField("name", "library-" + i);
        g.writeStringField("version", (i % 9) + "." + (i % 17) + ".0");
        g.writeStringField("description", "Library number " + i + " of the example foundation, for parsing and "
                + "formatting things in a container-based device");
        g.writeStringField("scope", "required");
        g.writeArrayFieldStart("hashes");
        hash(g, "MD5", 32, i);
        hash(g, "SHA-1", 40, i);
        hash(g, "SHA-256", 64, i);
        hash(g, "SHA-512", 128, i);
        g.writeEndArray();
        g.writeArrayFieldStart("licenses");
        g.writeStartObject();
        g.writeObjectFieldStart("license");
        g.writeStringField("id", i % 3 == 0 ? "MIT" : "Apache-2.0");
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("purl", purl(i));
        g.writeArrayFieldStart("externalReferences");
        reference(g, "website", "https://example.org/library-" + i);
        reference(g, "vcs", "https://github.com/example/library-" + i);
        reference(g, "issue-tracker", "https://github.com/example/library-" + i + "/issues");
        reference(g, "distribution", "https://repo.maven.apache.org/maven2/org/example/library-" + i);
        g.writeEndArray();
        g.writeArrayFieldStart("properties");
        g.writeStartObject();
        g.writeStringField("name", "cdx:maven:package:test");
        g.writeStringField("value", "false");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void hash(JsonGenerator g, String alg, int length, int i) throws IOException {
        g.writeStartObject();
        g.writeStringField("alg", alg);
        StringBuilder hex = new StringBuilder();
        long x = i * 0x9E3779B97F4A7C15L + alg.hashCode();
        while (hex.length() < length) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            hex.append(String.format("%016x", x));
        }
        g.writeStringField("content", hex.substring(0, length));
        g.writeEndObject();
    }

    private static void reference(JsonGenerator g, String type, String url) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", type);
        g.writeStringField("url", url);
        g.writeEndObject();
    }
}
