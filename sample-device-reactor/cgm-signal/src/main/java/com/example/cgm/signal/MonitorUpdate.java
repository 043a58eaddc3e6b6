package com.example.cgm.signal;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one sensor reading gave.
 *
 * @param status what became of the reading
 * @param value the glucose value, when status is VALUE
 * @param trend the trend of the value (UNKNOWN without a value)
 * @param events the events of the value (none without a value)
 * @param detail why the reading was refused, when status is SENSOR_FAULT; else empty
 */
public record MonitorUpdate(Status status, Optional<GlucoseValue> value, Trend trend, Set<GlucoseEvent> events,
        String detail) {

    /** What became of a reading. */
    public enum Status {
        /** accepted, but the sensor is still warming up: no glucose value yet */
        WARMING_UP,
        /** a glucose value */
        VALUE,
        /** refused as implausible: no glucose value */
        SENSOR_FAULT
    }

    /** Copies the events. */
    public MonitorUpdate {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(trend, "trend");
        events = Set.copyOf(events);
        Objects.requireNonNull(detail, "detail");
    }

    static MonitorUpdate warmingUp() {
        return new MonitorUpdate(Status.WARMING_UP, Optional.empty(), Trend.UNKNOWN, Set.of(), "");
    }

    static MonitorUpdate fault(String detail) {
        return new MonitorUpdate(Status.SENSOR_FAULT, Optional.empty(), Trend.UNKNOWN, Set.of(), detail);
    }

    static MonitorUpdate value(GlucoseValue value, Trend trend, Set<GlucoseEvent> events) {
        return new MonitorUpdate(Status.VALUE, Optional.of(value), trend, events, "");
    }
}
