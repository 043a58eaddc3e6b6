package com.example.pump;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

class OcclusionAlarmTest {

    @Test
    @Verifies("REQ-ALARM-001")
    void alarmsAbove300() {
        assertTrue(new OcclusionAlarm().isOccluded(301));
    }
}
