package com.example.cgm.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@Verifies("REQ-SIG-006")
class TrendCalculatorTest {

    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    /** @param minutesAndValues pairs: minutes after T0, mg/dL */
    private static List<GlucoseValue> history(int... minutesAndValues) {
        List<GlucoseValue> values = new ArrayList<>();
        for (int i = 0; i < minutesAndValues.length; i += 2) {
            values.add(new GlucoseValue(T0.plusSeconds(60L * minutesAndValues[i]), minutesAndValues[i + 1]));
        }
        return values;
    }

    @Test
    void rateFromTheValueFifteenMinutesBefore() {
        assertEquals(Optional.of(new BigDecimal("-2.00")),
                TrendCalculator.rateOfChange(history(0, 150, 5, 140, 10, 130, 15, 120)));
    }

    @Test
    void usesTheOldestValueTenToFifteenMinutesBack() {
        // 20 min back is too old; 15 min back is used, not 10 min back
        assertEquals(Optional.of(new BigDecimal("1.00")),
                TrendCalculator.rateOfChange(history(0, 60, 5, 100, 10, 105, 15, 108, 20, 115)));
    }

    @Test
    void tenMinutesIsEnough() {
        assertEquals(Optional.of(new BigDecimal("0.50")), TrendCalculator.rateOfChange(history(0, 100, 10, 105)));
    }

    @Test
    void roundsToTwoDecimals() {
        // 7 mg/dL in 15 min = 0.4666...
        assertEquals(Optional.of(new BigDecimal("0.47")), TrendCalculator.rateOfChange(history(0, 100, 15, 107)));
        assertEquals(Optional.of(new BigDecimal("-0.47")), TrendCalculator.rateOfChange(history(0, 107, 15, 100)));
    }

    @Test
    void noRateWithoutAValueTenToFifteenMinutesBack() {
        assertEquals(Optional.empty(), TrendCalculator.rateOfChange(List.of()));
        assertEquals(Optional.empty(), TrendCalculator.rateOfChange(history(0, 100)));
        assertEquals(Optional.empty(), TrendCalculator.rateOfChange(history(0, 100, 5, 110)));
        assertEquals(Optional.empty(), TrendCalculator.rateOfChange(history(0, 100, 16, 110)), "gap: too old");
    }

    @Test
    void noRateWhenAValueIsOutsideTheReportingRange() {
        assertEquals(Optional.empty(), TrendCalculator.rateOfChange(history(0, 45, 15, 38)), "LOW now");
        assertEquals(Optional.empty(), TrendCalculator.rateOfChange(history(0, 38, 15, 45)), "LOW before");
        assertEquals(Optional.empty(), TrendCalculator.rateOfChange(history(0, 395, 15, 410)), "HIGH now");
    }
}
