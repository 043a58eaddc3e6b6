package com.example.infusion.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OcclusionDetectorTest {

    private static final double THRESHOLD = 300.0;

    private final AlarmManager alarms = new AlarmManager();
    private final OcclusionDetector detector = new OcclusionDetector(alarms, THRESHOLD);
    private long clock;

    private boolean feed(double... pressures) {
        boolean occluded = false;
        for (double p : pressures) {
            clock += 100;
            occluded = detector.accept(new PressureSample(clock, p));
        }
        return occluded;
    }

    @Nested
    class OcclusionAlarm {

        @Test
        @Verifies("REQ-ALARM-001")
        void raisesHighPriorityAlarmAfterThreeConsecutiveSamplesAboveThreshold() {
            assertFalse(feed(120, 310, 320));
            assertFalse(alarms.isActive(AlarmCondition.OCCLUSION), "two samples are not enough");

            assertTrue(feed(330));

            Alarm shown = alarms.displayed().orElseThrow();
            assertEquals(AlarmCondition.OCCLUSION, shown.condition());
            assertEquals(AlarmPriority.HIGH, shown.priority());
            assertEquals(400, shown.raisedAtMillis());
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 5, 10})
        @Verifies("REQ-ALARM-001")
        void numberOfConsecutiveSamplesIsConfigurable(int n) {
            OcclusionDetector configured = new OcclusionDetector(alarms, THRESHOLD, n);
            for (int i = 1; i < n; i++) {
                assertFalse(configured.accept(new PressureSample(i, 500)), "sample " + i + " of " + n);
            }
            assertTrue(configured.accept(new PressureSample(n, 500)));
            assertTrue(alarms.isActive(AlarmCondition.OCCLUSION));
        }

        @Test
        @Verifies("REQ-ALARM-001")
        void pressureExactlyAtThresholdIsNotAnOcclusion() {
            assertFalse(feed(THRESHOLD, THRESHOLD, THRESHOLD, THRESHOLD));
            assertTrue(alarms.activeAlarms().isEmpty());
        }

        @Test
        void rejectsInvalidConfiguration() {
            assertThrows(IllegalArgumentException.class, () -> new OcclusionDetector(alarms, THRESHOLD, 0));
            assertThrows(IllegalArgumentException.class, () -> new OcclusionDetector(alarms, 0));
            assertThrows(IllegalArgumentException.class, () -> new OcclusionDetector(alarms, Double.NaN));
            assertThrows(IllegalArgumentException.class, () -> new OcclusionDetector(alarms, 1000));
        }
    }

    @Nested
    @Verifies("REQ-ALARM-002")
    class SpikeFiltering {

        @Test
        void sampleBelowThresholdResetsTheCount() {
            feed(400, 400);
            assertEquals(2, detector.consecutiveAbove());

            feed(250);

            assertEquals(0, detector.consecutiveAbove());
        }

        @Test
        void repeatedShortSpikesNeverAlarm() {
            for (int i = 0; i < 20; i++) {
                assertFalse(feed(450, 450, 100));
            }
            assertFalse(alarms.isActive(AlarmCondition.OCCLUSION));
        }
    }

    /** 5.5.4 e: the detector's initial state accepts the very first sample, even at pump clock 0. */
    @Nested
    class Initialisation {

        @Test
        void firstSampleAtPumpStartIsPlausible() {
            assertFalse(detector.accept(new PressureSample(0, 120)));

            assertFalse(alarms.isActive(AlarmCondition.PRESSURE_SENSOR_FAULT));
            assertEquals(0, detector.consecutiveAbove());
        }

        @Test
        void firstSampleAboveThresholdCountsAsTheFirstOfN() {
            assertFalse(detector.accept(new PressureSample(0, 400)));

            assertEquals(1, detector.consecutiveAbove());
            assertFalse(alarms.isActive(AlarmCondition.OCCLUSION));
        }
    }

    /**
     * Time to occlusion alarm at the lowest rate, on a simulated downstream line: behind a closed clamp the pressure
     * rises by the pumped volume divided by the compliance of the tubing set. This is the design target of the next
     * detection algorithm, which the current one does not meet: residual anomaly PR-118 in src/iec62304/anomalies.yaml.
     */
    @Nested
    class LowestRate {

        /** Compliance of the standard tubing set, mL per mmHg (1 uL/mmHg). */
        private static final double TUBING_COMPLIANCE_ML_PER_MMHG = 0.001;
        private static final double LINE_PRESSURE_MMHG = 20.0;
        private static final long SAMPLE_PERIOD_MILLIS = 1_000;

        @Test
        @Disabled("PR-118: at 0.1 mL/h the pressure reaches the 300 mmHg threshold only after about 2.8 h; "
                + "evaluated as acceptable for release 1.1.0, see src/iec62304/anomalies.yaml")
        void alarmsWithinThirtyMinutesAtLowestRate() {
            double mlPerHour = 0.1;
            double mmHgPerMilli = mlPerHour / 3_600_000.0 / TUBING_COMPLIANCE_ML_PER_MMHG;

            boolean alarmed = false;
            for (long t = SAMPLE_PERIOD_MILLIS; t <= 30 * 60_000 && !alarmed; t += SAMPLE_PERIOD_MILLIS) {
                alarmed = detector.accept(new PressureSample(t, LINE_PRESSURE_MMHG + mmHgPerMilli * t));
            }

            assertTrue(alarmed, "no occlusion alarm within 30 min at " + mlPerHour + " mL/h");
        }
    }

    @Nested
    class SensorFault {

        @ParameterizedTest
        @ValueSource(doubles = {-0.1, -50, 1000.01, 5000, Double.NaN, Double.POSITIVE_INFINITY})
        @Verifies("REQ-ALARM-003")
        void implausiblePressureRaisesSensorFault(double mmHg) {
            feed(400, 400);

            assertFalse(feed(mmHg));

            assertTrue(alarms.isActive(AlarmCondition.PRESSURE_SENSOR_FAULT));
            assertEquals(AlarmPriority.MEDIUM, alarms.displayed().orElseThrow().priority());
            assertEquals(2, detector.consecutiveAbove(), "a faulty sample neither counts nor resets the count");
            assertTrue(feed(400), "the next plausible sample above the threshold is the third of N");
        }

        @Test
        @Verifies("REQ-ALARM-003")
        void sampleNotLaterThanThePreviousOneIsAFault() {
            detector.accept(new PressureSample(1000, 100));

            assertFalse(detector.accept(new PressureSample(1000, 400)));
            assertFalse(detector.accept(new PressureSample(900, 400)));

            assertTrue(alarms.isActive(AlarmCondition.PRESSURE_SENSOR_FAULT));
            assertEquals(0, detector.consecutiveAbove());
        }

        @Test
        @Verifies("REQ-ALARM-003")
        void sensorFaultEndsWithTheNextPlausibleSample() {
            feed(Double.NaN);
            assertTrue(alarms.isActive(AlarmCondition.PRESSURE_SENSOR_FAULT));

            feed(120);

            assertFalse(alarms.isActive(AlarmCondition.PRESSURE_SENSOR_FAULT));
        }
    }
}
