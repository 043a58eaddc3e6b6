package io.github.iec62304.core.write;

import static io.github.iec62304.core.link.ReleaseProject.evaluated;
import static io.github.iec62304.core.link.ReleaseProject.testChange;
import static io.github.iec62304.core.link.ReleaseProject.unevaluated;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.link.ReleaseProject;
import io.github.iec62304.core.link.ReleaseProject.BaselineDeclared;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestOutcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** regression-report, anomalies and release-checklist (JSON and CSV), and what the manifest gains. */
@Verifies("TOOL-BUNDLE-CONTENT")
class ReleaseFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String T = "com.acme.RateTest";

    private static SortedMap<String, byte[]> bundle(ReleaseProject p) {
        return BaselineBundles.render(p, BaselineBundles.info("com.acme", "pump", "1.1.0"));
    }

    private static JsonNode json(SortedMap<String, byte[]> files, String name) throws Exception {
        return JSON.readTree(files.get(name));
    }

    private static List<String> csv(SortedMap<String, byte[]> files, String name) {
        return CsvText.lines(files.get(name));
    }

    private static ReleaseProject twoRegressions() {
        return new ReleaseProject(SafetyClass.C).baselineTest(T + "#a", "PASSED").baselineTest(T + "#b", "PASSED")
                .baselineTest(T + "#c", "FAILED").now(p -> p.requirement("REQ-1", null)
                        .ran(T, "b", TestOutcome.FAILED, "expected 2 but was 3").ran(T, "d", TestOutcome.PASSED, ""))
                .change(testChange("CR-1", "1.1.0", T + "#a"));
    }

    @Test
    void regressionReportJson() throws Exception {
        assertEquals(JSON.readTree("""
                {"baseline": {"source": "com.acme:pump:1.0.0 (iec62304-evidence zip)", "sha256": "%s",
                  "groupId": "com.acme", "artifactId": "pump", "version": "1.0.0", "commit": "%s",
                  "buildTimestamp": "2026-10-01T10:00:00Z"},
                 "notApplicable": null, "release": "1.1.0", "coverageTolerance": 0.01,
                 "summary": {"baselineTests": 2, "tests": 2, "testsAdded": 1, "baselineRequirements": 0,
                  "requirementsAdded": 1, "differences": 2, "justified": 1},
                 "differences": [
                  {"kind": "TEST", "subject": "com.acme.RateTest#a", "before": "PASSED", "now": "GONE",
                   "rule": "REGRESSION-TEST", "justification": {"change": "CR-1", "rationale": "Retired with CR-1.",
                   "approvedBy": "CCB"}},
                  {"kind": "TEST", "subject": "com.acme.RateTest#b", "before": "PASSED", "now": "FAILED",
                   "rule": "REGRESSION-TEST", "justification": null}],
                 "impact": {"notComputed": "baseline 1.0.0 records no unit fingerprints (its bundle was written before \
                they existed); the change impact is computed against the next release", "units": []}}
                """.formatted("ab".repeat(32), "f".repeat(40))), json(bundle(twoRegressions()),
                "regression-report.json"));
    }

    @Test
    void regressionReportCsv() {
        assertEquals(List.of("kind,subject,before,now,rule,change,rationale,approvedBy",
                "TEST,com.acme.RateTest#a,PASSED,GONE,REGRESSION-TEST,CR-1,Retired with CR-1.,CCB",
                "TEST,com.acme.RateTest#b,PASSED,FAILED,REGRESSION-TEST,,,"),
                csv(bundle(twoRegressions()), "regression-report.csv"));
    }

    /** Issue 16: a method dropped from a requirement's verification plan, as the other requirement differences. */
    @Test
    void aDroppedVerificationMethodInTheRegressionReport() throws Exception {
        SortedMap<String, byte[]> files = bundle(new ReleaseProject(SafetyClass.C)
                .baselineRequirement("REQ-1", "VERIFIED", SafetyClass.C, List.of("test", "manual-test"))
                .baselineTest(T + "#rate", "PASSED").now(p -> p.requirement("REQ-1", SafetyClass.C)
                        .verifies("REQ-1", T, "rate").ran(T, "rate", TestOutcome.PASSED, "")));

        assertEquals(JSON.readTree("""
                [{"kind": "REQUIREMENT", "subject": "REQ-1", "before": "verification [test, manual-test]",
                  "now": "verification [test]", "rule": "REGRESSION-REQUIREMENT", "justification": null}]
                """), json(files, "regression-report.json").get("differences"));
        assertEquals("REQUIREMENT,REQ-1,\"verification [test, manual-test]\",verification [test],"
                + "REGRESSION-REQUIREMENT,,,", csv(files, "regression-report.csv").get(1));
    }

    @Test
    void regressionReportWithoutBaselineSaysWhy() throws Exception {
        JsonNode report = json(bundle(new ReleaseProject(SafetyClass.C).declared(BaselineDeclared.NONE)
                .now(p -> p.requirement("REQ-1", null))), "regression-report.json");

        assertEquals(List.of("null", "baseline none: first release", "0"), List.of(report.get("baseline").toString(),
                report.get("notApplicable").asText(), report.get("summary").get("differences").asText()));
    }

    private static ReleaseProject anomalies() {
        return new ReleaseProject(SafetyClass.C).declared(BaselineDeclared.NONE)
                .now(p -> p.requirement("REQ-1", null).verifies("REQ-1", T, "m").ran(T, "m", TestOutcome.SKIPPED,
                        "needs the display"))
                .anomaly(unevaluated("PR-2", "open", List.of(), List.of()))
                .anomaly(evaluated("PR-1", "deferred", false, List.of(), List.of()))
                .anomaly(evaluated("PR-3", "resolved", true, List.of(T), List.of()));
    }

    @Test
    void anomaliesJson() throws Exception {
        assertEquals(JSON.readTree("""
                {"register": "src/iec62304/anomalies.yaml", "releaseBuild": true,
                 "summary": {"residual": 3, "evaluated": 2, "notEvaluated": 1, "unacceptable": 1},
                 "residual": [
                  {"kind": "PROBLEM_REPORT", "subject": "PR-1", "title": "Title of PR-1", "detail": "deferred",
                   "record": "PR-1", "safetyImpact": "None.", "evaluation": "Within limits.", "evaluatedBy": "J. Doe",
                   "date": "2026-11-10", "acceptable": false, "verdict": "UNACCEPTABLE"},
                  {"kind": "PROBLEM_REPORT", "subject": "PR-2", "title": "Title of PR-2", "detail": "open",
                   "record": "PR-2", "safetyImpact": null, "evaluation": null, "evaluatedBy": null, "date": null,
                   "acceptable": null, "verdict": "NOT_EVALUATED"},
                  {"kind": "TEST", "subject": "com.acme.RateTest#m", "title": "test com.acme.RateTest#m",
                   "detail": "SKIPPED (needs the display)", "record": "PR-3", "safetyImpact": "None.",
                   "evaluation": "Within limits.", "evaluatedBy": "J. Doe", "date": "2026-11-10", "acceptable": true,
                   "verdict": "ACCEPTABLE"}],
                 "records": [
                  {"id": "PR-2", "title": "Title of PR-2", "status": "open", "tests": [], "vulnerabilities": [],
                   "safetyImpact": null, "evaluation": null, "evaluatedBy": null, "date": null, "acceptable": null},
                  {"id": "PR-1", "title": "Title of PR-1", "status": "deferred", "tests": [], "vulnerabilities": [],
                   "safetyImpact": "None.", "evaluation": "Within limits.", "evaluatedBy": "J. Doe",
                   "date": "2026-11-10", "acceptable": false},
                  {"id": "PR-3", "title": "Title of PR-3", "status": "resolved", "tests": ["com.acme.RateTest"],
                   "vulnerabilities": [], "safetyImpact": "None.", "evaluation": "Within limits.",
                   "evaluatedBy": "J. Doe", "date": "2026-11-10", "acceptable": true}]}
                """), json(bundle(anomalies()), "anomalies.json"));
    }

    @Test
    void anomaliesCsv() {
        assertEquals(List.of("kind,subject,title,detail,record,safetyImpact,evaluation,evaluatedBy,date,acceptable,"
                        + "verdict",
                "PROBLEM_REPORT,PR-1,Title of PR-1,deferred,PR-1,None.,Within limits.,J. Doe,2026-11-10,no,UNACCEPTABLE",
                "PROBLEM_REPORT,PR-2,Title of PR-2,open,PR-2,,,,,,NOT_EVALUATED",
                "TEST,com.acme.RateTest#m,test com.acme.RateTest#m,SKIPPED (needs the display),PR-3,None.,"
                        + "Within limits.,J. Doe,2026-11-10,yes,ACCEPTABLE"), csv(bundle(anomalies()), "anomalies.csv"));
    }

    @Test
    void aDevelopmentBuildWritesTheListToo() throws Exception {
        JsonNode a = json(bundle(anomalies().development()), "anomalies.json");

        assertEquals(List.of("false", "3"), List.of(a.get("releaseBuild").asText(),
                a.get("summary").get("residual").asText()));
    }

    /** @return clause and result of each checklist item */
    private static List<String> results(SortedMap<String, byte[]> files) throws Exception {
        List<String> r = new java.util.ArrayList<>();
        json(files, "release-checklist.json").get("items").forEach(i -> r.add(i.get("clause").asText() + " "
                + i.get("result").asText()));
        return r;
    }

    @Test
    void aPassingReleasesChecklist() throws Exception {
        SortedMap<String, byte[]> files = bundle(new ReleaseProject(SafetyClass.C).declared(BaselineDeclared.NONE)
                .now(p -> p.requirement("REQ-1", null).implemented("REQ-1", "com.acme.Rate", null)
                        .verifies("REQ-1", T, "m").ran(T, "m", TestOutcome.PASSED, "")));

        assertEquals(List.of("5.8.1 PASSED", "5.8.2 RECORDED", "5.8.3 PASSED", "5.8.4 PASSED", "5.8.5 PASSED",
                "5.8.6 MANUAL", "5.8.7 PASSED", "5.8.8 PASSED"), results(files));
    }

    @Test
    void checklistResultsFollowTheRuleVerdicts() throws Exception {
        SortedMap<String, byte[]> files = bundle(new ReleaseProject(SafetyClass.A).declared(BaselineDeclared.NONE)
                .now(p -> p.requirement("REQ-1", null)).anomaly(evaluated("PR-1", "open", false, List.of(), List.of()))
                .git(null).notReproducible().notAttached());

        assertEquals(List.of("5.8.1 FAILED", "5.8.2 RECORDED", "5.8.3 FAILED", "5.8.4 WARNED", "5.8.5 WARNED",
                "5.8.6 MANUAL", "5.8.7 FAILED", "5.8.8 FAILED"), results(files));
    }

    @Test
    void aDevelopmentBuildsChecklistIsNotApplicable() throws Exception {
        SortedMap<String, byte[]> files = bundle(new ReleaseProject(SafetyClass.C).development()
                .declared(BaselineDeclared.NOT_DECLARED).now(p -> p.requirement("REQ-1", null)));
        JsonNode checklist = json(files, "release-checklist.json");

        assertEquals(List.of("5.8.1 NOT_APPLICABLE", "5.8.2 NOT_APPLICABLE", "5.8.3 NOT_APPLICABLE",
                "5.8.4 NOT_APPLICABLE", "5.8.5 NOT_APPLICABLE", "5.8.6 MANUAL", "5.8.7 NOT_APPLICABLE",
                "5.8.8 NOT_APPLICABLE"), results(files));
        assertEquals(List.of("false", "1.1.0-SNAPSHOT is a SNAPSHOT and iec62304.release is not set",
                "1.1.0-SNAPSHOT"), List.of(checklist.get("releaseBuild").asText(), checklist.get("why").asText(),
                checklist.get("version").asText()));
    }

    @Test
    void checklistJsonItemAndSnapshots() throws Exception {
        JsonNode checklist = json(bundle(new ReleaseProject(SafetyClass.C).declared(BaselineDeclared.NONE)
                .now(p -> p.requirement("REQ-1", null))
                .snapshot("io.github.iec62304:iec62304-maven-plugin:0.1.0-SNAPSHOT", "plugin", true)
                .snapshot("com.x:lib:1.0-SNAPSHOT", "dependency (test)", false)), "release-checklist.json");

        assertEquals(JSON.readTree("""
                {"clause": "5.8.4", "item": "The released version is documented and uses no SNAPSHOT",
                 "result": "FAILED", "rules": ["RELEASE-SNAPSHOT", "RELEASE-GIT"],
                 "evidence": "version 1.1.0, commit %s; release-checklist.json snapshots"}
                """.formatted(ReleaseProject.COMMIT)), checklist.get("items").get(3));
        assertEquals(JSON.readTree("""
                [{"coordinates": "com.x:lib:1.0-SNAPSHOT", "kind": "dependency (test)", "allowed": false},
                 {"coordinates": "io.github.iec62304:iec62304-maven-plugin:0.1.0-SNAPSHOT", "kind": "plugin",
                  "allowed": true}]
                """), checklist.get("snapshots"));
    }

    @Test
    void checklistCsv() {
        List<String> lines = csv(bundle(new ReleaseProject(SafetyClass.C).declared(BaselineDeclared.NONE)
                .now(p -> p.requirement("REQ-1", null)).git(null).withoutGit()), "release-checklist.csv");

        assertEquals(List.of("clause,item,result,rules,evidence",
                "5.8.4,The released version is documented and uses no SNAPSHOT,PASSED,\"RELEASE-SNAPSHOT; RELEASE-GIT\","
                        + "\"version 1.1.0, commit none (outside git); release-checklist.json snapshots\"",
                "5.8.6,All planned activities and tasks are complete,MANUAL,,not decidable by a build: the team's "
                        + "release procedure records it"), List.of(lines.get(0), lines.get(4), lines.get(6)));
    }

    @Test
    void manifestRecordsReleaseBaselineEnvironmentAndReasons() throws Exception {
        JsonNode manifest = json(bundle(twoRegressions()), "manifest.json");

        assertEquals(List.of("true", "com.acme:pump:1.0.0 (iec62304-evidence zip)", "1.0.0"), List.of(
                manifest.get("releaseBuild").asText(), manifest.get("baseline").get("source").asText(),
                manifest.get("baseline").get("version").asText()));
        assertEquals(JSON.readTree("""
                {"java": {"version": "17.0.15", "vendor": "Eclipse Adoptium", "vm": "OpenJDK 64-Bit Server VM"},
                 "maven": "3.9.16", "os": {"name": "Linux", "version": "6.8.0", "arch": "amd64"},
                 "plugins": ["org.apache.maven.plugins:maven-surefire-plugin:3.6.1"]}
                """), manifest.get("buildEnvironment"));
    }

    @Test
    void manifestGivesTheReasonOfANotApplicableRule() throws Exception {
        JsonNode manifest = json(bundle(new ReleaseProject(SafetyClass.C).development()
                .declared(BaselineDeclared.NOT_DECLARED).now(p -> p.requirement("REQ-1", null))), "manifest.json");
        List<String> notApplicable = new java.util.ArrayList<>();
        manifest.get("rules").forEach(r -> {
            if (r.has("reason")) {
                notApplicable.add(r.get("id").asText() + " " + r.get("verdict").asText() + ": " + r.get("reason")
                        .asText());
            }
        });

        String noRisks = " NOT_APPLICABLE: no risk extract (src/iec62304/risks.yaml)";
        assertEquals(List.of("TRACE-PARENT NOT_APPLICABLE: src/iec62304/requirements.yaml declares no "
                        + "systemRequirements, so parents are free text",
                "TRACE-SYSTEM NOT_APPLICABLE: src/iec62304/requirements.yaml declares no systemRequirements, so "
                        + "parents are free text", "RISK-REFERENCES" + noRisks, "RISK-CONTROL-IMPLEMENTED" + noRisks,
                "RISK-CONTROL-VERIFIED" + noRisks, "RISK-CONTROL-CLASS" + noRisks, "RISK-CLASS" + noRisks,
                "RISK-SOUP-HAZARD" + noRisks, "SOUP-CHANGE NOT_APPLICABLE: no baseline declared",
                "RISK-CHANGE NOT_APPLICABLE: no baseline declared",
                "REGRESSION-TEST NOT_APPLICABLE: no baseline declared",
                "REGRESSION-REQUIREMENT NOT_APPLICABLE: no baseline declared",
                "REGRESSION-SUSPECT NOT_APPLICABLE: no baseline declared",
                "REGRESSION-LINK NOT_APPLICABLE: no baseline declared",
                "REGRESSION-IMPACT NOT_APPLICABLE: no baseline declared",
                "REGRESSION-COVERAGE NOT_APPLICABLE: no baseline declared",
                "REGRESSION-BASELINE NOT_APPLICABLE: not a release build",
                "ANOMALY-EVALUATED NOT_APPLICABLE: not a release build",
                "ANOMALY-ACCEPTABLE NOT_APPLICABLE: not a release build", "RISK-RESIDUAL" + noRisks,
                "RELEASE-SNAPSHOT NOT_APPLICABLE: not a release build",
                "RELEASE-GIT NOT_APPLICABLE: not a release build",
                "RELEASE-REPRODUCIBLE NOT_APPLICABLE: not a release build",
                "RELEASE-ARCHIVED NOT_APPLICABLE: not a release build",
                "APPROVAL-STALE NOT_APPLICABLE: no change record of this release, no anomaly record and no SOUP entry has approvals, and there are no waivers",
                "RELEASE-APPROVED NOT_APPLICABLE: not a release build",
                "WAIVER-EXPIRED NOT_APPLICABLE: no waiver register (src/iec62304/waivers.yaml)",
                "WAIVER-UNUSED NOT_APPLICABLE: no waiver register (src/iec62304/waivers.yaml)",
                "RELEASE-VERIFIED NOT_APPLICABLE: not a release build"), notApplicable);
        assertEquals("null", manifest.get("baseline").toString());
    }

    @Test
    void theChangeImpactNamesTheVerificationRecordsOfARequirementNotOnlyItsTests() throws Exception {
        // found on the sample pump: REQ-DISP-003, verified by inspection only, had an impact row with an empty test
        // and outcome, as if nothing verified it
        io.github.iec62304.core.model.Requirement legibility = new io.github.iec62304.core.model.Requirement(
                "REQ-DISP-003", "Rate legibility", "Legible from 1 m.", SafetyClass.B, List.of("RC-USE-01"), List.of(),
                3, List.of(io.github.iec62304.core.model.verification.VerificationMethod.INSPECTION));
        io.github.iec62304.core.model.verification.VerificationRecord inspection =
                new io.github.iec62304.core.model.verification.VerificationRecord("VR-2026-011",
                        io.github.iec62304.core.model.verification.VerificationMethod.INSPECTION, "PROT-7", "B",
                        List.of("REQ-DISP-003"), "1.1.0-SNAPSHOT", null, "T. Tester", "2026-11-20",
                        io.github.iec62304.core.model.verification.VerificationRecord.Result.PASS, List.of(),
                        List.of(), 2);
        io.github.iec62304.core.link.RequirementTrace row = new io.github.iec62304.core.link.RequirementTrace(
                legibility, SafetyClass.B, List.of(), List.of(), List.of(new io.github.iec62304.core.link.JudgedRecord(
                inspection, null, true, null, false)));
        io.github.iec62304.core.link.RegressionModel r = io.github.iec62304.core.link.RegressionModel.notCompared(
                "x", "1.1.0", io.github.iec62304.core.model.release.ChangeLog.empty("src/iec62304/changes.yaml"),
                java.math.BigDecimal.ONE).with(new io.github.iec62304.core.link.ChangeImpact(List.of(
                new io.github.iec62304.core.link.ChangeImpact.Unit("RATE-DISPLAY", "DISPLAY", SafetyClass.B, "CHANGED",
                        "v1:" + "a".repeat(64), "v1:" + "b".repeat(64), List.of(row), List.of("RC-USE-01"))), null));

        List<String> csv = CsvText.lines(ReleaseFiles.impactCsv(r));
        assertEquals(List.of("unit,item,safety class,change,requirement,requirement status,risk controls,test,outcome",
                "RATE-DISPLAY,DISPLAY,B,CHANGED,REQ-DISP-003,VERIFIED,RC-USE-01,record VR-2026-011 (inspection),PASSED"),
                csv);
    }
}
