package com.example.pump.alarm;

import io.github.iec62304.annotations.Implements;
import java.util.Optional;

public final class OcclusionAlarm {

    static final int OCCLUSION_MMHG = 300;
    static final int WARNING_MMHG = 240;

    private final PressureSensor sensor;

    public OcclusionAlarm(PressureSensor sensor) {
        this.sensor = sensor;
    }

    /** @return the alarm the current pressure calls for, if any */
    @Implements({"REQ-ALARM-001", "REQ-ALARM-002"})
    public Optional<AlarmPriority> check() {
        int pressure = sensor.pressureMmHg();
        if (pressure > OCCLUSION_MMHG) {
            return Optional.of(AlarmPriority.HIGH);
        }
        if (pressure > WARNING_MMHG) {
            return Optional.of(AlarmPriority.MEDIUM);
        }
        return Optional.empty();
    }
}
