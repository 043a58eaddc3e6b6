package com.example.cgm.signal;

import io.github.iec62304.annotations.Implements;

/**
 * The user's low and high glucose thresholds. The urgent low threshold is not the user's to choose: it is
 * {@link ThresholdDetector#URGENT_LOW_MG_PER_DL}.
 *
 * @param lowMgPerDl low threshold, 60 to 100 mg/dL
 * @param highMgPerDl high threshold, 120 to 400 mg/dL
 */
@Implements("REQ-SIG-007")
public record AlertThresholds(int lowMgPerDl, int highMgPerDl) {

    /** The lowest low threshold the user can set. */
    public static final int LOW_MIN = 60;
    /** The highest low threshold the user can set. */
    public static final int LOW_MAX = 100;
    /** The lowest high threshold the user can set. */
    public static final int HIGH_MIN = 120;
    /** The highest high threshold the user can set. */
    public static final int HIGH_MAX = 400;

    /** The thresholds of a new app: 70 and 250 mg/dL. */
    public static final AlertThresholds DEFAULT = new AlertThresholds(70, 250);

    /** Refuses thresholds outside the ranges the user can set. */
    public AlertThresholds {
        if (lowMgPerDl < LOW_MIN || lowMgPerDl > LOW_MAX) {
            throw new IllegalArgumentException("low threshold must be 60 to 100 mg/dL, was " + lowMgPerDl);
        }
        if (highMgPerDl < HIGH_MIN || highMgPerDl > HIGH_MAX) {
            throw new IllegalArgumentException("high threshold must be 120 to 400 mg/dL, was " + highMgPerDl);
        }
    }
}
