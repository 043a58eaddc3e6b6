package com.example.pump;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

@Verifies("REQ-ALARM-001")
class OcclusionAlarmTest {

    @Test
    void alarmsAbove300() {
        assertTrue(new OcclusionAlarm().isOccluded(301));
    }

    @Test
    void silentAt300() {
        assertFalse(new OcclusionAlarm().isOccluded(300));
    }
}
