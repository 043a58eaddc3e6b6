package com.example.pump;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@Verifies("REQ-ALARM-001")
class OcclusionAlarmTest {

    @Nested
    class AbovePressureLimit {
        @Test
        void alarms() {
            assertTrue(new OcclusionAlarm().isOccluded(301));
        }
    }

    @Nested
    class AtPressureLimit {
        @Test
        void staysSilent() {
            assertFalse(new OcclusionAlarm().isOccluded(300));
        }
    }
}
