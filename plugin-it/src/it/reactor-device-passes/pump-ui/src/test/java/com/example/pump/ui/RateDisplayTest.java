package com.example.pump.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

class RateDisplayTest {

    @Test
    @Verifies("REQ-UI-001")
    void oneDecimal() {
        assertEquals("50.0 mL/h", new RateDisplay().text(100, 2));
    }
}
