package com.example.pump.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

class OcclusionAlarmIT {

    @Test
    @Verifies("REQ-ALARM-001")
    void alarmsAbove300() {
        assertTrue(new OcclusionAlarm().alarms(301));
    }

    @Test
    @Verifies("REQ-ALARM-001")
    void silentAt300() {
        assertFalse(new OcclusionAlarm().alarms(Integer.getInteger("it.pressure", 300)));
    }
}
