package com.example.cgm.signal;

import io.github.iec62304.annotations.Implements;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Compares each glucose value, and where it is heading, with the thresholds. */
public final class ThresholdDetector {

    /** Urgent low: level 2 hypoglycaemia, below 3.0 mmol/L. Fixed; the user cannot change it. */
    public static final int URGENT_LOW_MG_PER_DL = 54;
    /** How far ahead a falling value is extrapolated for URGENT_LOW_SOON. */
    static final BigDecimal PREDICTION_MINUTES = BigDecimal.valueOf(20);

    private static final BigDecimal URGENT_LOW = BigDecimal.valueOf(URGENT_LOW_MG_PER_DL);

    private final AlertThresholds thresholds;

    /** @param thresholds the user's low and high thresholds */
    public ThresholdDetector(AlertThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /**
     * @param value the latest glucose value
     * @param ratePerMinute its rate of change in mg/dL per minute, if known
     * @return the events of this value: URGENT_LOW (instead of LOW), LOW, URGENT_LOW_SOON, HIGH
     */
    @Implements("REQ-SIG-007")
    public Set<GlucoseEvent> evaluate(GlucoseValue value, Optional<BigDecimal> ratePerMinute) {
        Set<GlucoseEvent> events = EnumSet.noneOf(GlucoseEvent.class);
        int mgPerDl = value.mgPerDl();
        if (mgPerDl <= URGENT_LOW_MG_PER_DL) {
            events.add(GlucoseEvent.URGENT_LOW);
        } else {
            if (mgPerDl <= thresholds.lowMgPerDl()) {
                events.add(GlucoseEvent.LOW);
            }
            if (fallsToUrgentLowSoon(mgPerDl, ratePerMinute)) {
                events.add(GlucoseEvent.URGENT_LOW_SOON);
            }
        }
        if (mgPerDl >= thresholds.highMgPerDl()) {
            events.add(GlucoseEvent.HIGH);
        }
        return events;
    }

    /** Linear extrapolation: value + rate x 20 min at or below the urgent low threshold. */
    @Implements("REQ-SIG-008")
    private static boolean fallsToUrgentLowSoon(int mgPerDl, Optional<BigDecimal> ratePerMinute) {
        if (ratePerMinute.isEmpty() || ratePerMinute.get().signum() >= 0) {
            return false;
        }
        BigDecimal predicted = BigDecimal.valueOf(mgPerDl).add(ratePerMinute.get().multiply(PREDICTION_MINUTES));
        return predicted.compareTo(URGENT_LOW) <= 0;
    }
}
