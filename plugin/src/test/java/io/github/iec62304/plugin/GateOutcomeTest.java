package io.github.iec62304.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: report-only mode (iec62304.failOnError=false) and the GitHub step summary file. */
@Verifies("TOOL-GATE-OUTCOME")
class GateOutcomeTest {

    @TempDir
    Path tmp;

    @Test
    void onlyAFailedDevelopmentBuildCanBeReportOnly() {
        assertEquals(GateOutcome.PASSED, GateOutcome.of(true, true, false));
        assertEquals(GateOutcome.PASSED, GateOutcome.of(true, false, true));
        assertEquals(GateOutcome.FAILED, GateOutcome.of(false, true, false));
        assertEquals(GateOutcome.FAILED, GateOutcome.of(false, true, true));
        assertEquals(GateOutcome.REPORT_ONLY, GateOutcome.of(false, false, false));
        assertEquals(GateOutcome.RELEASE_REFUSES_REPORT_ONLY, GateOutcome.of(false, false, true));
    }

    @Test
    void theReportOnlyWarningSaysWhatHappenedAndWhatToDo() {
        assertEquals("IEC 62304 gates FAILED with 2 violation(s) at level ERROR, but the build was NOT failed because "
                + "iec62304.failOnError=false (report only). The evidence bundle target/p-iec62304-evidence.zip says "
                + "FAILED. Fix the violations listed above; a release build refuses this switch and fails.",
                GateOutcome.reportOnlyWarning(2, "target/p-iec62304-evidence.zip"));
        assertTrue(GateOutcome.releaseRefusal().startsWith("iec62304.failOnError=false is refused in a release "
                + "build: a release cannot be made report-only"));
    }

    @Test
    void theSummaryIsAppendedNeverWrittenOver() throws Exception {
        Path file = tmp.resolve("step_summary.md");
        Files.writeString(file, "# Tests\n\n", StandardCharsets.UTF_8);
        assertNull(StepSummaryFile.append(file.toString(), "### IEC 62304 check: PASSED\n\n"));
        assertNull(StepSummaryFile.append(file.toString(), "again\n"));
        assertEquals("# Tests\n\n### IEC 62304 check: PASSED\n\nagain\n", Files.readString(file));
    }

    @Test
    void withoutTheVariableNothingIsWritten() throws Exception {
        assertNull(StepSummaryFile.append(null, "x"));
        assertNull(StepSummaryFile.append(" ", "x"));
        try (var files = Files.list(tmp)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void anUnwritablePathIsAWarningNamingThePath() {
        String path = tmp.resolve("missing-dir/summary.md").toString();
        String warning = StepSummaryFile.append(path, "x");
        assertTrue(warning.startsWith("Could not append the IEC 62304 summary to GITHUB_STEP_SUMMARY (" + path
                + "): java.nio.file.NoSuchFileException"), warning);
        assertTrue(warning.endsWith("The build's outcome and the evidence bundle are not affected; check the "
                + "variable's path."), warning);
    }
}
