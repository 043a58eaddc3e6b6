package com.example.pump;

import io.github.iec62304.annotations.Implements;
import java.math.BigDecimal;
import java.math.RoundingMode;

public final class DoseCalculator {

    @Implements("REQ-DOSE-001")
    public double rateMlPerHour(double volumeMl, double hours) {
        if (hours <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        return volumeMl / hours;
    }

    /** The rate at the pump's 0.1 mL/h resolution. */
    public BigDecimal toPumpResolution(double rateMlPerHour) {
        return BigDecimal.valueOf(rateMlPerHour).setScale(1, RoundingMode.HALF_EVEN);
    }
}
