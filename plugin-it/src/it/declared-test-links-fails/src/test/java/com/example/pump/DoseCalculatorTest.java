package com.example.pump;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

class DoseCalculatorTest {

    @Test
    @Verifies("REQ-DOSE-001")
    void rateIsVolumeOverDuration() {
        assertEquals(50.0, new DoseCalculator().rateMlPerHour(100, 2), 1e-9);
    }
}
