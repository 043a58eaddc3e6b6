package com.example.pump.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

// Exercises RateLimits through the calculator only: RateLimits is fully covered, yet has no test of its own.
class DoseCalculatorTest {

    private final DoseCalculator calculator = new DoseCalculator(new RateLimits(999));

    @Test
    @Verifies("REQ-DOSE-001")
    void rateIsVolumeOverDuration() {
        assertEquals(50.0, calculator.rateMlPerHour(100, 2), 1e-9);
    }

    @Test
    @Verifies("REQ-DOSE-001")
    void zeroDurationIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> calculator.rateMlPerHour(100, 0));
    }

    @Test
    @Verifies("REQ-DOSE-002")
    void negativeRateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> calculator.rateMlPerHour(-100, 2));
    }

    @Test
    @Verifies("REQ-DOSE-002")
    void rateAboveMaximumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> calculator.rateMlPerHour(1000, 1));
    }
}
