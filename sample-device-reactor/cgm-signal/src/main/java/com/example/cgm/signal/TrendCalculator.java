package com.example.cgm.signal;

import io.github.iec62304.annotations.Implements;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The rate of change of the glucose value, from the latest value and one 10 to 15 minutes older. */
public final class TrendCalculator {

    /** The shortest time between the two values the rate is taken from. */
    public static final Duration SHORTEST_SPAN = Duration.ofMinutes(10);
    /** The longest time between them: older values say little about where glucose goes now. */
    public static final Duration LONGEST_SPAN = Duration.ofMinutes(15);

    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

    private TrendCalculator() {
    }

    /**
     * @param history glucose values, oldest first
     * @return the rate of change in mg/dL per minute, rounded half up to two decimals, between the latest value
     *         and the oldest one that is 10 to 15 minutes older; empty if there is none, or if either value is
     *         outside the reporting range (the number is not known there)
     */
    @Implements("REQ-SIG-006")
    public static Optional<BigDecimal> rateOfChange(List<GlucoseValue> history) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        GlucoseValue latest = history.get(history.size() - 1);
        for (GlucoseValue earlier : history) {
            Duration span = Duration.between(earlier.time(), latest.time());
            if (span.compareTo(LONGEST_SPAN) <= 0 && span.compareTo(SHORTEST_SPAN) >= 0) {
                if (earlier.range() != GlucoseValue.Range.IN_RANGE || latest.range() != GlucoseValue.Range.IN_RANGE) {
                    return Optional.empty();
                }
                BigDecimal change = BigDecimal.valueOf((long) latest.mgPerDl() - earlier.mgPerDl());
                return Optional.of(change.multiply(SECONDS_PER_MINUTE)
                        .divide(BigDecimal.valueOf(span.toSeconds()), 2, RoundingMode.HALF_UP));
            }
        }
        return Optional.empty();
    }
}
