package com.example.cgm.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Verifies("REQ-SIG-002")
class GlucoseValueTest {

    private static final Instant T = Instant.parse("2026-11-02T08:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "-10, BELOW",
        "39,  BELOW",
        "40,  IN_RANGE",
        "400, IN_RANGE",
        "401, ABOVE",
        "900, ABOVE",
    })
    void reportingRangeIsFortyToFourHundred(int mgPerDl, GlucoseValue.Range expected) {
        assertEquals(expected, new GlucoseValue(T, mgPerDl).range());
    }

    @Test
    void aNumberOnlyInsideTheRange() {
        assertEquals(Optional.of(BigDecimal.valueOf(40)), new GlucoseValue(T, 40).reported(GlucoseUnit.MG_PER_DL));
        assertEquals(Optional.of(new BigDecimal("22.2")), new GlucoseValue(T, 400).reported(GlucoseUnit.MMOL_PER_L));
        assertEquals(Optional.empty(), new GlucoseValue(T, 39).reported(GlucoseUnit.MG_PER_DL));
        assertEquals(Optional.empty(), new GlucoseValue(T, 401).reported(GlucoseUnit.MMOL_PER_L));
    }

    @Test
    void needsATime() {
        assertThrows(NullPointerException.class, () -> new GlucoseValue(null, 100));
    }

    @Test
    void aSensorReadingNeedsTimeAndCurrent() {
        assertThrows(NullPointerException.class, () -> new SensorReading(null, BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> new SensorReading(T, null));
    }
}
