package com.example.pump;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Whole-range check of the calculator, meant for failsafe (which this project forgot to bind). */
class DoseCalculatorIT {

    @Test
    void everyPumpRateSurvivesTheRoundTrip() {
        for (int tenths = 1; tenths <= 9990; tenths++) {
            BigDecimal rate = BigDecimal.valueOf(tenths, 1);
            assertEquals(rate, new DoseCalculator().toPumpResolution(rate.doubleValue()));
        }
    }
}
