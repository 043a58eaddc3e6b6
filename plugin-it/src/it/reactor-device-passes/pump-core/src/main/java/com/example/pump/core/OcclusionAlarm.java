package com.example.pump.core;

import io.github.iec62304.annotations.Implements;

/** Occlusion detection: tested end to end by pump-it only. */
@Implements("REQ-ALARM-001")
public final class OcclusionAlarm {

    public boolean alarms(int pressureMmHg) {
        if (pressureMmHg > 300) {
            return true;
        }
        return false;
    }
}
