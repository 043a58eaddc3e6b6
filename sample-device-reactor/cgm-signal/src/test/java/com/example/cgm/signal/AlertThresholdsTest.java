package com.example.cgm.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Verifies("REQ-SIG-007")
class AlertThresholdsTest {

    @Test
    void defaultsAreSeventyAndTwoHundredFifty() {
        assertEquals(70, AlertThresholds.DEFAULT.lowMgPerDl());
        assertEquals(250, AlertThresholds.DEFAULT.highMgPerDl());
    }

    @ParameterizedTest
    @CsvSource({"60, 120", "100, 400"})
    void acceptsTheLimits(int low, int high) {
        AlertThresholds thresholds = new AlertThresholds(low, high);
        assertEquals(low, thresholds.lowMgPerDl());
        assertEquals(high, thresholds.highMgPerDl());
    }

    @ParameterizedTest
    @CsvSource({"59, 250", "101, 250", "54, 250", "70, 119", "70, 401"})
    void refusesThresholdsOutsideTheirRanges(int low, int high) {
        assertThrows(IllegalArgumentException.class, () -> new AlertThresholds(low, high));
    }
}
