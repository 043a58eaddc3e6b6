package io.github.iec62304.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code soupReviewMaxAge}: months, days or an ISO period. */
class SoupSettingsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "12 months|P12M",
            "1 month|P1M",
            "  18   Months |P18M",
            "90 days|P90D",
            "1 day|P1D",
            "0 days|P0D",
            "P12M|P12M",
            "P1Y|P1Y",
            "p1y6m|P1Y6M",
            "P2W|P14D",
    })
    void readsAnAge(String text, String period) {
        assertEquals(Period.parse(period), SoupSettings.parseAge(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "12", "twelve months", "12 weeks", "12 months ago", "1.5 months", "PT12H", "P",
            "-3 months", "P-1M"})
    @NullSource
    void rejectsAnythingElse(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SoupSettings.parseAge(text));

        assertEquals("'" + text + "' is not an age; write e.g. 12 months, 90 days or P12M", e.getMessage());
    }

    @Test
    void defaultIsTwelveMonths() {
        assertEquals(Period.ofMonths(12), SoupSettings.DEFAULT_REVIEW_MAX_AGE);
    }
}
