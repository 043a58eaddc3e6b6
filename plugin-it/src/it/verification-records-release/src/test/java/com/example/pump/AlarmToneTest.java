package com.example.pump;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

class AlarmToneTest {

    @Test
    @Verifies("REQ-ALARM-001")
    void highPriorityIsLoudest() {
        assertEquals(100, new AlarmTone().volumePercent(true));
    }
}
