package io.github.iec62304.core.read.sbom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.soup.Vex;
import io.github.iec62304.core.read.InputException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The VEX reader on the CycloneDX corpus's vulnerability documents and on hostile input: one line, file and line. */
@Verifies("TOOL-READ-VEX")
class VexReaderTest {

    private static final String FILE = "src/iec62304/vex.json";
    private static final String JACKSON = "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.4";

    private static Vex read(String json) {
        return VexReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static String error(String json) {
        return assertThrows(InputException.class, () -> read(json)).getMessage();
    }

    /** The corpus's vulnerability BOMs of 1.4-1.6 are VEX documents: one statement, its state, its line. */
    @ParameterizedTest
    @ValueSource(strings = {"1.4", "1.5", "1.6"})
    void readsTheCorpusVulnerabilityDocuments(String spec) throws Exception {
        Path file = Path.of("src/test/resources/corpus/cyclonedx/" + spec + "/valid-vulnerability-" + spec + ".json");
        try (InputStream in = Files.newInputStream(file)) {
            Vex vex = VexReader.read(in, FILE);

            assertEquals(1, vex.statements().size());
            Vex.Statement s = vex.statements().get(0);
            assertEquals(List.of("SNYK-JAVA-COMFASTERXMLJACKSONCORE-32111", JACKSON, JACKSON, "not_affected"),
                    List.of(s.id(), s.ref(), s.purl(), s.state()));
            assertEquals("An optional explanation of why the application is not affected by the vulnerable component.",
                    s.detail());
        }
    }

    @Test
    void refusesSpec17() throws Exception {
        Path file = Path.of("src/test/resources/corpus/cyclonedx/1.7/valid-vulnerability-1.7.json");
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(FILE + ":1: is not a CycloneDX VEX this plugin reads: it needs \"bomFormat\": \"CycloneDX\" "
                    + "and \"specVersion\" 1.4, 1.5 or 1.6 (found 1.7)",
                    assertThrows(InputException.class, () -> VexReader.read(in, FILE)).getMessage());
        }
    }

    @Test
    void aStatementPerVulnerabilityAndComponentWithItsLine() {
        Vex vex = read("""
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                 "components": [{"type": "library", "bom-ref": "slf4j", "name": "slf4j-api",
                                 "purl": "pkg:maven/org.slf4j/slf4j-api@2.0.17"}],
                 "vulnerabilities": [
                  {"id": "CVE-2026-0001", "affects": [{"ref": "slf4j"}, {"ref": "pkg:maven/a/b@1?type=jar"}],
                   "analysis": {"state": "not_affected", "justification": "code_not_reachable",
                                "detail": "first line\\nsecond"}},
                  {"id": "CVE-2026-0002", "affects": [{"ref": "urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#slf4j"}]}
                 ]}
                """);

        assertEquals(List.of(
                new Vex.Statement("CVE-2026-0001", "slf4j", "pkg:maven/org.slf4j/slf4j-api@2.0.17", "not_affected",
                        "first line", 5),
                new Vex.Statement("CVE-2026-0001", "pkg:maven/a/b@1?type=jar", "", "not_affected", "first line", 5),
                new Vex.Statement("CVE-2026-0002", "urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#slf4j", "", "",
                        "", 8)), vex.statements());
    }

    @Test
    void badJsonNamesTheLine() {
        assertEquals(FILE + ":3: is not a readable CycloneDX VEX: Unexpected character ('}' (code 125)): was "
                + "expecting double-quote to start field name", error("""
                {"bomFormat": "CycloneDX", "specVersion": "1.6",
                 "vulnerabilities": [{"id": "CVE-1",
                 }]}
                """));
        assertEquals(FILE + ":2: is not a readable CycloneDX VEX: Duplicate field 'id'", error("""
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                 "vulnerabilities": [{"id": "CVE-1", "id": "CVE-2", "affects": [{"ref": "x"}]}]}
                """));
        assertEquals(FILE + ":2: is not a readable CycloneDX VEX: content after the end of the VEX's JSON object (a "
                + "VEX file holds one JSON object)", error("""
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1}
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1}
                """));
        assertEquals(FILE + ":1: is not a CycloneDX VEX: a VEX file holds one JSON object", error("[]"));
    }

    @Test
    void notCycloneDxOrInvalidAgainstItsSchema() {
        assertEquals(FILE + ":1: is not a CycloneDX VEX this plugin reads: it needs \"bomFormat\": \"CycloneDX\" and "
                + "\"specVersion\" 1.4, 1.5 or 1.6 (found none)", error("{\"document\": {\"category\": \"csaf_vex\"}}"));
        assertEquals(FILE + ":3: is not a valid CycloneDX VEX: /vulnerabilities/1/analysis/state: does not have a "
                + "value in the enumeration [\"resolved\", \"resolved_with_pedigree\", \"exploitable\", \"in_triage\", "
                + "\"false_positive\", \"not_affected\"] (1 problem)", error("""
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "vulnerabilities": [
                  {"id": "CVE-1", "affects": [{"ref": "x"}], "analysis": {"state": "not_affected"}},
                  {"id": "CVE-2", "affects": [{"ref": "x"}], "analysis": {"state": "fine"}}
                ]}
                """));
    }

    @Test
    void aStatementMustSayWhatAndAboutWhichComponentOnce() {
        assertEquals(FILE + ":2: a vulnerability has no id: write the CVE, GHSA or other id it states an analysis for",
                error("""
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "vulnerabilities": [
                  {"affects": [{"ref": "x"}], "analysis": {"state": "not_affected"}}]}
                """));
        assertEquals(FILE + ":2: vulnerability CVE-1 names no affected component (affects[].ref): a statement about no "
                + "component applies to nothing", error("""
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "vulnerabilities": [
                  {"id": "CVE-1", "analysis": {"state": "not_affected"}}]}
                """));
        assertEquals(FILE + ":3: vulnerability CVE-1 is stated twice for x (first at line 2): keep one analysis",
                error("""
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "vulnerabilities": [
                  {"id": "CVE-1", "affects": [{"ref": "x"}], "analysis": {"state": "not_affected"}},
                  {"id": "CVE-1", "affects": [{"ref": "x"}], "analysis": {"state": "exploitable"}}]}
                """));
    }

    @Test
    void theHostileGarbageSbomIsOneLine() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/corpus/hostile/bom-garbage.json"))) {
            String message = assertThrows(InputException.class, () -> VexReader.read(in, FILE)).getMessage();
            assertEquals(1, message.lines().count(), message);
            assertEquals(true, message.startsWith(FILE + ":"), message);
        }
    }
}
