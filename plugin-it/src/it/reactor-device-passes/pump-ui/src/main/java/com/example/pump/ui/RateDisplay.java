package com.example.pump.ui;

import com.example.pump.core.DoseCalculator;
import io.github.iec62304.annotations.Implements;

/** Display text of the rate. */
public final class RateDisplay {

    @Implements("REQ-UI-001")
    public String text(double volumeMl, double hours) {
        return String.format(java.util.Locale.ROOT, "%.1f mL/h", new DoseCalculator().rateMlPerHour(volumeMl, hours));
    }
}
