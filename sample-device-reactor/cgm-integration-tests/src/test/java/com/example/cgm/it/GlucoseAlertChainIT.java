package com.example.cgm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.cgm.alerts.AlertType;
import com.example.cgm.signal.MonitorUpdate;
import io.github.iec62304.annotations.Verifies;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end, from sensor currents to the alerts the user hears: cgm-signal (filter, calibration, trend,
 * thresholds) and cgm-alerts (alerts, snooze, priority) together, on simulated sensor sessions.
 */
class GlucoseAlertChainIT {

    /**
     * A fall of 2 mg/dL per minute from 120 mg/dL. With the median filter's lag of one reading and the
     * 15 minute trend window, the 20 minute prediction warns 20 minutes before the value reaches 54 mg/dL; the
     * user needs at least 15 minutes to eat fast-acting carbohydrates and feel them work.
     */
    @Test
    @Verifies("REQ-SIG-008")
    void urgentLowSoonSoundsAtLeastFifteenMinutesBeforeUrgentLow() {
        SensorSession session = new SensorSession().warmUpAt(120);
        for (int i = 0; i < 6; i++) {
            session.read(120);
        }
        assertEquals(List.of(), session.soundingTypes(), "steady at 120 mg/dL: no alert");

        for (int glucose = 110; glucose >= 40; glucose -= 10) {
            session.read(glucose);
        }

        Instant soon = session.firstSounded(AlertType.URGENT_LOW_SOON).orElseThrow();
        Instant urgent = session.firstSounded(AlertType.URGENT_LOW).orElseThrow();
        Duration warning = Duration.between(soon, urgent);
        assertTrue(warning.compareTo(Duration.ofMinutes(15)) >= 0,
                "URGENT_LOW_SOON came only " + warning.toMinutes() + " min before URGENT_LOW");
        assertEquals(AlertType.URGENT_LOW, session.soundingTypes().get(0));
    }

    /** A slow fall into the low range, a snooze, a plateau, then a fast drop. */
    @Test
    @Verifies({"REQ-ALERT-002", "REQ-ALERT-003", "REQ-SIG-007"})
    void snoozedLowSoundsAgainAndNeverSilencesUrgentLow() {
        SensorSession session = new SensorSession().warmUpAt(90);
        for (int glucose = 88; glucose >= 64; glucose -= 2) {
            session.read(glucose);
        }
        assertEquals(List.of(AlertType.LOW), session.soundingTypes(), "a slow fall: LOW, no URGENT_LOW_SOON");

        Instant until = session.alerts.snooze(AlertType.LOW, session.now);
        while (session.now.plus(SensorSession.READING_INTERVAL).isBefore(until)) {
            session.read(64);
            assertEquals(List.of(), session.soundingTypes(), "snoozed at " + session.now);
        }
        session.read(64);
        assertEquals(List.of(AlertType.LOW), session.soundingTypes(), "the snooze is over and the value still low");

        session.alerts.snooze(AlertType.LOW, session.now);
        session.read(48);
        session.read(48);
        assertEquals(AlertType.URGENT_LOW, session.soundingTypes().get(0), "a LOW snooze never silences URGENT_LOW");
    }

    /** The phone loses the transmitter: no value after 10 minutes, a signal loss alert after 20. */
    @Test
    @Verifies("REQ-SIG-010")
    void signalLossAlertAfterTwentyMinutesWithoutReadings() {
        SensorSession session = new SensorSession().warmUpAt(60);
        for (int i = 0; i < 4; i++) {
            session.read(60);
        }
        assertEquals(List.of(AlertType.LOW), session.soundingTypes());

        session.waitMinutes(11);
        assertEquals(List.of(), session.soundingTypes(), "an 11 minute old value no longer alerts");

        session.waitMinutes(9);
        assertEquals(List.of(AlertType.SIGNAL_LOSS), session.soundingTypes());
    }

    /** A new sensor reads implausibly low at first; the warm-up keeps that from alerting. */
    @Test
    @Verifies("REQ-SIG-005")
    void noAlertDuringWarmUp() {
        SensorSession session = new SensorSession().warmUpAt(30);

        assertTrue(session.updates.stream().allMatch(u -> u.status() == MonitorUpdate.Status.WARMING_UP));
        assertTrue(session.firstSounded.isEmpty(), "alerts during warm-up: " + session.firstSounded);
    }

    /** A short circuit in the sensor: no value and no alert from it, and the median keeps the value steady. */
    @Test
    @Verifies({"REQ-SIG-003", "REQ-SIG-004"})
    void implausibleCurrentAndSpikeGiveNoAlert() {
        SensorSession session = new SensorSession().warmUpAt(120);
        session.read(120);
        session.read(120);

        MonitorUpdate fault = session.read(new BigDecimal("250.0"));
        assertEquals(MonitorUpdate.Status.SENSOR_FAULT, fault.status());
        MonitorUpdate spike = session.read(40);
        assertEquals(120, spike.value().orElseThrow().mgPerDl(), "one compression low is filtered out");
        assertTrue(session.firstSounded.isEmpty(), "alerts: " + session.firstSounded);
    }
}
