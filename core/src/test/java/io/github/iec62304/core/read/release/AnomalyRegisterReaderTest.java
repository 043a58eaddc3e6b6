package io.github.iec62304.core.read.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.release.AnomalyRecord;
import io.github.iec62304.core.model.release.AnomalyRegister;
import io.github.iec62304.core.read.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The known anomalies: every field read, statuses and verdicts checked, every problem one line naming file and line. */
@Verifies("TOOL-READ-REGISTERS")
class AnomalyRegisterReaderTest {

    private static final String FILE = "src/iec62304/anomalies.yaml";
    private static final String HEAD = """
            anomalies:
              - id: PR-1
                title: Alarm late
                status: open
            """;

    private static AnomalyRegister read(String yaml) {
        return new AnomalyRegisterReader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                FILE);
    }

    private static String error(String yaml) {
        String message = assertThrows(InputException.class, () -> read(yaml)).getMessage();
        assertTrue(!message.contains("\n"), "one line: " + message);
        return message;
    }

    @Test
    void readsAFullRecord() {
        AnomalyRegister register = read("""
                anomalies:
                  - id: PR-112
                    title: Occlusion alarm latency above 2 s
                    status: open
                    tests: [com.example.alarm.OcclusionLatencyIT#underFullLoad]
                    vulnerabilities: [CVE-2026-1234]
                    safetyImpact: Alarm raised up to 0.4 s late.
                    evaluation: Latency stays within REQ-ALARM-002.
                    evaluatedBy: J. Doe (safety engineer)
                    date: 2026-11-10
                    acceptable: yes
                """);

        assertEquals(new AnomalyRegister(FILE, List.of(new AnomalyRecord("PR-112", "Occlusion alarm latency above 2 s",
                "open", List.of("com.example.alarm.OcclusionLatencyIT#underFullLoad"), List.of("CVE-2026-1234"),
                "Alarm raised up to 0.4 s late.", "Latency stays within REQ-ALARM-002.", "J. Doe (safety engineer)",
                "2026-11-10", true, 2))), register);
        assertTrue(register.records().get(0).evaluated());
    }

    @Test
    void aRecordWithOnlyTheRequiredFieldsIsNotEvaluated() {
        AnomalyRecord r = read(HEAD).records().get(0);

        assertEquals(new AnomalyRecord("PR-1", "Alarm late", "open", List.of(), List.of(), null, null, null, null,
                null, 2), r);
        assertEquals(List.of("safetyImpact", "evaluation", "evaluatedBy", "date", "acceptable"),
                r.missingEvaluation());
    }

    @ParameterizedTest(name = "acceptable: {0}")
    @CsvSource(delimiter = '|', value = {"yes | true", "no | false", "true | true", "false | false",
            "Yes | true", "NO | false", "'\"yes\"' | true", "'\"no\"' | false"})
    void acceptableReadsYesNoAndBooleans(String written, boolean acceptable) {
        assertEquals(acceptable, read(HEAD + "    acceptable: " + written + "\n").records().get(0).acceptable());
    }

    @Test
    void anEmptyAcceptableIsNotEvaluated() {
        assertNull(read(HEAD + "    acceptable:\n").records().get(0).acceptable());
    }

    @Test
    void anotherAcceptableIsAnError() {
        assertEquals(FILE + ":2: field 'acceptable' of anomaly PR-1: 'maybe' must be yes or no",
                error(HEAD + "    acceptable: maybe\n"));
    }

    @ParameterizedTest(name = "status: {0}")
    @CsvSource({"open, true", "deferred, true", "resolved, false", "closed, false", "Open, true"})
    void openAndDeferredAreResidual(String status, boolean residual) {
        AnomalyRecord r = read(HEAD.replace("status: open", "status: " + status)).records().get(0);
        assertEquals(status.toLowerCase(java.util.Locale.ROOT), r.status());
        assertEquals(residual, r.residual());
    }

    @Test
    void anUnknownStatus() {
        assertEquals(FILE + ":2: field 'status' of anomaly PR-1: 'fixed' is not one of open, deferred, resolved, "
                + "closed", error(HEAD.replace("status: open", "status: fixed")));
    }

    @ParameterizedTest(name = "missing {0}")
    @CsvSource(delimiter = '|', value = {
            "title  | field 'title' of anomaly PR-2 is missing or empty",
            "status | field 'status' of anomaly PR-2 is missing or empty",
            "id     | field 'id' is missing or empty"})
    void aMissingRequiredFieldNamesFileLineAndField(String field, String problem) {
        String second = "  - date: 2026-11-02\n    id: PR-2\n    title: T\n    status: open\n";
        String without = second.lines().filter(l -> !l.startsWith("    " + field + ":"))
                .map(l -> l + "\n").reduce("", String::concat);
        assertEquals(FILE + ":5: " + problem, error(HEAD + without));
    }

    @Test
    void anUnknownField() {
        assertEquals(FILE + ":5: unknown field 'severity'; an anomaly has: id, title, status, tests, vulnerabilities, "
                + "safetyImpact, evaluation, evaluatedBy, date, acceptable, approvals", error(HEAD + "    severity: high\n"));
    }

    @Test
    void aDuplicateId() {
        assertEquals(FILE + ":5: duplicate anomaly 'PR-1' (first at line 2)",
                error(HEAD + HEAD.substring("anomalies:\n".length())));
    }

    @Test
    void aBadDate() {
        assertEquals(FILE + ":2: field 'date' of anomaly PR-1: '10.11.2026' is not a date; write it as YYYY-MM-DD",
                error(HEAD + "    date: 10.11.2026\n"));
    }

    @Test
    void anEmptyTestReference() {
        assertEquals(FILE + ":2: field 'tests' of anomaly PR-1 (an empty item) is missing or empty",
                error(HEAD + "    tests: ['']\n"));
    }

    @Test
    void testsMustBeAList() {
        assertEquals(FILE + ":5: field 'tests' has the wrong type (expected a list, e.g. [A-1, A-2])",
                error(HEAD + "    tests: com.x.T\n"));
    }

    @Test
    void anUnknownTopLevelField() {
        assertEquals(FILE + ":1: unknown top-level field 'anomaly'; the file has one field, 'anomalies' (a list)",
                error("anomaly: []\n"));
    }
}
