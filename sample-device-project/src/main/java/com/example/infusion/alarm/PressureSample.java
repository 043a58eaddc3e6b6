package com.example.infusion.alarm;

/**
 * One reading of the downstream pressure sensor.
 *
 * @param timestampMillis pump clock at the reading
 * @param mmHg pressure; the sensor reports NaN on an internal fault
 */
public record PressureSample(long timestampMillis, double mmHg) {

    /** Lowest value the sensor can physically report. */
    public static final double SENSOR_MIN_MMHG = 0.0;

    /** Highest value the sensor can physically report. */
    public static final double SENSOR_MAX_MMHG = 1000.0;

    /** @return true if the value lies in the sensor's measuring range */
    public boolean isWithinSensorRange() {
        return !Double.isNaN(mmHg) && mmHg >= SENSOR_MIN_MMHG && mmHg <= SENSOR_MAX_MMHG;
    }
}
