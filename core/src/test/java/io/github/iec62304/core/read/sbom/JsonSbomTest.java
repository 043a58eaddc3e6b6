package io.github.iec62304.core.read.sbom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.soup.Sbom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * The JSON SBOM is streamed and mapped from Jackson trees of one component instead of cyclonedx-core-java's object
 * model (memory, start-up time): on every valid JSON file of the CycloneDX corpus of a supported spec, it gives
 * exactly what the object model gives, through the same mapping the XML SBOM uses; and the schema, judging the
 * document in pieces, finds exactly what cyclonedx-core-java's validation of the whole document finds.
 */
@Verifies("TOOL-READ-SBOM")
class JsonSbomTest {

    @Test
    void theTreeReadsEveryValidCorpusFileAsCycloneDxCoreJavasModel() throws Exception {
        Path root = Path.of(JsonSbomTest.class.getResource("/corpus/cyclonedx").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.getFileName().toString().startsWith("valid-")
                    && f.getFileName().toString().endsWith(".json") && !f.startsWith(root.resolve("1.7"))).toList();
        }
        assertTrue(files.size() > 100, "corpus present: " + files.size());
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            Sbom fromModel = SbomReader.map(new JsonParser().parse(bytes), "bom");
            Sbom fromTree = SbomReader.read(bytes, "bom");

            assertEquals(fromModel.components(), fromTree.components(), f.toString());
            assertEquals(fromModel.vulnerabilities(), fromTree.vulnerabilities(), f.toString());
            assertEquals(fromModel.specVersion(), fromTree.specVersion(), f.toString());
            assertEquals(fromModel.serialNumber(), fromTree.serialNumber(), f.toString());
        }
    }

    @Test
    void theStreamedValidationFindsWhatCycloneDxCoreJavaFinds() throws Exception {
        Path root = Path.of(JsonSbomTest.class.getResource("/corpus/cyclonedx").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".json") && !f.startsWith(root.resolve("1.7")))
                    .sorted().toList();
        }
        JsonParser cyclonedx = new JsonParser();
        int invalid = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            Version version = Version.fromVersionString(f.getParent().getFileName().toString());
            List<String> expected = cyclonedx.validate(bytes, version).stream().map(Exception::getMessage).sorted()
                    .toList();
            List<String> actual = new java.util.ArrayList<>();
            try {
                JsonSbom.read(bytes, "bom", cyclonedx.getJsonSchema(version, new ObjectMapper()),
                        version.getVersionString(), actual);
            } catch (java.io.IOException e) {
                actual.add("not JSON");
            }

            assertEquals(expected, actual.stream().sorted().toList(), f.toString());
            invalid += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(invalid > 50, "invalid files judged: " + invalid);
    }

    @Test
    void aRepeatedComponentBreaksUniqueItems() throws Exception {
        String c = "{\"type\":\"library\",\"name\":\"a\",\"version\":\"1\"}";
        byte[] bom = ("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"components\":["
                + c + "," + c + "]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<String> problems = new java.util.ArrayList<>();

        JsonSbom.read(bom, "bom", new JsonParser().getJsonSchema(Version.VERSION_16, new ObjectMapper()), "1.6",
                problems);

        assertEquals(List.of("must have only unique items in the array"), problems);
        assertTrue(!new JsonParser().validate(bom, Version.VERSION_16).isEmpty(), "cyclonedx-core-java agrees");
    }
}
