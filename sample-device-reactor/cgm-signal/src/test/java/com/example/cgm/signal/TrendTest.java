package com.example.cgm.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Verifies("REQ-SIG-006")
class TrendTest {

    @ParameterizedTest
    @CsvSource({
        "3.50,  RISING_FAST",
        "2.00,  RISING_FAST",
        "1.99,  RISING",
        "1.00,  RISING",
        "0.99,  STEADY",
        "0,     STEADY",
        "-0.99, STEADY",
        "-1.00, FALLING",
        "-1.99, FALLING",
        "-2.00, FALLING_FAST",
        "-4.00, FALLING_FAST",
    })
    void fiveStepsAtOneAndTwoMgPerDlPerMinute(String rate, Trend expected) {
        assertEquals(expected, Trend.of(Optional.of(new BigDecimal(rate))));
    }

    @Test
    void unknownWithoutARate() {
        assertEquals(Trend.UNKNOWN, Trend.of(Optional.empty()));
    }
}
