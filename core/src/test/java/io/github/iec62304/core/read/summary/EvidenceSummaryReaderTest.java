package io.github.iec62304.core.read.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.read.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: the site report's summary is read from the written bundle, never re-evaluated. */
@Verifies("TOOL-READ-BASELINE")
class EvidenceSummaryReaderTest {

    @TempDir
    Path dir;

    private static final String MANIFEST = """
            {"format":"iec62304-evidence/1","project":{"groupId":"com.acme","artifactId":"pump","version":"1.0.0",
             "name":"Pump"},"safetyClass":{"class":"C","source":"declared"},"buildTimestamp":null,
             "verdict":"FAILED","rules":[
              {"id":"TRACE-TESTED","clause":"5.1.1 c; 5.7.1","verdict":"FAILED","errors":1,"warnings":0},
              {"id":"REGRESSION-TEST","clause":"5.6.6","verdict":"NOT_APPLICABLE","errors":0,"warnings":0},
              {"id":"TRACE-PASSED","clause":"5.7.1","verdict":"PASSED","errors":0,"warnings":0}],
             "violations":[{"rule":"TRACE-TESTED","clause":"5.1.1 c; 5.7.1","level":"ERROR","subject":"REQ-1",
              "message":"has no verifying test."}]}
            """;

    @Test
    void noManifestMeansNoEvidence() {
        assertTrue(EvidenceSummaryReader.read(dir).isEmpty());
    }

    @Verifies("TOOL-TRACE-TESTED")
    @Test
    void readsVerdictRulesAndViolations() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), MANIFEST);

        EvidenceSummary s = EvidenceSummaryReader.read(dir).orElseThrow();

        assertEquals("com.acme:pump:1.0.0 Pump C FAILED null", String.join(" ", s.project(), s.name(),
                s.safetyClass(), s.verdict(), String.valueOf(s.buildTimestamp())));
        assertEquals(List.of(1L, 1L, 1L), List.of(s.count("PASSED"), s.count("FAILED"), s.count("NOT_APPLICABLE")));
        assertEquals(List.of(new EvidenceSummary.Violation("TRACE-TESTED", "5.1.1 c; 5.7.1", "ERROR", "REQ-1",
                "has no verifying test.")), s.violations());
        assertEquals(List.of(), s.conformity());
    }

    @Verifies("TOOL-TRACE-TESTED")
    @Test
    void readsTheConformityTableWhenTheBundleHasOne() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), MANIFEST);
        Files.writeString(dir.resolve("conformity.json"), """
                {"clauses":[{"clause":"5.7.1","title":"Every software requirement has tests that pass",
                 "result":"FAIL","reason":"TRACE-TESTED failed: 1 error"}]}""");

        assertEquals(List.of(new EvidenceSummary.Clause("5.7.1", "Every software requirement has tests that pass",
                "FAIL", "TRACE-TESTED failed: 1 error")), EvidenceSummaryReader.read(dir).orElseThrow().conformity());
    }

    @Test
    void aCorruptManifestIsOneLineNamingIt() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "{\"format\":");

        InputException e = assertThrows(InputException.class, () -> EvidenceSummaryReader.read(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("manifest.json") + ":1: is not valid JSON: "),
                e.getMessage());
    }

    @Test
    void aForeignJsonIsRefused() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "{\"format\":\"other\"}");

        assertEquals(dir.resolve("manifest.json") + ": is not the manifest of an IEC 62304 evidence bundle "
                + "(format 'other')", assertThrows(InputException.class, () -> EvidenceSummaryReader.read(dir))
                .getMessage());
    }
}
