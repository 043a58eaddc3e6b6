package com.example.pump;

import io.github.iec62304.annotations.Implements;

/** The alarm tone: its level is set here and measured on the device (manual test protocol). */
@Implements("REQ-ALARM-001")
public final class AlarmTone {

    public int volumePercent(boolean highPriority) {
        return highPriority ? 100 : 70;
    }
}
