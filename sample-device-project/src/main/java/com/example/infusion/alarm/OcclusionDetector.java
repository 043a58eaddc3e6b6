package com.example.infusion.alarm;

import io.github.iec62304.annotations.Implements;
import java.util.Objects;

/**
 * Watches the downstream pressure and raises an occlusion alarm when it stays above the threshold
 * for a number of consecutive samples. Implausible samples raise a sensor fault instead.
 */
@Implements("REQ-ALARM-001")
public final class OcclusionDetector {

    /** Consecutive samples above the threshold needed by default. */
    public static final int DEFAULT_CONSECUTIVE_SAMPLES = 3;

    private final AlarmManager alarms;
    private final double thresholdMmHg;
    private final int requiredConsecutive;

    private int consecutiveAbove;
    private long lastTimestampMillis = Long.MIN_VALUE;

    /**
     * @param alarms where alarms are raised
     * @param thresholdMmHg occlusion pressure threshold
     * @param requiredConsecutive samples above the threshold needed, at least 1
     */
    public OcclusionDetector(AlarmManager alarms, double thresholdMmHg, int requiredConsecutive) {
        this.alarms = Objects.requireNonNull(alarms, "alarms");
        if (!(thresholdMmHg > PressureSample.SENSOR_MIN_MMHG && thresholdMmHg < PressureSample.SENSOR_MAX_MMHG)) {
            throw new IllegalArgumentException("threshold must lie inside the sensor range, was " + thresholdMmHg);
        }
        if (requiredConsecutive < 1) {
            throw new IllegalArgumentException("at least one sample is needed, was " + requiredConsecutive);
        }
        this.thresholdMmHg = thresholdMmHg;
        this.requiredConsecutive = requiredConsecutive;
    }

    /**
     * @param alarms where alarms are raised
     * @param thresholdMmHg occlusion pressure threshold
     */
    public OcclusionDetector(AlarmManager alarms, double thresholdMmHg) {
        this(alarms, thresholdMmHg, DEFAULT_CONSECUTIVE_SAMPLES);
    }

    /**
     * Feeds one sample. An implausible sample raises the sensor fault and is left out of the count: it neither
     * counts as above the threshold nor resets the count, so a single faulty reading during an occlusion does
     * not delay the occlusion alarm by another N samples.
     *
     * @param sample the reading
     * @return true if the line is considered occluded after this sample
     */
    @Implements({"REQ-ALARM-001", "REQ-ALARM-002"})
    public boolean accept(PressureSample sample) {
        if (isImplausible(sample)) {
            alarms.raise(AlarmCondition.PRESSURE_SENSOR_FAULT, sample.timestampMillis());
            return false;
        }
        lastTimestampMillis = sample.timestampMillis();
        alarms.conditionCleared(AlarmCondition.PRESSURE_SENSOR_FAULT);

        if (sample.mmHg() > thresholdMmHg) {
            consecutiveAbove = Math.min(consecutiveAbove + 1, requiredConsecutive);
        } else {
            consecutiveAbove = 0;
            alarms.conditionCleared(AlarmCondition.OCCLUSION);
        }
        boolean occluded = consecutiveAbove >= requiredConsecutive;
        if (occluded) {
            alarms.raise(AlarmCondition.OCCLUSION, sample.timestampMillis());
        }
        return occluded;
    }

    /** @return consecutive samples above the threshold so far (capped at the required count) */
    public int consecutiveAbove() {
        return consecutiveAbove;
    }

    @Implements("REQ-ALARM-003")
    private boolean isImplausible(PressureSample sample) {
        return !sample.isWithinSensorRange() || sample.timestampMillis() <= lastTimestampMillis;
    }
}
