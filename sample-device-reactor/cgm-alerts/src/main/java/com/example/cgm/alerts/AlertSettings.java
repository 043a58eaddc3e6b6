package com.example.cgm.alerts;

import io.github.iec62304.annotations.Implements;
import java.time.Duration;
import java.util.Objects;

/**
 * How long the user's snooze silences each alert. The urgent alerts always snooze for 30 minutes: the user
 * can neither lengthen that nor turn them off.
 *
 * @param lowSnooze LOW, 15 to 60 minutes
 * @param highSnooze HIGH, 30 to 240 minutes
 * @param signalLossSnooze SIGNAL_LOSS, 20 to 60 minutes
 */
@Implements("REQ-ALERT-002")
public record AlertSettings(Duration lowSnooze, Duration highSnooze, Duration signalLossSnooze) {

    /** The snooze of URGENT_LOW and URGENT_LOW_SOON. */
    public static final Duration URGENT_SNOOZE = Duration.ofMinutes(30);

    /** The settings of a new app. */
    public static final AlertSettings DEFAULT =
            new AlertSettings(Duration.ofMinutes(30), Duration.ofMinutes(120), Duration.ofMinutes(30));

    /** Refuses snooze times outside what the user can choose. */
    public AlertSettings {
        check("low", lowSnooze, 15, 60);
        check("high", highSnooze, 30, 240);
        check("signal loss", signalLossSnooze, 20, 60);
    }

    private static void check(String alert, Duration snooze, long minMinutes, long maxMinutes) {
        Objects.requireNonNull(snooze, alert);
        if (snooze.compareTo(Duration.ofMinutes(minMinutes)) < 0 || snooze.compareTo(Duration.ofMinutes(maxMinutes)) > 0) {
            throw new IllegalArgumentException("the " + alert + " snooze must be " + minMinutes + " to " + maxMinutes
                    + " minutes, was " + snooze.toMinutes() + " minutes");
        }
    }

    /**
     * @param type an alert
     * @return how long a snooze silences it
     */
    public Duration snoozeFor(AlertType type) {
        return switch (type) {
            case URGENT_LOW, URGENT_LOW_SOON -> URGENT_SNOOZE;
            case LOW -> lowSnooze;
            case HIGH -> highSnooze;
            case SIGNAL_LOSS -> signalLossSnooze;
        };
    }
}
