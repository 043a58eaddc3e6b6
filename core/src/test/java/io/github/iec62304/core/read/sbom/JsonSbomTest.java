package io.github.iec62304.core.read.sbom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iec62304.core.model.soup.Sbom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * The JSON SBOM is mapped from the Jackson tree instead of cyclonedx-core-java's object model (start-up time): on
 * every valid JSON file of the CycloneDX corpus of a supported spec, the tree gives exactly what the object model
 * gives, through the same mapping the XML SBOM uses.
 */
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
        ObjectMapper tree = new ObjectMapper();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            Sbom fromModel = SbomReader.map(new JsonParser().parse(bytes), "bom");
            Sbom fromTree = JsonSbom.map(tree.readTree(bytes), "bom");

            assertEquals(fromModel.components(), fromTree.components(), f.toString());
            assertEquals(fromModel.vulnerabilities(), fromTree.vulnerabilities(), f.toString());
            assertEquals(fromModel.specVersion(), fromTree.specVersion(), f.toString());
            assertEquals(fromModel.serialNumber(), fromTree.serialNumber(), f.toString());
        }
    }
}
