package com.example.cgm.signal;

import io.github.iec62304.annotations.Implements;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * The factory calibration of one sensor: how many nA its electrode adds per mg/dL of glucose (sensitivity), and
 * the current it carries with no glucose at all (background).
 *
 * <p>glucose [mg/dL] = (current - background) / sensitivity, rounded to a whole mg/dL.
 *
 * @param sensitivity nA per mg/dL, 0.020 to 0.200
 * @param background nA, 0.0 to 10.0
 */
@Implements("REQ-SIG-001")
public record Calibration(BigDecimal sensitivity, BigDecimal background) {

    /** The lowest sensitivity a sensor of this type leaves the factory with, in nA per mg/dL. */
    public static final BigDecimal MIN_SENSITIVITY = new BigDecimal("0.020");
    /** The highest sensitivity, in nA per mg/dL. */
    public static final BigDecimal MAX_SENSITIVITY = new BigDecimal("0.200");
    /** The highest background current, in nA. */
    public static final BigDecimal MAX_BACKGROUND = new BigDecimal("10.0");

    /** Refuses a calibration no sensor of this type can have (a corrupted or mistyped sensor code). */
    public Calibration {
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(background, "background");
        if (sensitivity.compareTo(MIN_SENSITIVITY) < 0 || sensitivity.compareTo(MAX_SENSITIVITY) > 0) {
            throw new IllegalArgumentException(
                    "sensitivity must be 0.020 to 0.200 nA per mg/dL, was " + sensitivity.toPlainString());
        }
        if (background.signum() < 0 || background.compareTo(MAX_BACKGROUND) > 0) {
            throw new IllegalArgumentException("background must be 0 to 10 nA, was " + background.toPlainString());
        }
    }

    /**
     * @param time when the current was measured
     * @param currentNanoAmps the (filtered) electrode current in nA
     * @return the glucose value, rounded half up to a whole mg/dL; it may lie outside the reporting range
     */
    public GlucoseValue toGlucose(Instant time, BigDecimal currentNanoAmps) {
        BigDecimal mgPerDl = currentNanoAmps.subtract(background).divide(sensitivity, 0, RoundingMode.HALF_UP);
        return new GlucoseValue(time, mgPerDl.intValueExact());
    }
}
