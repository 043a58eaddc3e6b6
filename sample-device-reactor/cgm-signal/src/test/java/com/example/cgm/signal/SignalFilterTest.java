package com.example.cgm.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignalFilterTest {

    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    private final SignalFilter filter = new SignalFilter();
    private Instant clock = T0;

    private BigDecimal next(String current) throws SensorFaultException {
        clock = clock.plus(Duration.ofMinutes(5));
        return filter.accept(new SensorReading(clock, new BigDecimal(current)));
    }

    @Nested
    @Verifies("REQ-SIG-004")
    class Median {

        @Test
        void singleSpikeDoesNotReachTheValue() throws SensorFaultException {
            next("12.0");
            next("12.2");
            assertEquals(new BigDecimal("12.0"), next("3.0"), "a compression low");
            assertEquals(new BigDecimal("12.2"), next("12.4"));
            assertEquals(new BigDecimal("12.4"), next("40.0"), "a spike up");
        }

        @Test
        void firstReadingsUseWhatThereIs() throws SensorFaultException {
            assertEquals(new BigDecimal("10.0"), next("10.0"));
            assertEquals(new BigDecimal("11.0"), next("12.0"), "median of two is their mean");
            assertEquals(new BigDecimal("12.0"), next("14.0"));
        }

        @Test
        void aSteadyRiseLagsByOneReading() throws SensorFaultException {
            next("10.0");
            next("11.0");
            assertEquals(new BigDecimal("11.0"), next("12.0"));
            assertEquals(new BigDecimal("12.0"), next("13.0"));
        }

        @Test
        void aGapOfMoreThanFifteenMinutesRestartsTheMedian() throws SensorFaultException {
            next("10.0");
            next("10.0");
            next("10.0");
            clock = clock.plus(Duration.ofMinutes(16));
            assertEquals(new BigDecimal("20.0"), next("20.0"));
        }

        @Test
        void aGapOfFifteenMinutesKeepsIt() throws SensorFaultException {
            next("10.0");
            next("10.0");
            clock = clock.plus(Duration.ofMinutes(10));
            assertEquals(new BigDecimal("10.0"), next("20.0"));
        }
    }

    @Nested
    @Verifies("REQ-SIG-003")
    class Plausibility {

        @ParameterizedTest
        @ValueSource(strings = {"-0.1", "200.1", "1000"})
        void refusesACurrentOutsideZeroToTwoHundred(String current) {
            SensorFaultException fault = assertThrows(SensorFaultException.class, () -> next(current));
            assertEquals("sensor current " + current + " nA is outside 0 to 200 nA", fault.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.0", "200.0"})
        void acceptsTheLimits(String current) throws SensorFaultException {
            assertEquals(new BigDecimal(current), next(current));
        }

        @Test
        void refusesAReadingNotLaterThanThePreviousOne() throws SensorFaultException {
            next("10.0");
            SensorReading same = new SensorReading(clock, new BigDecimal("10.0"));
            SensorReading earlier = new SensorReading(clock.minusSeconds(1), new BigDecimal("10.0"));

            assertThrows(SensorFaultException.class, () -> filter.accept(same));
            assertThrows(SensorFaultException.class, () -> filter.accept(earlier));
        }

        @Test
        void aRefusedReadingDoesNotEnterTheMedian() throws SensorFaultException {
            next("10.0");
            next("10.0");
            assertThrows(SensorFaultException.class, () -> next("250.0"));
            assertEquals(new BigDecimal("10.0"), next("10.0"));
        }
    }
}
