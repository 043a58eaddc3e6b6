package com.example.pump;

import io.github.iec62304.annotations.Implements;

public final class DoseCalculator {

    @Implements("REQ-DOSE-001")
    public double rateMlPerHour(double volumeMl, double hours) {
        if (hours <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        return volumeMl / hours;
    }
}
