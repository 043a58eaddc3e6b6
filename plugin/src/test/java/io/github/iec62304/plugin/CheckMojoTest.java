package io.github.iec62304.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/**
 * Parameter binding and BUILD ERROR mapping of the check goal. The behaviour on real builds is covered by the
 * plugin-it projects; the harness's project has this module as base directory and no requirements catalog.
 */
@Verifies("TOOL-GOAL-CHECK")
@MojoTest
class CheckMojoTest {

    private static final String POM_WITH_UNKNOWN_RULE = "<project><build><plugins><plugin>"
            + "<artifactId>iec62304-maven-plugin</artifactId><configuration><safetyClass>B</safetyClass>"
            + "<rules><TRACE-TYPO>ERROR</TRACE-TYPO></rules></configuration></plugin></plugins></build></project>";

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "skip", value = "true")
    void skipRunsNothingAndWritesNothing(CheckMojo mojo) throws Exception {
        mojo.execute();
        assertFalse(Files.exists(Path.of("target", "iec62304")));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "safetyClass", value = "D")
    void unknownSafetyClassIsABuildError(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("Invalid <safetyClass> (iec62304.safetyClass): safety class must be A, B or C, was 'D'",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "safetyClass", value = "C")
    void missingCatalogIsABuildErrorNamingTheFile(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("src/iec62304/requirements.yaml: requirements catalog not found. Create it (format: "
                + "https://iec62304.github.io/iec62304-maven-plugin/requirements-catalog.html) or point "
                + "<requirementsFile> / -Diec62304.requirementsFile at it", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM_WITH_UNKNOWN_RULE)
    void unknownRuleIdIsABuildErrorListingTheKnownRules(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("unknown rule id 'TRACE-TYPO' in <rules>; known rules: "
                + "ANOMALY-ACCEPTABLE, ANOMALY-EVALUATED, APPROVAL-STALE, ARCH-ASSIGNED, ARCH-CLASS-RATIONALE, ARCH-IMPLEMENTS-CLASS, "
                + "REGRESSION-BASELINE, REGRESSION-COVERAGE, REGRESSION-IMPACT, REGRESSION-LINK, REGRESSION-REQUIREMENT, REGRESSION-SUSPECT, REGRESSION-TEST, RELEASE-APPROVED, RELEASE-ARCHIVED, "
                + "RELEASE-GIT, RELEASE-REPRODUCIBLE, RELEASE-SNAPSHOT, RELEASE-VERIFIED, RISK-CHANGE, RISK-CLASS, "
                + "RISK-CONTROL-CLASS, RISK-CONTROL-IMPLEMENTED, RISK-CONTROL-VERIFIED, RISK-REFERENCES, RISK-RESIDUAL, "
                + "RISK-SOUP-HAZARD, SOUP-ANOMALY-REVIEW, SOUP-CHANGE, SOUP-END-OF-SUPPORT, "
                + "SOUP-MANUFACTURER, SOUP-REGISTERED, SOUP-REQUIREMENTS, SOUP-RISK, SOUP-UNUSED, SOUP-VERSION, "
                + "SOUP-VULNERABILITY, TRACE-DANGLING, TRACE-IMPLEMENTED, TRACE-PARENT, TRACE-PASSED, TRACE-SYSTEM, "
                + "TRACE-TESTED, UNIT-CLASS-C-RECORD, "
                + "UNIT-COVERAGE, UNIT-TESTED, UNIT-TESTS-PASS, "
                + "VERIFY-RECORD-CURRENT, VERIFY-RECORD-DANGLING, VERIFY-RECORD-PASSED, VERIFY-RECORDED, "
                + "WAIVER-EXPIRED, WAIVER-UNUSED", e.getMessage());
    }

    /** Failed before: the carriage return reached the log raw and could overprint the line with another one. */
    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "safetyClass", value = "C")
    void controlCharactersInAMessageAreNeutralised(CheckMojo mojo) throws Exception {
        java.lang.reflect.Field file = AbstractCheckMojo.class.getDeclaredField("requirementsFile");
        file.setAccessible(true);
        file.set(mojo, new java.io.File("src/iec62304/req\r[INFO] BUILD SUCCESS\u001B[2K.yaml"));

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("src/iec62304/req\\u000D[INFO] BUILD SUCCESS\\u001B[2K.yaml: requirements catalog not found. "
                + "Create it (format: https://iec62304.github.io/iec62304-maven-plugin/requirements-catalog.html) or "
                + "point <requirementsFile> / -Diec62304.requirementsFile at it", e.getMessage());
    }

    @Test
    void everyLineOfALogMessageHasItsPrefixAndNoControlCharacter() {
        java.util.List<String> logged = new java.util.ArrayList<>();
        org.apache.maven.plugin.logging.Log recorder = new org.apache.maven.plugin.logging.SystemStreamLog() {
            @Override
            public void error(CharSequence content) {
                logged.add("[ERROR] " + content);
            }
        };
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(recorder);

        mojo.getLog().error("TRACE-PASSED: test failed: expected 5\r[INFO] BUILD SUCCESS\n[INFO] \u202Eforged");

        assertEquals(java.util.List.of("[ERROR] TRACE-PASSED: test failed: expected 5\\u000D[INFO] BUILD SUCCESS",
                "[ERROR] [INFO] \\u202Eforged"), logged);
    }

    /** Failed before: a line feed in a requirement title began an unprefixed line in Maven's failure summary. */
    @Test
    void aViolationIsOneLineOfTheFailureSummary() {
        io.github.iec62304.core.evaluate.Violation v = new io.github.iec62304.core.evaluate.Violation(
                "TRACE-TESTED", "5.1.1 c", io.github.iec62304.core.evaluate.Level.ERROR, "REQ-1",
                "\"Alarm\n[INFO] BUILD SUCCESS\" has no verifying test");

        String summary = CheckMojo.failureMessage(new io.github.iec62304.core.evaluate.GateReport(
                java.util.List.of(v), java.util.List.of()), "target/pump-iec62304-evidence.zip", "target/iec62304");

        assertEquals(java.util.List.of("IEC 62304 gates failed with 1 violation(s) at level ERROR:",
                "  TRACE-TESTED REQ-1: \"Alarm\\u000A[INFO] BUILD SUCCESS\" has no verifying test [IEC 62304 5.1.1 c]",
                "The evidence bundle documenting this build is target/pump-iec62304-evidence.zip (open "
                        + "target/iec62304/index.html)."), java.util.List.of(summary.split("\n")));
    }
}
