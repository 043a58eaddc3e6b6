package com.example.pump.display;

import io.github.iec62304.annotations.Implements;
import java.util.Locale;

public final class RemainingTime {

    @Implements("REQ-DISP-001")
    public String format(long remainingSeconds) {
        long minutes = (remainingSeconds + 59) / 60;
        return minutes / 60 + ":" + String.format(Locale.ROOT, "%02d", minutes % 60);
    }

    /** The text the clinician confirms before the start: a class C function placed in the class A display item. */
    @Implements("REQ-DOSE-002")
    public String confirmationText(double rateMlPerHour, double volumeMl) {
        return String.format(Locale.ROOT, "%.1f mL/h, %.0f mL - start?", rateMlPerHour, volumeMl);
    }
}
