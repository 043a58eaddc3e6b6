package io.github.iec62304.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.ReleaseSettings;
import io.github.iec62304.core.link.AnomalyModel;
import io.github.iec62304.core.link.JudgedRecord;
import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.link.TraceLinker;
import io.github.iec62304.core.link.TraceMatrix;
import io.github.iec62304.core.link.UnitLinker;
import io.github.iec62304.core.link.VerificationLinker;
import io.github.iec62304.core.link.VerificationModel;
import io.github.iec62304.core.model.Architecture;
import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.LinkKind;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.model.release.AnomalyRegister;
import io.github.iec62304.core.model.release.BuildEnvironment;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ReleaseFacts;
import io.github.iec62304.core.model.verification.VerificationRegister;
import io.github.iec62304.core.project.ReferenceDate;
import io.github.iec62304.core.read.catalog.RequirementCatalogReader;
import io.github.iec62304.core.read.release.AnomalyRegisterReader;
import io.github.iec62304.core.read.release.ChangeLogReader;
import io.github.iec62304.core.read.verification.VerificationRecordReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: requirements verified by executed manual tests, inspections, analyses and demonstrations. The catalog,
 * the records, the anomalies and the change records are read from YAML as a team writes them, linked and judged by
 * every rule, as the check does.
 */
class VerificationRecordRulesTest {

    private static final String CATALOG = "src/iec62304/requirements.yaml";
    private static final String RECORDS = "src/iec62304/verification-records.yaml";
    private static final String TEST = "com.acme.DisplayTest";

    private static final String REQUIREMENTS = """
            requirements:
              - id: REQ-LEGIBLE
                title: Display legibility
                text: The rate shall be legible at 1 m.
                safetyClass: B
                verification: [inspection]
              - id: REQ-ALARM
                title: Alarm loudness
                text: The alarm shall be at least 65 dB(A) at 1 m.
                verification: [test, manual-test]
              - id: REQ-RATE
                title: Rate
                text: The pump shall compute the rate.
            """;

    /** A build: the catalog above, REQ-ALARM and REQ-RATE with a passing test each, these records and anomalies. */
    private static final class Build {
        String requirements = REQUIREMENTS;
        String records = "records: []";
        String anomalies = "anomalies: []";
        String changes = "changes: []";
        String version = "1.1.0-SNAPSHOT";
        boolean release;

        Build catalog(String yaml) {
            this.requirements = yaml;
            return this;
        }

        Build records(String yaml) {
            this.records = yaml;
            return this;
        }

        Build anomalies(String yaml) {
            this.anomalies = yaml;
            return this;
        }

        Build changes(String yaml) {
            this.changes = yaml;
            return this;
        }

        Build release(String releaseVersion) {
            this.version = releaseVersion;
            this.release = true;
            return this;
        }

        Evidence evidence() {
            RequirementCatalog catalog = new RequirementCatalogReader().read(in(requirements), CATALOG);
            VerificationRegister register = new VerificationRecordReader().read(in(records), RECORDS, Path.of("."));
            AnomalyRegister anomalyRegister = new AnomalyRegisterReader().read(in(anomalies),
                    "src/iec62304/anomalies.yaml");
            ChangeLog changeLog = new ChangeLogReader().read(in(changes), "src/iec62304/changes.yaml");
            VerificationModel model = VerificationLinker.link(register, catalog, anomalyRegister, changeLog, version,
                    null, release);
            CodeLocation alarm = new CodeLocation(TEST, "alarm");
            CodeLocation rate = new CodeLocation(TEST, "rate");
            CodeScan scan = new CodeScan(List.of(new CodeLink(LinkKind.VERIFIES, "REQ-ALARM", alarm),
                    new CodeLink(LinkKind.VERIFIES, "REQ-RATE", rate)), Set.of(alarm, rate), Map.of(), List.of(),
                    FileTime.fromMillis(0), List.of(), List.of(), Set.of(TEST));
            TestRecord tests = new TestRecord(List.of(
                    new TestCaseResult(TEST, "alarm", TestOutcome.PASSED, 0, 0, "", List.of("TEST-x.xml")),
                    new TestCaseResult(TEST, "rate", TestOutcome.PASSED, 0, 0, "", List.of("TEST-x.xml"))),
                    List.of(), Map.of());
            TraceMatrix trace = TraceLinker.link(catalog, SafetyClass.C, scan, tests, model);
            SoupModel soup = SoupModel.none("src/iec62304/soup.yaml", LocalDate.of(2026, 11, 20),
                    io.github.iec62304.core.SoupSettings.DEFAULT_REVIEW_MAX_AGE);
            return new Evidence(SafetyClass.C, catalog, scan, tests, trace, UnitLinker.link(Architecture.implicit(),
                    "src/iec62304/architecture.yaml", SafetyClass.C, io.github.iec62304.core.CheckSettings
                            .defaultCriteria(), scan, tests), soup,
                    RegressionModel.notCompared("no baseline declared", ChangeLog.releaseOf(version), changeLog,
                            ReleaseSettings.DEFAULT_COVERAGE_TOLERANCE),
                    new AnomalyModel(anomalyRegister, List.of()),
                    new ReleaseFacts(release, release ? "version " + version + " is not a SNAPSHOT" : "a SNAPSHOT",
                            "com.acme:pump:" + version, version, true, List.of(), null, true, true, true,
                            BuildEnvironment.current(null, List.of()),
                            new ReferenceDate(LocalDate.of(2026, 11, 20), ReferenceDate.Basis.BUILD_DAY), false,
                            null));
        }

        /** @return the formatted violations of the VERIFY-* rules, TRACE-TESTED and TRACE-PASSED */
        List<String> lines() {
            return Gates.evaluate(Gates.all(), evidence(), RuleLevels.defaults()).violations().stream()
                    .filter(v -> v.ruleId().startsWith("VERIFY-") || v.ruleId().equals("TRACE-TESTED")
                            || v.ruleId().equals("TRACE-PASSED")) // the code of these requirements is not the point
                    .map(v -> v.level() + " " + v.format()).toList();
        }

        /** @return rule, subject and location of the VERIFY-* violations */
        List<String> located() {
            return Gates.evaluate(Gates.all(), evidence(), RuleLevels.defaults()).violations().stream()
                    .filter(v -> v.ruleId().startsWith("VERIFY-")).map(v -> v.ruleId() + " " + v.subject() + " "
                            + v.location().file() + ":" + v.location().line()).toList();
        }

        RequirementTrace.Status status(String requirement) {
            return evidence().trace().rows().stream().filter(r -> r.requirement().id().equals(requirement))
                    .findFirst().orElseThrow().status();
        }
    }

    private static ByteArrayInputStream in(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String record(String id, String method, String requirements, String version, String result) {
        return "  - id: " + id + "\n    method: " + method + "\n    protocol: TP-" + id + "\n    protocolRevision: B\n"
                + "    requirements: [" + requirements + "]\n    version: " + version + "\n    executedBy: A. Tester\n"
                + "    date: 2026-11-05\n    result: " + result + "\n";
    }

    private static final String BOTH_PASS = "records:\n" + record("VR-1", "inspection", "REQ-LEGIBLE", "1.1.0", "pass")
            + record("VR-2", "manual-test", "REQ-ALARM", "1.1.0", "pass");

    @Test
    void aRequirementPlannedForInspectionIsVerifiedByAPassingRecordAndNeedsNoTest() {
        Build build = new Build().records(BOTH_PASS);

        assertEquals(List.of(), build.lines());
        assertEquals(RequirementTrace.Status.VERIFIED, build.status("REQ-LEGIBLE"));
        assertEquals(RequirementTrace.Status.VERIFIED, build.status("REQ-ALARM"));
    }

    /** Before: REQ-LEGIBLE failed TRACE-TESTED, and nothing asked for its inspection. */
    @Verifies("TOOL-VERIFY-RECORDED")
    @Test
    void aPlannedMethodWithoutItsRecordFailsAndTheRequirementIsNotVerified() {
        Build build = new Build().records("records:\n" + record("VR-2", "manual-test", "REQ-ALARM", "1.1.0",
                "pass"));

        assertEquals(List.of("ERROR VERIFY-RECORDED REQ-LEGIBLE: \"Display legibility\" (class B) plans verification by "
                + "inspection, but no record of an executed inspection names it in " + RECORDS + ". Execute the "
                + "protocol and add the record (method: inspection, requirements: [REQ-LEGIBLE]). [IEC 62304 5.1.1 c; "
                + "5.7.1]"), build.lines());
        assertEquals(RequirementTrace.Status.UNTESTED, build.status("REQ-LEGIBLE"));
    }

    /** A plan of [test, manual-test] with only the test passing is not verified. */
    @Verifies("TOOL-VERIFY-RECORDED")
    @Test
    void everyMethodOfThePlanNeedsItsOwnEvidence() {
        Build build = new Build().records("records:\n" + record("VR-1", "inspection", "REQ-LEGIBLE", "1.1.0",
                "pass"));

        assertEquals(RequirementTrace.Status.NOT_VERIFIED, build.status("REQ-ALARM"));
        assertEquals(1, build.lines().size());
        assertTrue(build.lines().get(0).startsWith("ERROR VERIFY-RECORDED REQ-ALARM: \"Alarm loudness\" (class C) "
                + "plans verification by manual-test"), build.lines().get(0));
    }

    @Verifies("TOOL-VERIFY-RECORD-PASSED")
    @Test
    void aFailedRecordLeavesTheRequirementNotVerifiedNamingTheRecord() {
        Build build = new Build().records("records:\n" + record("VR-1", "inspection", "REQ-LEGIBLE", "1.1.0", "fail")
                + record("VR-2", "manual-test", "REQ-ALARM", "1.1.0", "pass"));

        assertEquals(List.of("ERROR VERIFY-RECORD-PASSED REQ-LEGIBLE: not verified (class B): record VR-1 (inspection, "
                + "protocol TP-VR-1 rev. B) failed in " + RECORDS + ". Fix the cause, execute the protocol again and "
                + "replace the record. [IEC 62304 5.7.1; 5.7.4; 5.8.2]"), build.lines());
        assertEquals(RequirementTrace.Status.NOT_VERIFIED, build.status("REQ-LEGIBLE"));
    }

    /** A failed extra record counts too: REQ-RATE is planned for tests only, and its test passed. */
    @Test
    void aFailedRecordBeyondThePlanStillCounts() {
        Build build = new Build().records(BOTH_PASS + record("VR-3", "demonstration", "REQ-RATE", "1.1.0", "fail"));

        assertEquals(RequirementTrace.Status.NOT_VERIFIED, build.status("REQ-RATE"));
        assertEquals(1, build.lines().size());
    }

    @Verifies("TOOL-VERIFY-RECORD-PASSED")
    @Test
    void deviationsCountOnlyAsAnomaliesEvaluatedAsAcceptable() {
        String records = "records:\n" + record("VR-1", "inspection", "REQ-LEGIBLE", "1.1.0", "pass-with-deviations")
                + "    deviations: [PR-1]\n" + record("VR-2", "manual-test", "REQ-ALARM", "1.1.0", "pass");
        String evaluated = """
                anomalies:
                  - id: PR-1
                    title: Contrast margin
                    status: deferred
                    safetyImpact: none
                    evaluation: legible indoors
                    evaluatedBy: J. Doe
                    date: 2026-11-06
                    acceptable: %s
                """;

        assertEquals(List.of(), new Build().records(records).anomalies(evaluated.formatted("yes")).lines());
        assertEquals(List.of("ERROR VERIFY-RECORD-PASSED REQ-LEGIBLE: not verified (class B): record VR-1 (inspection, "
                + "protocol TP-VR-1 rev. B) passed with deviations, but deviation PR-1 is evaluated as not acceptable "
                + "in src/iec62304/anomalies.yaml. Evaluate the deviation, or execute the protocol again. "
                + "[IEC 62304 5.7.1; 5.7.4; 5.8.2]"), new Build().records(records).anomalies(evaluated
                .formatted("no")).lines());
        assertEquals(List.of("ERROR VERIFY-RECORD-PASSED REQ-LEGIBLE: not verified (class B): record VR-1 (inspection, "
                + "protocol TP-VR-1 rev. B) passed with deviations, but deviation PR-1 is not evaluated in "
                + "src/iec62304/anomalies.yaml (missing: safetyImpact, evaluation, evaluatedBy, date, acceptable). "
                + "Evaluate the deviation, or execute the protocol again. [IEC 62304 5.7.1; 5.7.4; 5.8.2]"),
                new Build().records(records).anomalies("anomalies:\n  - id: PR-1\n    title: t\n    status: open\n")
                        .lines());
        assertEquals(List.of("ERROR VERIFY-RECORD-PASSED REQ-LEGIBLE: not verified (class B): record VR-1 (inspection, "
                + "protocol TP-VR-1 rev. B) passed with deviations, but deviation PR-1 is not in "
                + "src/iec62304/anomalies.yaml. Add the anomaly with its evaluation, or correct the id. "
                + "[IEC 62304 5.7.1; 5.7.4; 5.8.2]"), new Build().records(records).lines());
    }

    private static final String STALE = "records:\n" + record("VR-1", "inspection", "REQ-LEGIBLE", "1.0.0", "pass")
            + record("VR-2", "manual-test", "REQ-ALARM", "1.1.0", "pass");

    @Verifies("TOOL-VERIFY-RECORD-CURRENT")
    @Test
    void aRecordOfAnEarlierVersionFailsAReleaseAndVerifiesNothingThere() {
        Build build = new Build().records(STALE).release("1.1.0");

        assertEquals(List.of("ERROR VERIFY-RECORD-CURRENT VR-1: inspection TP-VR-1 rev. B was executed on 1.0.0, not on "
                + "1.1.0, and no change record of release 1.1.0 lists it; in this release build it verifies nothing "
                + "(REQ-LEGIBLE is NOT_VERIFIED). Execute the protocol on 1.1.0 and record it, or justify the record in "
                + "a change record of release 1.1.0 in src/iec62304/changes.yaml (records: id VR-1, rationale). "
                + "[IEC 62304 5.7.3; 5.7.4]"), build.lines());
        assertEquals(RequirementTrace.Status.NOT_VERIFIED, build.status("REQ-LEGIBLE"));
        assertEquals(JudgedRecord.Verdict.STALE, build.evidence().trace().records().records().get(0).verdict());
    }

    /**
     * Review of issue 19: VERIFY-RECORD-CURRENT was a warning for class A in a release, so a class A release passed
     * while its matrix said NOT_VERIFIED. Verification is complete at release for every class (5.8.1).
     */
    @Verifies("TOOL-VERIFY-RECORD-CURRENT")
    @Test
    void aRecordOfAnEarlierVersionFailsAClassARelease() {
        Build build = new Build().catalog(REQUIREMENTS.replace("safetyClass: B", "safetyClass: A")).records(STALE)
                .release("1.1.0");

        List<String> lines = build.lines();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("ERROR VERIFY-RECORD-CURRENT VR-1: inspection TP-VR-1 rev. B was executed on "
                + "1.0.0, not on 1.1.0"), lines.get(0));
        assertEquals(RequirementTrace.Status.NOT_VERIFIED, build.status("REQ-LEGIBLE"));
    }

    @Verifies("TOOL-VERIFY-RECORD-CURRENT")
    @Test
    void aRecordOfAnEarlierVersionWarnsInADevelopmentBuildAndStillCounts() {
        Build build = new Build().records(STALE);

        List<String> lines = build.lines();
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("WARN VERIFY-RECORD-CURRENT VR-1: inspection TP-VR-1 rev. B was executed on "
                + "1.0.0, not on 1.1.0, and no change record of release 1.1.0 lists it; in a "
                + "development build it still counts for REQ-LEGIBLE, not in the release."), lines.get(0));
        assertEquals(RequirementTrace.Status.VERIFIED, build.status("REQ-LEGIBLE"));
    }

    @Test
    void aChangeRecordOfTheReleaseKeepsARecordOfAnEarlierVersion() {
        Build build = new Build().records(STALE).release("1.1.0").changes("""
                changes:
                  - id: CR-7
                    release: 1.1.0
                    description: Bolus removed
                    approvedBy: CCB
                    records:
                      - id: VR-1
                        rationale: The display code did not change (diff reviewed).
                """);

        assertEquals(List.of(), build.lines());
        JudgedRecord kept = build.evidence().trace().records().records().get(0);
        assertEquals("passed; executed on 1.0.0, not on 1.1.0, and change record CR-7 of release 1.1.0 keeps it",
                kept.why("1.1.0"));
        assertEquals(RequirementTrace.Status.VERIFIED, build.status("REQ-LEGIBLE"));
    }

    /** The helper's review: a record of 1.1.0-SNAPSHOT must not pass for the release 1.1.0 (code changed after it). */
    @Test
    void aRecordOfTheSnapshotIsNotCurrentForTheRelease() {
        String snapshot = "records:\n" + record("VR-1", "inspection", "REQ-LEGIBLE", "1.1.0-SNAPSHOT", "pass")
                + record("VR-2", "manual-test", "REQ-ALARM", "1.1.0", "pass");

        assertEquals(List.of(), new Build().records(snapshot).lines());
        assertEquals(RequirementTrace.Status.NOT_VERIFIED, new Build().records(snapshot).release("1.1.0")
                .status("REQ-LEGIBLE"));
    }

    @Verifies("TOOL-VERIFY-RECORD-DANGLING")
    @Test
    void aRecordNamingARequirementNotInTheCatalogIsAFinding() {
        Build build = new Build().records(BOTH_PASS + record("VR-9", "analysis", "REQ-LEGIBL", "1.1.0", "pass"));

        assertEquals(List.of("ERROR VERIFY-RECORD-DANGLING VR-9: names REQ-LEGIBL, which is not in " + CATALOG
                + ". Correct the id, or remove it from the record if the requirement was withdrawn. [IEC 62304 5.1.1 c]"),
                build.lines());
    }

    /**
     * Issue 17: a missing record points at the requirement's plan in the catalog, a failed, dangling or stale record
     * at its own line, for SARIF and the CI tools.
     */
    @Test
    void recordFindingsCarryTheirLocation() {
        assertEquals(List.of("VERIFY-RECORDED REQ-LEGIBLE " + CATALOG + ":2"), new Build().records("records:\n"
                + record("VR-2", "manual-test", "REQ-ALARM", "1.1.0", "pass")).located());
        assertEquals(List.of("VERIFY-RECORD-DANGLING VR-9 " + RECORDS + ":20",
                        "VERIFY-RECORD-PASSED REQ-LEGIBLE " + RECORDS + ":11"),
                new Build().records("records:\n" + record("VR-2", "manual-test", "REQ-ALARM", "1.1.0", "pass")
                        + record("VR-1", "inspection", "REQ-LEGIBLE", "1.1.0", "fail")
                        + record("VR-9", "analysis", "REQ-LEGIBL", "1.1.0", "pass")).located());
        assertEquals(List.of("VERIFY-RECORD-CURRENT VR-1 " + RECORDS + ":2"), new Build().records("records:\n"
                + record("VR-1", "inspection", "REQ-LEGIBLE", "1.0.0", "pass")
                + record("VR-2", "manual-test", "REQ-ALARM", "1.1.0", "pass")).located());
    }
}
