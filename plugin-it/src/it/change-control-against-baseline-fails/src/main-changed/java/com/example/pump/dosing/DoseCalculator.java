package com.example.pump.dosing;

import io.github.iec62304.annotations.Implements;

/** The same behaviour for every test; the check is written so that NaN is refused too: a change of the code. */
public final class DoseCalculator {

    @Implements("REQ-DOSE-001")
    public double rateMlPerHour(double volumeMl, double hours) {
        if (!(hours > 0)) {
            throw new IllegalArgumentException("duration must be positive");
        }
        return volumeMl / hours;
    }
}
