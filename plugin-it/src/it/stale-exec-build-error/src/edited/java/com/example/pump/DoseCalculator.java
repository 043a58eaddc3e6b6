package com.example.pump;

import io.github.iec62304.annotations.Implements;

public final class DoseCalculator {

    static final double MAX_RATE_ML_PER_HOUR = 999.0;

    @Implements("REQ-DOSE-001")
    public double rateMlPerHour(double volumeMl, double hours) {
        if (hours <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        double rate = volumeMl / hours;
        if (rate > MAX_RATE_ML_PER_HOUR) {
            throw new IllegalArgumentException("rate above the pump's maximum");
        }
        return rate;
    }
}
