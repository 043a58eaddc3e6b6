package com.example.cgm.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.cgm.signal.Trend;
import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Verifies("REQ-DISP-002")
class TrendArrowTest {

    @ParameterizedTest
    @CsvSource({
        "RISING_FAST,  \u2191",
        "RISING,       \u2197",
        "STEADY,       \u2192",
        "FALLING,      \u2198",
        "FALLING_FAST, \u2193",
        "UNKNOWN,      ''",
    })
    void oneArrowPerTrend(Trend trend, String arrow) {
        assertEquals(arrow, TrendArrow.of(trend));
    }
}
