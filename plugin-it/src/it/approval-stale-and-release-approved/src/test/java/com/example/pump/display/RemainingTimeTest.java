package com.example.pump.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

class RemainingTimeTest {

    @Test
    @Verifies("REQ-DISP-001")
    void roundsUpToTheMinute() {
        assertEquals("1:01", new RemainingTime().format(3601));
    }

}
