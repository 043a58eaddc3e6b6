package io.github.iec62304.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.core.model.release.AnomalyRecord;
import io.github.iec62304.core.model.release.AnomalyRegister;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ChangeRecord;
import io.github.iec62304.core.project.ReferenceDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12 item 5: change records and anomaly evaluations dated after the date judged against are warned about. */
class FutureDatesTest {

    private static final ChangeLog CHANGES = new ChangeLog("src/iec62304/changes.yaml", List.of(
            new ChangeRecord("CR-1", "1.1.0", "Bolus removed", "CCB", "2026-11-01", List.of(), List.of(), List.of(),
                    List.of(), 2),
            new ChangeRecord("CR-2", "1.1.0", "Alarm faster", "CCB", "2026-11-02", List.of(), List.of(), List.of(),
                    List.of(), 7),
            new ChangeRecord("CR-3", "1.1.0", "No date", "CCB", null, List.of(), List.of(), List.of(), List.of(), 12)));
    private static final AnomalyRegister ANOMALIES = new AnomalyRegister("src/iec62304/anomalies.yaml", List.of(
            new AnomalyRecord("PR-1", "Alarm late", "open", List.of(), List.of(), "none", "fine", "J. Doe",
                    "2027-01-05", true, 4)), true);

    @Test
    void aDevelopmentBuildNamesEachRecordDatedAfterItsDay() {
        assertEquals(List.of("src/iec62304/changes.yaml:7: change record CR-2 is dated 2026-11-02, after the date this "
                        + "build judges dates against (2026-11-01, the day the build ran). Correct the date.",
                "src/iec62304/anomalies.yaml:4: the evaluation of anomaly PR-1 is dated 2027-01-05, after the date this "
                        + "build judges dates against (2026-11-01, the day the build ran). Correct the date."),
                FutureDates.of(CHANGES, ANOMALIES,
                        new ReferenceDate(LocalDate.of(2026, 11, 1), ReferenceDate.Basis.BUILD_DAY)));
    }

    @Test
    void aReleaseSaysItsOutputTimestampMayBeStale() {
        assertEquals(List.of("src/iec62304/changes.yaml:7: change record CR-2 is dated 2026-11-02, after the date this "
                + "build judges dates against (2026-11-01, project.build.outputTimestamp of this release build). "
                + "Correct the date, or set project.build.outputTimestamp to this release's date."),
                FutureDates.of(CHANGES, AnomalyRegister.empty("src/iec62304/anomalies.yaml"),
                        new ReferenceDate(LocalDate.of(2026, 11, 1), ReferenceDate.Basis.RELEASE_TIMESTAMP)));
    }

    @Test
    void nothingDatedLaterNothingToSay() {
        assertEquals(List.of(), FutureDates.of(CHANGES, ANOMALIES,
                new ReferenceDate(LocalDate.of(2027, 1, 5), ReferenceDate.Basis.BUILD_DAY)));
    }
}
