package com.example.cgm;

import io.github.iec62304.annotations.Implements;

/** Low and high glucose limits. */
public final class GlucoseLimits {

    @Implements("REQ-LOW-001")
    public boolean low(int mgPerDl) {
        return mgPerDl < 70;
    }

    @Implements("REQ-HIGH-001")
    public boolean high(int mgPerDl) {
        return mgPerDl > 250;
    }
}
