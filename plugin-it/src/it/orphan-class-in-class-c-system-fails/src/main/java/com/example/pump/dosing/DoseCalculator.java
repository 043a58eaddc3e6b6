package com.example.pump.dosing;

import com.example.pump.units.Conversions;
import io.github.iec62304.annotations.Implements;

public final class DoseCalculator {

    @Implements("REQ-DOSE-001")
    public double rateMlPerHour(double volumeMl, double minutes) {
        double hours = Conversions.minutesToHours(minutes);
        if (hours == 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        return volumeMl / hours;
    }
}
