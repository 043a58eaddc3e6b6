package com.example.pump.display;

import io.github.iec62304.annotations.Implements;
import java.util.Locale;

public final class RemainingTime {

    private RemainingTime() {
    }

    @Implements("REQ-DISP-001")
    public static String format(long remainingSeconds) {
        if (remainingSeconds < 0) {
            throw new IllegalArgumentException("remaining time is never negative");
        }
        long minutes = (remainingSeconds + 59) / 60;
        return minutes / 60 + ":" + String.format(Locale.ROOT, "%02d", minutes % 60);
    }
}
