package com.example.cgm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

class GlucoseLimitsTest {

    @Test
    @Verifies("REQ-LOW-001")
    void lowBelow70() {
        assertTrue(new GlucoseLimits().low(69));
    }
}
