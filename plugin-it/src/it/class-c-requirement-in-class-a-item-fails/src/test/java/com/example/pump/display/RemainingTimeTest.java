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

    @Test
    @Verifies("REQ-DOSE-002")
    void confirmationShowsRateAndVolume() {
        assertEquals("12.5 mL/h, 250 mL - start?", new RemainingTime().confirmationText(12.5, 250));
    }
}
