package com.example.cgm.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GlucoseMonitorTest {

    private static final Instant START = Instant.parse("2026-11-02T06:00:00Z");
    private static final Instant WARM = START.plus(GlucoseMonitor.WARM_UP);
    /** 0.1 nA per mg/dL above a background of 2 nA: 120 mg/dL is 14.0 nA. */
    private static final Calibration CALIBRATION = new Calibration(new BigDecimal("0.100"), new BigDecimal("2.0"));

    private final GlucoseMonitor monitor = new GlucoseMonitor(START, CALIBRATION, AlertThresholds.DEFAULT);

    private static SensorReading reading(Instant time, int mgPerDl) {
        return new SensorReading(time, BigDecimal.valueOf(20 + mgPerDl, 1));
    }

    private static Instant minutes(Instant from, long minutes) {
        return from.plus(Duration.ofMinutes(minutes));
    }

    @Nested
    @Verifies("REQ-SIG-005")
    class WarmUp {

        @Test
        void noValueDuringTheFirstTwoHours() {
            for (long m = 0; m < 120; m += 5) {
                MonitorUpdate update = monitor.process(reading(minutes(START, m), 50));
                assertEquals(MonitorUpdate.Status.WARMING_UP, update.status(), "minute " + m);
                assertEquals(Optional.empty(), update.value());
                assertEquals(Set.of(), update.events(), "no urgent low while warming up");
                assertEquals(Trend.UNKNOWN, update.trend());
            }
            assertEquals(Optional.empty(), monitor.currentValue(minutes(START, 119)));
        }

        @Test
        void firstValueAtTwoHours() {
            monitor.process(reading(minutes(START, 115), 120));
            MonitorUpdate update = monitor.process(reading(WARM, 120));

            assertEquals(MonitorUpdate.Status.VALUE, update.status());
            assertEquals(120, update.value().orElseThrow().mgPerDl());
            assertEquals(Trend.UNKNOWN, update.trend(), "no value 10 minutes back yet");
        }
    }

    @Nested
    class ReadingCycle {

        @Test
        void valueTrendAndEventsOfEachReading() {
            monitor.process(reading(WARM, 100));
            monitor.process(reading(minutes(WARM, 5), 90));
            monitor.process(reading(minutes(WARM, 10), 80));
            MonitorUpdate update = monitor.process(reading(minutes(WARM, 15), 70));

            // median of 90, 80, 70 is 80; 15 minutes back the median was 100: -1.33 mg/dL per minute,
            // so 80 - 26.6 = 53.4 mg/dL in 20 minutes
            assertEquals(80, update.value().orElseThrow().mgPerDl());
            assertEquals(Trend.FALLING, update.trend());
            assertEquals(EnumSet.of(GlucoseEvent.URGENT_LOW_SOON), update.events());
            assertEquals("", update.detail());
        }

        @Test
        void keepsFifteenMinutesOfValuesForTheTrend() {
            monitor.process(reading(WARM, 200));
            monitor.process(reading(minutes(WARM, 5), 200));
            monitor.process(reading(minutes(WARM, 10), 100));
            monitor.process(reading(minutes(WARM, 15), 100));
            monitor.process(reading(minutes(WARM, 20), 100));
            assertEquals(Trend.FALLING_FAST, monitor.process(reading(minutes(WARM, 25), 100)).trend());
            MonitorUpdate update = monitor.process(reading(minutes(WARM, 30), 100));

            // the medians of 200 are more than 15 minutes old and gone; the rate is 0
            assertEquals(Trend.STEADY, update.trend());
        }

        @Test
        void lowEventsHoldWhileTheValueIsCurrent() {
            monitor.process(reading(WARM, 60));
            monitor.process(reading(minutes(WARM, 5), 60));
            MonitorUpdate update = monitor.process(reading(minutes(WARM, 10), 60));

            assertEquals(EnumSet.of(GlucoseEvent.LOW), update.events());
            assertEquals(EnumSet.of(GlucoseEvent.LOW), monitor.eventsAt(minutes(WARM, 20)));
        }
    }

    @Nested
    @Verifies("REQ-SIG-010")
    class SignalLoss {

        @Test
        void valueIsCurrentForTenMinutes() {
            monitor.process(reading(WARM, 120));

            assertEquals(120, monitor.currentValue(minutes(WARM, 10)).orElseThrow().mgPerDl());
            assertEquals(Optional.empty(), monitor.currentValue(minutes(WARM, 10).plusSeconds(1)));
        }

        @Test
        void eventsOfAnOldValueNoLongerHold() {
            monitor.process(reading(WARM, 200));
            monitor.process(reading(minutes(WARM, 5), 300));
            assertEquals(EnumSet.of(GlucoseEvent.HIGH), monitor.eventsAt(minutes(WARM, 5)));

            assertEquals(Set.of(), monitor.eventsAt(minutes(WARM, 16)));
        }

        @Test
        void signalLossAfterTwentyMinutesWithoutAUsableReading() {
            monitor.process(reading(WARM, 120));
            monitor.process(reading(minutes(WARM, 5), 20_000)); // 2000 nA: refused

            assertEquals(Set.of(), monitor.eventsAt(minutes(WARM, 19)));
            assertEquals(EnumSet.of(GlucoseEvent.SIGNAL_LOSS), monitor.eventsAt(minutes(WARM, 20)));
        }

        @Test
        void signalLossDuringWarmUpCountsFromTheSessionStart() {
            assertEquals(Set.of(), monitor.eventsAt(minutes(START, 19)));
            assertEquals(EnumSet.of(GlucoseEvent.SIGNAL_LOSS), monitor.eventsAt(minutes(START, 20)));

            monitor.process(reading(minutes(START, 30), 120));
            assertEquals(Set.of(), monitor.eventsAt(minutes(START, 45)), "warming up, but the signal is back");
        }
    }

    @Nested
    class SensorFaults {

        @Test
        void implausibleReadingGivesNoValue() {
            monitor.process(reading(WARM, 120));
            MonitorUpdate update = monitor.process(new SensorReading(minutes(WARM, 5), new BigDecimal("-1.0")));

            assertEquals(MonitorUpdate.Status.SENSOR_FAULT, update.status());
            assertEquals(Optional.empty(), update.value());
            assertEquals("sensor current -1.0 nA is outside 0 to 200 nA", update.detail());
            assertEquals(120, monitor.currentValue(minutes(WARM, 5)).orElseThrow().mgPerDl());
        }

        @Test
        void readingBeforeTheSessionIsAFault() {
            MonitorUpdate update = monitor.process(reading(START.minusSeconds(1), 120));

            assertEquals(MonitorUpdate.Status.SENSOR_FAULT, update.status());
            assertTrue(update.detail().startsWith("reading at 2026-11-02T05:59:59Z is before the sensor session"));
        }

        @Test
        void needsItsSettings() {
            assertThrows(NullPointerException.class, () -> new GlucoseMonitor(null, CALIBRATION, AlertThresholds.DEFAULT));
            assertThrows(NullPointerException.class, () -> new GlucoseMonitor(START, null, AlertThresholds.DEFAULT));
            assertThrows(NullPointerException.class, () -> new GlucoseMonitor(START, CALIBRATION, null));
        }
    }
}
