package com.example.pump.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

@Verifies("REQ-DOSE-001")
class DoseCalculatorTest {

    @Test
    void rateIsVolumeOverDuration() {
        assertEquals(50.0, new DoseCalculator().rateMlPerHour(100, 2), 1e-9);
    }

    @Test
    void zeroDurationIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DoseCalculator().rateMlPerHour(100, 0));
    }
}
