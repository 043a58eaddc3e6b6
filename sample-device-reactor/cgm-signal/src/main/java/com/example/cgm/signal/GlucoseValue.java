package com.example.cgm.signal;

import io.github.iec62304.annotations.Implements;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A calibrated glucose value. The sensor is accurate from 40 to 400 mg/dL: a value outside that range is
 * reported as below or above the range, never as a number.
 *
 * @param time when the sensor current it comes from was measured
 * @param mgPerDl the calibrated value in mg/dL, possibly outside the reporting range
 */
@Implements("REQ-SIG-002")
public record GlucoseValue(Instant time, int mgPerDl) {

    /** The lowest value reported as a number, in mg/dL. */
    public static final int LOWEST_REPORTED = 40;
    /** The highest value reported as a number, in mg/dL. */
    public static final int HIGHEST_REPORTED = 400;

    /** Where a value lies relative to the reporting range. */
    public enum Range {
        /** below 40 mg/dL: shown as LOW */
        BELOW,
        /** 40 to 400 mg/dL: shown as a number */
        IN_RANGE,
        /** above 400 mg/dL: shown as HIGH */
        ABOVE
    }

    /** Rejects a missing time. */
    public GlucoseValue {
        Objects.requireNonNull(time, "time");
    }

    /** @return where the value lies relative to 40 to 400 mg/dL */
    public Range range() {
        if (mgPerDl < LOWEST_REPORTED) {
            return Range.BELOW;
        }
        if (mgPerDl > HIGHEST_REPORTED) {
            return Range.ABOVE;
        }
        return Range.IN_RANGE;
    }

    /**
     * @param unit the unit the user chose
     * @return the number to show in that unit, or empty when the value is outside the reporting range
     */
    public Optional<BigDecimal> reported(GlucoseUnit unit) {
        return range() == Range.IN_RANGE ? Optional.of(unit.fromMgPerDl(mgPerDl)) : Optional.empty();
    }
}
