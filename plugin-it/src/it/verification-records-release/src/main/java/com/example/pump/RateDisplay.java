package com.example.pump;

import io.github.iec62304.annotations.Implements;

/** The rate on the screen: its legibility is verified by inspection (no automated test can judge it). */
@Implements("REQ-DISP-001")
public final class RateDisplay {

    public String text(double mlPerHour) {
        return String.format(java.util.Locale.ROOT, "%.1f mL/h", mlPerHour);
    }
}
