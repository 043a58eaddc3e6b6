package com.example.cgm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

class HighLimitTest {

    @Test
    @Verifies("REQ-HIGH-001")
    void highAbove250() {
        assertTrue(new GlucoseLimits().high(251));
    }
}
