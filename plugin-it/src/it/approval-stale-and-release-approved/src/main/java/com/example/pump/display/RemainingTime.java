package com.example.pump.display;

import io.github.iec62304.annotations.Implements;
import java.util.Locale;

public final class RemainingTime {

    @Implements("REQ-DISP-001")
    public String format(long remainingSeconds) {
        long minutes = (remainingSeconds + 59) / 60;
        return minutes / 60 + ":" + String.format(Locale.ROOT, "%02d", minutes % 60);
    }

}
