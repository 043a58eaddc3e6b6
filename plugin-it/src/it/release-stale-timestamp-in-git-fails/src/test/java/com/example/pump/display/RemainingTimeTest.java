package com.example.pump.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Verifies("REQ-DISP-001")
class RemainingTimeTest {

    @ParameterizedTest
    @CsvSource({"0, 0:00", "1, 0:01", "3601, 1:01"})
    void roundsUpToTheMinute(long seconds, String shown) {
        assertEquals(shown, RemainingTime.format(seconds));
    }

    @Test
    void negativeTimeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> RemainingTime.format(-1));
    }
}
