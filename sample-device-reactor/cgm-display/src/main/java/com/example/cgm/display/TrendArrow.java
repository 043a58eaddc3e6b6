package com.example.cgm.display;

import com.example.cgm.signal.Trend;
import io.github.iec62304.annotations.Implements;

/** The arrow next to the glucose value. */
public final class TrendArrow {

    private TrendArrow() {
    }

    /**
     * @param trend the trend of the current value
     * @return its arrow; no arrow when the trend is unknown
     */
    @Implements("REQ-DISP-002")
    public static String of(Trend trend) {
        return switch (trend) {
            case RISING_FAST -> "\u2191";  // up
            case RISING -> "\u2197";       // up-right
            case STEADY -> "\u2192";       // right
            case FALLING -> "\u2198";      // down-right
            case FALLING_FAST -> "\u2193"; // down
            case UNKNOWN -> "";
        };
    }
}
