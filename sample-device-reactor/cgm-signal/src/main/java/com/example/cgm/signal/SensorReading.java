package com.example.cgm.signal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One raw measurement of the sensor: the current through its electrode, in nA, at the time the transmitter
 * measured it (every 5 minutes).
 *
 * @param time when the transmitter measured it
 * @param currentNanoAmps the electrode current in nA
 */
public record SensorReading(Instant time, BigDecimal currentNanoAmps) {

    /** Rejects missing fields. */
    public SensorReading {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(currentNanoAmps, "currentNanoAmps");
    }
}
