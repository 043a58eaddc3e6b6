package io.github.iec62304.core.read.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ChangeRecord;
import io.github.iec62304.core.read.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The change records: every field read, SOUP components normalised, every problem one line naming file and line. */
@Verifies("TOOL-READ-REGISTERS")
class ChangeLogReaderTest {

    private static final String FILE = "src/iec62304/changes.yaml";
    private static final String HEAD = """
            changes:
              - id: CR-1
                release: 1.1.0
                description: Bolus removed
                approvedBy: CCB
            """;

    private static ChangeLog read(String yaml) {
        return new ChangeLogReader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static String error(String yaml) {
        String message = assertThrows(InputException.class, () -> read(yaml)).getMessage();
        assertTrue(!message.contains("\n"), "one line: " + message);
        return message;
    }

    @Test
    void readsAFullRecord() {
        ChangeLog log = read("""
                changes:
                  - id: CR-2026-014                 # change request id
                    release: 1.1.0
                    description: Bolus dosing removed from the product
                    approvedBy: Change control board (minutes 2026-11-02)
                    date: 2026-11-02
                    tests:
                      - test: com.example.dosing.BolusCalculatorTest
                        rationale: Deleted with the bolus feature.
                      - test: com.example.InfusionPumpIT#bolusIsDelivered
                        rationale: Feature removed.
                    requirements:
                      - id: REQ-BOLUS-001
                        rationale: Withdrawn with the feature.
                    units:
                      - id: DOSE-CALC
                        rationale: Legacy branch removed.
                    soup:
                      - component: org.slf4j:slf4j-api
                        version: 2.0.17
                        analysis: Release notes read.
                """);

        assertEquals(new ChangeLog(FILE, List.of(new ChangeRecord("CR-2026-014", "1.1.0",
                "Bolus dosing removed from the product", "Change control board (minutes 2026-11-02)", "2026-11-02",
                List.of(new ChangeRecord.Reference("com.example.dosing.BolusCalculatorTest",
                                "Deleted with the bolus feature."),
                        new ChangeRecord.Reference("com.example.InfusionPumpIT#bolusIsDelivered", "Feature removed.")),
                List.of(new ChangeRecord.Reference("REQ-BOLUS-001", "Withdrawn with the feature.")),
                List.of(new ChangeRecord.Reference("DOSE-CALC", "Legacy branch removed.")),
                List.of(new ChangeRecord.SoupChange("org.slf4j:slf4j-api", "2.0.17", "Release notes read.")), 2))),
                log);
    }

    @Test
    void aRecordWithOnlyTheRequiredFieldsHasEmptyLists() {
        assertEquals(List.of(new ChangeRecord("CR-1", "1.1.0", "Bolus removed", "CCB", null, List.of(), List.of(),
                List.of(), List.of(), 2)), read(HEAD).records());
    }

    @Test
    void anEmptyListOfChangesIsFine() {
        assertEquals(List.of(), read("changes: []\n").records());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "pkg:maven/org.slf4j/slf4j-api                        | org.slf4j:slf4j-api",
            "pkg:maven/org.slf4j/slf4j-api@2.0.17?type=jar        | org.slf4j:slf4j-api",
            "PKG:MAVEN/org.slf4j/slf4j-api#sub                    | org.slf4j:slf4j-api",
            "org.slf4j:slf4j-api                                  | org.slf4j:slf4j-api",
            "runtime:Eclipse Temurin JRE                          | runtime:Eclipse Temurin JRE",
            "'runtime:  Java runtime  '                           | runtime:Java runtime"})
    void soupComponentsAreNormalised(String written, String key) {
        ChangeLog log = read(HEAD + "    soup:\n      - component: " + (written.startsWith("runtime:  ")
                ? "\"" + written + "\"" : written) + "\n        version: removed\n        analysis: A\n");
        assertEquals(key, log.records().get(0).soup().get(0).component());
    }

    @ParameterizedTest(name = "missing {0}")
    @CsvSource(delimiter = '|', value = {
            "release     | field 'release' of change record CR-1 is missing or empty",
            "description | field 'description' of change record CR-1 is missing or empty",
            "approvedBy  | field 'approvedBy' of change record CR-1 (or 'approvals') is missing or empty",
            "id          | field 'id' is missing or empty"})
    void aMissingRequiredFieldNamesFileLineAndField(String field, String problem) {
        String second = "  - date: 2026-11-02\n    id: CR-1\n    release: 1.1.0\n    description: D\n"
                + "    approvedBy: CCB\n";
        String without = second.lines().filter(l -> !l.startsWith("    " + field + ":"))
                .map(l -> l + "\n").reduce("", String::concat);
        assertEquals(FILE + ":6: " + problem, error(HEAD.replace("CR-1", "CR-0") + without));
    }

    @Test
    void aTestWithoutRationale() {
        assertEquals(FILE + ":2: field 'rationale' of test com.x.T of change record CR-1 is missing or empty",
                error(HEAD + "    tests:\n      - test: com.x.T\n"));
    }

    @Test
    void aTestEntryWithoutTest() {
        assertEquals(FILE + ":2: field 'test' in tests of change record CR-1 is missing or empty",
                error(HEAD + "    tests:\n      - rationale: R\n"));
    }

    @Test
    void aRequirementWithoutRationale() {
        assertEquals(FILE + ":2: field 'rationale' of REQ-1 of change record CR-1 is missing or empty",
                error(HEAD + "    requirements:\n      - id: REQ-1\n"));
    }

    @Test
    void aRequirementEntryWithoutId() {
        assertEquals(FILE + ":2: field 'id' in requirements of change record CR-1 is missing or empty",
                error(HEAD + "    requirements:\n      - rationale: R\n"));
    }

    @Test
    void aUnitWithoutRationale() {
        assertEquals(FILE + ":2: field 'rationale' of DOSE-CALC of change record CR-1 is missing or empty",
                error(HEAD + "    units:\n      - id: DOSE-CALC\n"));
    }

    @Test
    void aSoupChangeWithoutComponent() {
        assertEquals(FILE + ":2: field 'component' in soup of change record CR-1 is missing or empty",
                error(HEAD + "    soup:\n      - version: 2.0.17\n        analysis: A\n"));
    }

    @Test
    void aSoupChangeWithoutVersion() {
        assertEquals(FILE + ":2: field 'version' of org.slf4j:slf4j-api of change record CR-1 (the version now "
                + "shipped, or 'removed') is missing or empty",
                error(HEAD + "    soup:\n      - component: pkg:maven/org.slf4j/slf4j-api\n        analysis: A\n"));
    }

    @Test
    void aSoupChangeWithoutAnalysis() {
        assertEquals(FILE + ":2: field 'analysis' of org.slf4j:slf4j-api of change record CR-1 is missing or empty",
                error(HEAD + "    soup:\n      - component: org.slf4j:slf4j-api\n        version: 2.0.17\n"));
    }

    @Test
    void anUnknownFieldOfARecordNamesItsLine() {
        assertEquals(FILE + ":6: unknown field 'aproved'; a change record has: id, release, description, approvedBy, "
                + "date, tests, requirements, units, soup, records, riskControls, hazards, approvals", error(HEAD + "    aproved: typo\n"));
    }

    @Test
    void anUnknownFieldOfATestReference() {
        assertEquals(FILE + ":8: unknown field 'why'; 'tests' has: test, rationale",
                error(HEAD + "    tests:\n      - test: com.x.T\n        why: typo\n"));
    }

    @Test
    void anUnknownTopLevelField() {
        assertEquals(FILE + ":1: unknown top-level field 'change'; the file has one field, 'changes' (a list)",
                error("change: []\n"));
    }

    @Test
    void aDuplicateIdNamesBothLines() {
        assertEquals(FILE + ":6: duplicate change record 'CR-1' (first at line 2)", error(HEAD
                + HEAD.substring("changes:\n".length())));
    }

    @Test
    void aBadDate() {
        assertEquals(FILE + ":2: field 'date' of change record CR-1: '2026-13-02' is not a date; write it as "
                + "YYYY-MM-DD", error(HEAD + "    date: 2026-13-02\n"));
    }

    @Test
    void anInvalidId() {
        assertEquals(FILE + ":2: field 'id': 'CR 1' is not a valid id; use letters, digits and . _ : - (e.g. "
                + "CR-2026-014)", error(HEAD.replace("id: CR-1", "id: CR 1")));
    }

    @Test
    void anEmptyFile() {
        assertEquals(FILE + ": the file is empty; it must start with 'changes:'", error(""));
    }

    @Test
    void anEmptyRiskControlReferenceIsAnErrorWithItsLineNotACrash() {
        assertEquals(FILE + ":7: an element of field 'riskControls' has the wrong type (expected a mapping)",
                error(HEAD + "    riskControls:\n      -\n"));
    }
}
