package com.example.cgm.signal;

import io.github.iec62304.annotations.Implements;
import java.math.BigDecimal;
import java.util.Optional;

/** How fast the glucose value changes, in the five steps the user sees as arrows. */
@Implements("REQ-SIG-006")
public enum Trend {
    /** rising 2 mg/dL per minute or faster */
    RISING_FAST,
    /** rising 1 to 2 mg/dL per minute */
    RISING,
    /** changing less than 1 mg/dL per minute */
    STEADY,
    /** falling 1 to 2 mg/dL per minute */
    FALLING,
    /** falling 2 mg/dL per minute or faster */
    FALLING_FAST,
    /** no rate of change: not enough values, or a value outside the reporting range */
    UNKNOWN;

    private static final BigDecimal FAST = BigDecimal.valueOf(2);
    private static final BigDecimal SLOW = BigDecimal.ONE;

    /**
     * @param ratePerMinute the rate of change in mg/dL per minute, if known
     * @return its step
     */
    public static Trend of(Optional<BigDecimal> ratePerMinute) {
        if (ratePerMinute.isEmpty()) {
            return UNKNOWN;
        }
        BigDecimal rate = ratePerMinute.get();
        if (rate.compareTo(FAST) >= 0) {
            return RISING_FAST;
        }
        if (rate.compareTo(SLOW) >= 0) {
            return RISING;
        }
        if (rate.compareTo(SLOW.negate()) > 0) {
            return STEADY;
        }
        if (rate.compareTo(FAST.negate()) > 0) {
            return FALLING;
        }
        return FALLING_FAST;
    }
}
