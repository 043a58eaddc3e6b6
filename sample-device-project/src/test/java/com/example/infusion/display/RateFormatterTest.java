package com.example.infusion.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateFormatterTest {

    @Nested
    @Verifies("REQ-DISP-001")
    class RateNotation {

        @ParameterizedTest(name = "{0} -> \"{1}\"")
        @CsvSource({
            "0.5,    0.5 mL/h",
            ".5,     0.5 mL/h",
            "5.0,    5 mL/h",
            "5,      5 mL/h",
            "12.50,  12.5 mL/h",
            "100.0,  100 mL/h",
            "999.9,  999.9 mL/h",
            "0.0,    0 mL/h",
        })
        void leadingZeroNoTrailingZero(String rate, String expected) {
            assertEquals(expected, RateFormatter.formatRate(new BigDecimal(rate)));
        }

        @Test
        void hundredIsNotShownInExponentNotation() {
            // BigDecimal("1E+2").toString() would print "1E+2".
            assertEquals("100 mL/h", RateFormatter.formatRate(new BigDecimal("1E+2")));
        }

        @Test
        void negativeRateIsAProgrammingError() {
            assertThrows(IllegalArgumentException.class, () -> RateFormatter.formatRate(new BigDecimal("-1")));
        }
    }

    @Nested
    class RemainingTime {

        @ParameterizedTest
        @CsvSource({
            // volume mL, rate mL/h, expected
            "250,  20.8,  12:02",
            "100,  100,   1:00",
            "100,  120,   0:50",
            "1,    999.9, 0:01",
            "0,    50,    0:00",
            "500,  0.1,   5000:00",
        })
        @Verifies("REQ-DISP-002")
        void showsHoursAndMinutesRoundedUp(String volume, String rate, String expected) {
            assertEquals(expected, RateFormatter.formatRemainingTime(new BigDecimal(volume), new BigDecimal(rate)));
        }

        @Test
        @Verifies("REQ-DISP-002")
        void showsDashesWhileStopped() {
            assertEquals("--:--", RateFormatter.formatRemainingTime(new BigDecimal("250"), BigDecimal.ZERO));
        }

        @ParameterizedTest(name = "{0} mL at {1} mL/h")
        @CsvSource({"-1, 20.8", "250, -0.1"})
        void negativeVolumeOrRateIsAProgrammingError(String volume, String rate) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RateFormatter.formatRemainingTime(new BigDecimal(volume), new BigDecimal(rate)));

            assertEquals("volume and rate must not be negative", e.getMessage());
        }
    }
}
