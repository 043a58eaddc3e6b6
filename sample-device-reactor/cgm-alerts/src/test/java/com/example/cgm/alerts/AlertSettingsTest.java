package com.example.cgm.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Verifies("REQ-ALERT-002")
class AlertSettingsTest {

    private static Duration min(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    @Test
    void snoozeOfEachAlert() {
        AlertSettings settings = new AlertSettings(min(15), min(45), min(25));

        assertEquals(min(30), settings.snoozeFor(AlertType.URGENT_LOW));
        assertEquals(min(30), settings.snoozeFor(AlertType.URGENT_LOW_SOON));
        assertEquals(min(15), settings.snoozeFor(AlertType.LOW));
        assertEquals(min(45), settings.snoozeFor(AlertType.HIGH));
        assertEquals(min(25), settings.snoozeFor(AlertType.SIGNAL_LOSS));
    }

    @Test
    void defaults() {
        assertEquals(min(30), AlertSettings.DEFAULT.lowSnooze());
        assertEquals(min(120), AlertSettings.DEFAULT.highSnooze());
        assertEquals(min(30), AlertSettings.DEFAULT.signalLossSnooze());
    }

    @ParameterizedTest
    @CsvSource({"15, 30, 20", "60, 240, 60"})
    void acceptsTheLimits(long low, long high, long signalLoss) {
        assertEquals(min(low), new AlertSettings(min(low), min(high), min(signalLoss)).lowSnooze());
    }

    @ParameterizedTest
    @CsvSource({"14, 120, 30", "61, 120, 30", "30, 29, 30", "30, 241, 30", "30, 120, 19", "30, 120, 61"})
    void refusesSnoozeTimesOutsideTheirRanges(long low, long high, long signalLoss) {
        assertThrows(IllegalArgumentException.class, () -> new AlertSettings(min(low), min(high), min(signalLoss)));
    }

    @Test
    void message() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AlertSettings(min(90), min(120), min(30)));
        assertEquals("the low snooze must be 15 to 60 minutes, was 90 minutes", e.getMessage());
    }

    @Test
    void refusesMissingTimes() {
        assertThrows(NullPointerException.class, () -> new AlertSettings(null, min(120), min(30)));
    }
}
