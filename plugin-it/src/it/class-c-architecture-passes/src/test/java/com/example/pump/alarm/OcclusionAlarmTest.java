package com.example.pump.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OcclusionAlarmTest {

    @Test
    @Verifies("REQ-ALARM-001")
    void highAlarmAbove300() {
        assertEquals(Optional.of(AlarmPriority.HIGH), new OcclusionAlarm(() -> 301).check());
    }

    @Test
    @Verifies("REQ-ALARM-002")
    void warningAbove240() {
        assertEquals(Optional.of(AlarmPriority.MEDIUM), new OcclusionAlarm(() -> 300).check());
    }

    @Test
    @Verifies({"REQ-ALARM-001", "REQ-ALARM-002"})
    void silentAt240() {
        assertEquals(Optional.empty(), new OcclusionAlarm(() -> 240).check());
    }

    @Test
    void onlyTheWarningCanBeSilenced() {
        assertFalse(AlarmPriority.HIGH.silenceable());
        assertTrue(AlarmPriority.MEDIUM.silenceable());
    }
}
