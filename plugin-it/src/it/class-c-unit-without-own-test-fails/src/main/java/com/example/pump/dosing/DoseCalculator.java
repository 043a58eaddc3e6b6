package com.example.pump.dosing;

import io.github.iec62304.annotations.Implements;

public final class DoseCalculator {

    private final RateLimits limits;

    public DoseCalculator(RateLimits limits) {
        this.limits = limits;
    }

    @Implements("REQ-DOSE-001")
    public double rateMlPerHour(double volumeMl, double hours) {
        if (hours <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        double rate = volumeMl / hours;
        if (!limits.allows(rate)) {
            throw new IllegalArgumentException("rate " + rate + " mL/h is outside the pump's limits");
        }
        return rate;
    }
}
