package com.example.pump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DoseCalculatorTest {

    private final DoseCalculator calculator = new DoseCalculator();

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
    void halfwayRatesRoundToEven() {
        assertEquals(new BigDecimal("12.4"), calculator.toPumpResolution(12.45));
    }
}
