package com.example.cgm.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdDetectorTest {

    private static final Instant T = Instant.parse("2026-11-02T08:00:00Z");

    private final ThresholdDetector detector = new ThresholdDetector(new AlertThresholds(70, 180));

    private Set<GlucoseEvent> events(int mgPerDl) {
        return detector.evaluate(new GlucoseValue(T, mgPerDl), Optional.empty());
    }

    private Set<GlucoseEvent> events(int mgPerDl, String rate) {
        return detector.evaluate(new GlucoseValue(T, mgPerDl), Optional.of(new BigDecimal(rate)));
    }

    @Nested
    @Verifies("REQ-SIG-007")
    class Thresholds {

        @ParameterizedTest
        @CsvSource({
            "30,  URGENT_LOW",   // below the reporting range
            "54,  URGENT_LOW",
            "55,  LOW",
            "70,  LOW",
            "180, HIGH",
            "450, HIGH",         // above the reporting range
        })
        void oneEventAtAndBeyondEachThreshold(int mgPerDl, GlucoseEvent expected) {
            assertEquals(EnumSet.of(expected), events(mgPerDl));
        }

        @ParameterizedTest
        @CsvSource({"71", "120", "179"})
        void noEventBetweenLowAndHigh(int mgPerDl) {
            assertEquals(Set.of(), events(mgPerDl));
        }

        @Test
        void urgentLowThresholdIsNotTheUsers() {
            ThresholdDetector lowest = new ThresholdDetector(new AlertThresholds(60, 120));
            assertEquals(EnumSet.of(GlucoseEvent.URGENT_LOW), lowest.evaluate(new GlucoseValue(T, 54), Optional.empty()));
            assertEquals(EnumSet.of(GlucoseEvent.LOW), lowest.evaluate(new GlucoseValue(T, 60), Optional.empty()));
            assertEquals(Set.of(), lowest.evaluate(new GlucoseValue(T, 61), Optional.empty()));
        }

        @Test
        void needsThresholds() {
            assertThrows(NullPointerException.class, () -> new ThresholdDetector(null));
        }
    }

    /**
     * The extrapolation itself, for coverage of its branches. REQ-SIG-008 (urgent low soon, in the same reading
     * cycle) is verified end to end by com.example.cgm.it.GlucoseAlertChainIT in cgm-integration-tests, on a series
     * of sensor readings.
     */
    @Nested
    class Prediction {

        @Test
        void fallingFastTowardsUrgentLow() {
            assertEquals(EnumSet.of(GlucoseEvent.URGENT_LOW_SOON), events(80, "-3.00"));
        }

        @Test
        void lowAndFallingFast() {
            assertEquals(EnumSet.of(GlucoseEvent.LOW, GlucoseEvent.URGENT_LOW_SOON), events(65, "-2.50"));
        }

        @Test
        void fallingSlowlyIsNoUrgentLowSoon() {
            assertEquals(Set.of(), events(100, "-1.00"));
        }

        @Test
        void steadyOrRisingIsNoUrgentLowSoon() {
            assertEquals(EnumSet.of(GlucoseEvent.LOW), events(56, "0"));
            assertEquals(EnumSet.of(GlucoseEvent.LOW), events(56, "0.50"));
        }

        @Test
        void noPredictionWithoutARate() {
            assertEquals(EnumSet.of(GlucoseEvent.LOW), events(56));
        }

        @Test
        void urgentLowReplacesUrgentLowSoon() {
            assertEquals(EnumSet.of(GlucoseEvent.URGENT_LOW), events(50, "-3.00"));
        }
    }
}
