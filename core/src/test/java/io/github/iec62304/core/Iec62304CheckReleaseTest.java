package io.github.iec62304.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.Rule;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.link.ReleaseProject;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.release.BuildEnvironment;
import io.github.iec62304.core.project.ProjectInfo;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.Sha256;
import io.github.iec62304.core.write.BaselineBundles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The regression and release gates behind the facade: registers and baseline read, hashed, judged; or a BUILD ERROR. */
class Iec62304CheckReleaseTest {

    private static final String BASELINE_LABEL = "com.acme:pump:1.0.0 (iec62304-evidence zip)";

    @TempDir
    Path project;

    @BeforeEach
    void createProject() throws Exception {
        Files.createDirectories(project.resolve("src/iec62304"));
        Files.writeString(project.resolve("src/iec62304/requirements.yaml"), """
                requirements:
                  - id: REQ-RATE
                    title: Hourly rate
                    text: The pump shall compute the hourly rate.
                    safetyClass: A
                """);
        Files.createDirectories(project.resolve("target"));
    }

    private CheckSettings settings(String version, ReleaseSettings.BaselineSource baseline) {
        Map<String, String> rules = new HashMap<>(Gates.all().stream().map(Rule::id).filter(id -> id.startsWith("SOUP-"))
                .collect(Collectors.toMap(id -> id, id -> "OFF")));
        rules.put("TRACE-TESTED", "OFF");
        return new CheckSettings(project,
                new ProjectInfo("com.acme", "pump", version, "Pump", "0.1.0", Instant.parse("2026-10-31T10:00:00Z"),
                        null),
                SafetyClass.A, Path.of("src/iec62304/requirements.yaml"), Path.of("src/iec62304/architecture.yaml"),
                Path.of("target/classes"), Path.of("target/test-classes"), List.of(Path.of("target/surefire-reports")),
                List.of(Path.of("target/jacoco.exec")), CheckSettings.defaultCriteria(),
                new SoupSettings(List.of(Path.of("target/bom.json")), Path.of("src/iec62304/soup.yaml"), Map.of(),
                        java.util.Set.of("com.acme:pump"), SoupSettings.DEFAULT_REVIEW_MAX_AGE, true),
                new ReleaseSettings(baseline, Path.of("src/iec62304/changes.yaml"),
                        Path.of("src/iec62304/anomalies.yaml"), ReleaseSettings.DEFAULT_COVERAGE_TOLERANCE, null, true,
                        List.of(), new BuildEnvironment("17", "Acme", "VM", "3.9.16", "Linux", "6", "amd64",
                        List.of()), true),
                Instant.parse("2026-11-01T10:00:00Z"), rules, Path.of("target/iec62304"), Path.of("target/iec62304.zip"));
    }

    private JsonNode json(String bundleFile) throws Exception {
        return new ObjectMapper().readTree(project.resolve("target/iec62304").resolve(bundleFile).toFile());
    }

    private Map<String, String> inputs() throws Exception {
        return StreamSupport.stream(json("manifest.json").get("inputs").spliterator(), false)
                .collect(Collectors.toMap(i -> i.get("path").asText(), i -> i.get("sha256").asText()));
    }

    private String sha256(String file) throws Exception {
        return Sha256.of(Files.readAllBytes(project.resolve(file)));
    }

    private void assertNothingWritten() {
        assertFalse(Files.exists(project.resolve("target/iec62304")));
        assertFalse(Files.exists(project.resolve("target/iec62304.zip")));
    }

    private ReleaseSettings.BaselineSource baselineFile(String file) {
        return ReleaseSettings.BaselineSource.bundle(BASELINE_LABEL, Path.of(file));
    }

    /** Release 1.0.0 of this project, installed where a baseline would be resolved to. */
    private void release100() {
        Path zip = BaselineBundles.write(BaselineBundles.pump100(), BaselineBundles.info("com.acme", "pump", "1.0.0"),
                project.resolve("target"));
        assertTrue(zip.endsWith("pump-1.0.0-iec62304-evidence.zip"));
    }

    @Test
    void anUnreadableBaselineIsABuildErrorAndWritesNothing() throws Exception {
        Files.writeString(project.resolve("target/baseline.zip"), "not a zip");

        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings("1.1.0",
                baselineFile("target/baseline.zip"))));

        assertEquals(BASELINE_LABEL + ": is not an evidence bundle: not a zip, or an empty one", e.getMessage());
        assertNothingWritten();
    }

    @Test
    void aMissingBaselineIsABuildErrorAndWritesNothing() {
        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings("1.1.0",
                baselineFile("target/nowhere.zip"))));

        assertEquals(BASELINE_LABEL + ": baseline bundle not found", e.getMessage());
        assertNothingWritten();
    }

    @Test
    void anotherProjectsBaselineIsABuildErrorAndWritesNothing() {
        BaselineBundles.write(BaselineBundles.pump100(), BaselineBundles.info("com.acme", "syringe", "1.0.0"),
                project.resolve("target"));

        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings("1.1.0",
                baselineFile("target/syringe-1.0.0-iec62304-evidence.zip"))));

        assertEquals(BASELINE_LABEL + ": is the evidence of com.acme:syringe, not of this project (com.acme:pump); "
                + "name this project's previous release as <baseline>", e.getMessage());
        assertNothingWritten();
    }

    @Test
    void aBrokenChangeLogIsABuildErrorAndWritesNothing() throws Exception {
        Files.writeString(project.resolve("src/iec62304/changes.yaml"), "changes:\n  - id: CR-1\n");

        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings("1.0.0",
                ReleaseSettings.BaselineSource.none())));

        assertEquals("src/iec62304/changes.yaml:2: field 'release' of change record CR-1 is missing or empty",
                e.getMessage());
        assertNothingWritten();
    }

    @Test
    void aBrokenAnomalyRegisterIsABuildErrorAndWritesNothing() throws Exception {
        Files.writeString(project.resolve("src/iec62304/anomalies.yaml"),
                "anomalies:\n  - id: PR-1\n    title: T\n    status: fixed\n");

        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings("1.0.0",
                ReleaseSettings.BaselineSource.none())));

        assertEquals("src/iec62304/anomalies.yaml:2: field 'status' of anomaly PR-1: 'fixed' is not one of open, "
                + "deferred, resolved, closed", e.getMessage());
        assertNothingWritten();
    }

    @Verifies("TOOL-RELEASE-APPROVED")
    @Test
    void aFirstReleaseWithBaselineNoneAndEverythingFinePasses() throws Exception {
        CheckResult result = Iec62304Check.run(settings("1.0.0", ReleaseSettings.BaselineSource.none()));

        // the only finding: no release approval, a warning by default (see the page Approvals)
        assertEquals(List.of("WARN RELEASE-APPROVED"), result.report().violations().stream()
                .map(v -> v.level() + " " + v.ruleId()).toList());
        assertTrue(result.report().passed());
        JsonNode manifest = json("manifest.json");
        assertEquals("MISSING", manifest.get("releaseApproval").get("status").asText());
        assertEquals(List.of("true", "null", "PASSED"), List.of(manifest.get("releaseBuild").asText(),
                manifest.get("baseline").toString(), manifest.get("verdict").asText()));
        assertEquals("baseline none: first release", json("regression-report.json").get("notApplicable").asText());
        assertEquals("version 1.0.0 is not a SNAPSHOT", json("release-checklist.json").get("why").asText());
    }

    @Test
    void aSnapshotBuildWithoutBaselineJudgesNoReleaseRule() throws Exception {
        CheckResult result = Iec62304Check.run(settings("1.1.0-SNAPSHOT",
                ReleaseSettings.BaselineSource.notDeclared()));

        assertTrue(result.report().passed());
        // a rule off for every class present reads OFF, even where it would not apply either
        assertEquals(List.of("SOUP-END-OF-SUPPORT OFF", "SOUP-CHANGE OFF", "RISK-CHANGE OFF", "REGRESSION-TEST NOT_APPLICABLE",
                "REGRESSION-REQUIREMENT NOT_APPLICABLE", "REGRESSION-SUSPECT NOT_APPLICABLE",
                "REGRESSION-LINK NOT_APPLICABLE", "REGRESSION-IMPACT OFF", "REGRESSION-COVERAGE OFF",
                "REGRESSION-BASELINE NOT_APPLICABLE", "ANOMALY-EVALUATED NOT_APPLICABLE",
                "ANOMALY-ACCEPTABLE NOT_APPLICABLE", "RISK-RESIDUAL NOT_APPLICABLE", "RELEASE-SNAPSHOT NOT_APPLICABLE", "RELEASE-GIT NOT_APPLICABLE",
                "RELEASE-REPRODUCIBLE NOT_APPLICABLE", "RELEASE-ARCHIVED NOT_APPLICABLE",
                "APPROVAL-STALE NOT_APPLICABLE", "RELEASE-APPROVED NOT_APPLICABLE",
                "WAIVER-EXPIRED NOT_APPLICABLE", "WAIVER-UNUSED NOT_APPLICABLE",
                "RELEASE-VERIFIED NOT_APPLICABLE"), result.report().rules().stream().skip(31)
                .map(r -> r.id() + " " + r.verdict()).toList());
        assertEquals("no baseline declared", json("regression-report.json").get("notApplicable").asText());
    }

    @Test
    void theRegistersAreHashedInTheManifest() throws Exception {
        Files.writeString(project.resolve("src/iec62304/changes.yaml"), "changes: []\n");
        Files.writeString(project.resolve("src/iec62304/anomalies.yaml"), """
                anomalies:
                  - id: PR-1
                    title: Display flickers
                    status: closed
                """);

        Iec62304Check.run(settings("1.0.0", ReleaseSettings.BaselineSource.none()));

        Map<String, String> inputs = inputs();
        assertEquals(List.of(sha256("src/iec62304/changes.yaml"), sha256("src/iec62304/anomalies.yaml")),
                List.of(inputs.get("src/iec62304/changes.yaml"), inputs.get("src/iec62304/anomalies.yaml")));
        assertEquals("src/iec62304/anomalies.yaml", json("anomalies.json").get("register").asText());
    }

    @Test
    void absentRegistersAreNoInputs() throws Exception {
        Iec62304Check.run(settings("1.0.0", ReleaseSettings.BaselineSource.none()));

        assertEquals(List.of("src/iec62304/requirements.yaml", "target/classes", "target/test-classes"),
                inputs().keySet().stream().sorted().toList());
    }

    @Verifies({"TOOL-REGRESSION-LINK", "TOOL-REGRESSION-SUSPECT"})
    @Test
    void theBaselineZipIsAnInputAndIsCompared() throws Exception {
        release100();
        String zip = "target/pump-1.0.0-iec62304-evidence.zip";

        CheckResult result = Iec62304Check.run(settings("1.1.0", baselineFile(zip)));

        assertEquals(sha256(zip), inputs().get(BASELINE_LABEL));
        JsonNode baseline = json("manifest.json").get("baseline");
        assertEquals(List.of(BASELINE_LABEL, sha256(zip), "1.0.0"), List.of(baseline.get("source").asText(),
                baseline.get("sha256").asText(), baseline.get("version").asText()));
        assertEquals(baseline, json("regression-report.json").get("baseline"));
        // REQ-RATE: not verified now, its text changed (suspect), and its test no longer verifies it
        assertEquals(List.of("REGRESSION-LINK REQ-RATE", "REGRESSION-REQUIREMENT REQ-ALARM",
                "REGRESSION-REQUIREMENT REQ-OLD", "REGRESSION-REQUIREMENT REQ-RATE", "REGRESSION-SUSPECT REQ-RATE",
                "REGRESSION-TEST com.acme.RateTest#rate[1]",
                "REGRESSION-TEST com.acme.RateTest#rate[2]", "REGRESSION-TEST com.acme.dosing.DoseCalcTest#works",
                "RELEASE-APPROVED com.acme:pump:1.1.0", "RELEASE-VERIFIED com.acme:pump:1.1.0"),
                result.report().violations().stream()
                .map(v -> v.ruleId() + " " + v.subject()).sorted().toList());
    }

    @Test
    void aChangeRecordOfTheReleaseJustifiesTheDifferences() throws Exception {
        release100();
        Files.writeString(project.resolve("src/iec62304/changes.yaml"), """
                changes:
                  - id: CR-7
                    release: 1.1.0
                    description: Rate and dosing moved to the new controller
                    approvedBy: CCB
                    tests:
                      - test: com.acme.RateTest
                        rationale: Replaced by the controller tests.
                      - test: com.acme.dosing.DoseCalcTest#works
                        rationale: Dosing removed.
                    requirements:
                      - id: REQ-RATE
                        rationale: Verified by the controller's own release.
                      - id: REQ-ALARM
                        rationale: Moved to the controller's catalog.
                      - id: REQ-OLD
                        rationale: Withdrawn; it was never implemented.
                """);

        CheckResult result = Iec62304Check.run(settings("1.1.0-SNAPSHOT",
                baselineFile("target/pump-1.0.0-iec62304-evidence.zip")));

        assertEquals(List.of(), result.report().violations().stream().map(Violation::format).toList());
        // the six of before, and REQ-RATE's changed text and lost test, which its requirements: entry covers
        assertEquals(8, json("regression-report.json").get("summary").get("justified").asInt());
    }
}
