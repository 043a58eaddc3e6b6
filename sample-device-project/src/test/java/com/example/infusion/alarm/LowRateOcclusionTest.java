package com.example.infusion.alarm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Time to occlusion alarm at the lowest rate, on a simulated downstream line: behind a closed clamp the pressure
 * rises by the pumped volume divided by the compliance of the tubing set. This is the design target of the next
 * detection algorithm, not a requirement the current one meets: anomaly PR-118 in src/iec62304/anomalies.yaml.
 */
class LowRateOcclusionTest {

    private static final double THRESHOLD_MMHG = 300.0;
    /** Compliance of the standard tubing set, mL per mmHg (1 uL/mmHg). */
    private static final double TUBING_COMPLIANCE_ML_PER_MMHG = 0.001;
    private static final double LINE_PRESSURE_MMHG = 20.0;
    private static final long SAMPLE_PERIOD_MILLIS = 1_000;

    @Test
    @Disabled("PR-118: at 0.1 mL/h the pressure reaches the 300 mmHg threshold only after about 2.8 h; "
            + "evaluated as acceptable for release 1.1.0, see src/iec62304/anomalies.yaml")
    void alarmsWithinThirtyMinutesAtLowestRate() {
        AlarmManager alarms = new AlarmManager();
        OcclusionDetector detector = new OcclusionDetector(alarms, THRESHOLD_MMHG);
        double mlPerHour = 0.1;
        double mmHgPerMilli = mlPerHour / 3_600_000.0 / TUBING_COMPLIANCE_ML_PER_MMHG;

        boolean alarmed = false;
        for (long t = SAMPLE_PERIOD_MILLIS; t <= 30 * 60_000 && !alarmed; t += SAMPLE_PERIOD_MILLIS) {
            alarmed = detector.accept(new PressureSample(t, LINE_PRESSURE_MMHG + mmHgPerMilli * t));
        }

        assertTrue(alarmed, "no occlusion alarm within 30 min at " + mlPerHour + " mL/h");
    }
}
