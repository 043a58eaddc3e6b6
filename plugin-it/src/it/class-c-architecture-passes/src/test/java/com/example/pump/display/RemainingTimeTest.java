package com.example.pump.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

@Verifies("REQ-DISP-001")
class RemainingTimeTest {

    @Test
    void roundsUpToTheMinute() {
        assertEquals("1:01", RemainingTime.format(3601));
        assertEquals("0:00", RemainingTime.format(0));
    }

    @Test
    void negativeTimeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> RemainingTime.format(-1));
    }
}
