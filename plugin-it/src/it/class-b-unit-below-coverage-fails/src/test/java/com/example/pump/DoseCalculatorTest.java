package com.example.pump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

// Tests the happy path and a zero duration only: durations above 24 h and rates above the maximum are never tried.
class DoseCalculatorTest {

    @Test
    @Verifies("REQ-DOSE-001")
    void rateIsVolumeOverDuration() {
        assertEquals(50.0, new DoseCalculator().rateMlPerHour(100, 2), 1e-9);
    }

    @Test
    @Verifies("REQ-DOSE-001")
    void zeroDurationIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DoseCalculator().rateMlPerHour(100, 0));
    }
}
