package com.example.pump.dosing;

import io.github.iec62304.annotations.Implements;

@Implements("REQ-DOSE-002")
public final class RateLimits {

    private final double maxMlPerHour;

    public RateLimits(double maxMlPerHour) {
        this.maxMlPerHour = maxMlPerHour;
    }

    public boolean allows(double rateMlPerHour) {
        return rateMlPerHour >= 0 && rateMlPerHour <= maxMlPerHour;
    }
}
