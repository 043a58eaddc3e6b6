package com.example.pump.alarm;

import io.github.iec62304.annotations.Implements;

public final class OcclusionAlarm {

    static final int OCCLUSION_MMHG = 300;

    private final PressureSensor sensor;

    public OcclusionAlarm(PressureSensor sensor) {
        this.sensor = sensor;
    }

    @Implements("REQ-ALARM-001")
    public boolean isOccluded() {
        return sensor.pressureMmHg() > OCCLUSION_MMHG;
    }
}
