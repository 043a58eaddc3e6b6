package com.example.pump.alarm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

class OcclusionAlarmTest {

    @Test
    @Verifies("REQ-ALARM-001")
    void alarmsAbove300() {
        assertTrue(new OcclusionAlarm(() -> 301).isOccluded());
    }

    @Test
    @Verifies("REQ-ALARM-001")
    void silentAt300() {
        assertFalse(new OcclusionAlarm(() -> 300).isOccluded());
    }
}
