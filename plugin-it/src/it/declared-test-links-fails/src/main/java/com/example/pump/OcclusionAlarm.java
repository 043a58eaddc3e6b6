package com.example.pump;

import io.github.iec62304.annotations.Implements;

@Implements("REQ-ALARM-001")
public final class OcclusionAlarm {

    public boolean isOccluded(int pressureMmHg) {
        return pressureMmHg > 300;
    }
}
