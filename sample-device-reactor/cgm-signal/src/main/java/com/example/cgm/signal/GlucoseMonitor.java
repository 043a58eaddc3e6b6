package com.example.cgm.signal;

import io.github.iec62304.annotations.Implements;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The reading cycle of one sensor session. Each reading is checked and filtered ({@link SignalFilter}), turned
 * into a glucose value once the sensor has warmed up ({@link Calibration}), given a rate of change
 * ({@link TrendCalculator}) and compared with the thresholds ({@link ThresholdDetector}). Between readings,
 * {@link #eventsAt(Instant)} says what holds now: a value older than 10 minutes is no longer current, and 20
 * minutes without a usable reading is a signal loss.
 */
public final class GlucoseMonitor {

    /** A new sensor gives no glucose value for its first two hours: its signal is not stable yet. */
    public static final Duration WARM_UP = Duration.ofHours(2);
    /** A glucose value is current for 10 minutes (two missed readings at most). */
    public static final Duration CURRENT_FOR = Duration.ofMinutes(10);
    /** No usable reading for this long is a signal loss. */
    public static final Duration SIGNAL_LOSS_AFTER = Duration.ofMinutes(20);

    private final Instant sensorStart;
    private final Calibration calibration;
    private final ThresholdDetector detector;
    private final SignalFilter filter = new SignalFilter();
    private final Deque<GlucoseValue> history = new ArrayDeque<>();
    private Set<GlucoseEvent> latestEvents = EnumSet.noneOf(GlucoseEvent.class);
    private Instant lastAccepted;

    /**
     * @param sensorStart when the sensor was inserted and the session started
     * @param calibration the sensor's factory calibration
     * @param thresholds the user's low and high thresholds
     */
    public GlucoseMonitor(Instant sensorStart, Calibration calibration, AlertThresholds thresholds) {
        this.sensorStart = Objects.requireNonNull(sensorStart, "sensorStart");
        this.calibration = Objects.requireNonNull(calibration, "calibration");
        this.detector = new ThresholdDetector(thresholds);
    }

    /**
     * @param reading the next sensor reading
     * @return what it gave: a glucose value with its trend and events, warm-up, or a sensor fault
     */
    public MonitorUpdate process(SensorReading reading) {
        BigDecimal current;
        try {
            if (reading.time().isBefore(sensorStart)) {
                throw new SensorFaultException("reading at " + reading.time()
                        + " is before the sensor session started at " + sensorStart);
            }
            current = filter.accept(reading);
        } catch (SensorFaultException e) {
            return MonitorUpdate.fault(e.getMessage());
        }
        lastAccepted = reading.time();
        if (isWarmingUp(reading.time())) {
            return MonitorUpdate.warmingUp();
        }
        GlucoseValue value = calibration.toGlucose(reading.time(), current);
        history.addLast(value);
        while (Duration.between(history.getFirst().time(), value.time()).compareTo(TrendCalculator.LONGEST_SPAN) > 0) {
            history.removeFirst();
        }
        Optional<BigDecimal> rate = TrendCalculator.rateOfChange(List.copyOf(history));
        latestEvents = detector.evaluate(value, rate);
        return MonitorUpdate.value(value, Trend.of(rate), latestEvents);
    }

    @Implements("REQ-SIG-005")
    private boolean isWarmingUp(Instant time) {
        return time.isBefore(sensorStart.plus(WARM_UP));
    }

    /**
     * @param now the time to judge
     * @return the latest glucose value if it is at most 10 minutes old at {@code now}
     */
    @Implements("REQ-SIG-010")
    public Optional<GlucoseValue> currentValue(Instant now) {
        GlucoseValue latest = history.peekLast();
        if (latest == null || Duration.between(latest.time(), now).compareTo(CURRENT_FOR) > 0) {
            return Optional.empty();
        }
        return Optional.of(latest);
    }

    /**
     * @param now the time to judge
     * @return the events that hold at {@code now}: those of the latest value while it is current, and
     *         SIGNAL_LOSS when no reading was usable for 20 minutes (counted from the session start before the
     *         first one)
     */
    @Implements("REQ-SIG-010")
    public Set<GlucoseEvent> eventsAt(Instant now) {
        Set<GlucoseEvent> events = EnumSet.noneOf(GlucoseEvent.class);
        if (currentValue(now).isPresent()) {
            events.addAll(latestEvents);
        }
        Instant since = lastAccepted != null ? lastAccepted : sensorStart;
        if (Duration.between(since, now).compareTo(SIGNAL_LOSS_AFTER) >= 0) {
            events.add(GlucoseEvent.SIGNAL_LOSS);
        }
        return events;
    }
}
