package com.example.pump;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

class OcclusionAlarmTest {

    @Test
    @Verifies("REQ-ALARM-001")
    void alarmsAbove300() {
        assertTrue(new OcclusionAlarm().isOccluded(301));
    }

    /** Fails on purpose: the threshold is 300 mmHg, so 300 is no occlusion. */
    @Test
    @Verifies("REQ-ALARM-002")
    void alarmsAtExactly300() {
        assertTrue(new OcclusionAlarm().isOccluded(300), "300 mmHg must alarm");
    }

    @Test
    @Verifies("REQ-DOSE-002")
    void noAlarmBelow300() {
        assertFalse(new OcclusionAlarm().isOccluded(299));
    }
}
