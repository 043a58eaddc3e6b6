package com.example.cgm.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.cgm.signal.GlucoseEvent;
import io.github.iec62304.annotations.Verifies;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AlertManagerTest {

    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    private final AlertManager alerts = new AlertManager(AlertSettings.DEFAULT);

    private static Instant minutes(long m) {
        return T0.plus(Duration.ofMinutes(m));
    }

    private static List<AlertType> types(List<Alert> alerts) {
        return alerts.stream().map(Alert::type).toList();
    }

    @Nested
    @Verifies("REQ-ALERT-001")
    class Lifecycle {

        @Test
        void eachEventRaisesItsAlert() {
            for (GlucoseEvent event : GlucoseEvent.values()) {
                AlertManager manager = new AlertManager(AlertSettings.DEFAULT);
                assertEquals(List.of(AlertType.valueOf(event.name())), types(manager.update(T0, EnumSet.of(event))));
            }
        }

        @Test
        void alertKeepsTheTimeItWasRaised() {
            alerts.update(minutes(0), EnumSet.of(GlucoseEvent.HIGH));
            List<Alert> sounding = alerts.update(minutes(5), EnumSet.of(GlucoseEvent.HIGH));

            assertEquals(List.of(new Alert(AlertType.HIGH, minutes(0))), sounding);
        }

        @Test
        void alertEndsWhenItsEventIsNoLongerReported() {
            alerts.update(minutes(0), EnumSet.of(GlucoseEvent.LOW, GlucoseEvent.URGENT_LOW_SOON));

            assertEquals(List.of(AlertType.LOW), types(alerts.update(minutes(5), EnumSet.of(GlucoseEvent.LOW))));
            assertEquals(List.of(), alerts.update(minutes(10), Set.of()));
            assertEquals(List.of(), alerts.active());
        }

        @Test
        void noEventsNoAlerts() {
            assertEquals(List.of(), alerts.update(T0, Set.of()));
        }

        @Test
        void needsSettings() {
            assertThrows(NullPointerException.class, () -> new AlertManager(null));
            assertThrows(NullPointerException.class, () -> new Alert(null, T0));
            assertThrows(NullPointerException.class, () -> new Alert(AlertType.LOW, null));
        }
    }

    @Nested
    @Verifies("REQ-ALERT-002")
    class Snooze {

        @Test
        void snoozedAlertIsSilentUntilTheSnoozeEnds() {
            alerts.update(minutes(0), EnumSet.of(GlucoseEvent.LOW));
            assertEquals(minutes(30), alerts.snooze(AlertType.LOW, minutes(0)));

            assertEquals(List.of(), alerts.update(minutes(29), EnumSet.of(GlucoseEvent.LOW)));
            assertEquals(List.of(AlertType.LOW), types(alerts.active()), "still active, only silent");
            assertEquals(List.of(AlertType.LOW), types(alerts.update(minutes(30), EnumSet.of(GlucoseEvent.LOW))));
        }

        @Test
        void urgentLowSnoozesForThirtyMinutesWhateverTheSettings() {
            AlertManager manager = new AlertManager(
                    new AlertSettings(Duration.ofMinutes(60), Duration.ofMinutes(240), Duration.ofMinutes(60)));
            manager.update(minutes(0), EnumSet.of(GlucoseEvent.URGENT_LOW, GlucoseEvent.URGENT_LOW_SOON));

            assertEquals(minutes(30), manager.snooze(AlertType.URGENT_LOW, minutes(0)));
            assertEquals(minutes(30), manager.snooze(AlertType.URGENT_LOW_SOON, minutes(0)));
        }

        @Test
        void snoozeEndsWithTheAlert() {
            alerts.update(minutes(0), EnumSet.of(GlucoseEvent.HIGH));
            alerts.snooze(AlertType.HIGH, minutes(0));
            alerts.update(minutes(5), Set.of());

            assertEquals(List.of(AlertType.HIGH), types(alerts.update(minutes(10), EnumSet.of(GlucoseEvent.HIGH))),
                    "a new HIGH after the old one ended sounds at once");
        }

        @Test
        void onlyAnActiveAlertCanBeSnoozed() {
            assertThrows(IllegalStateException.class, () -> alerts.snooze(AlertType.LOW, T0));
        }
    }

    @Nested
    @Verifies("REQ-ALERT-003")
    class Priority {

        @Test
        void mostUrgentFirst() {
            List<Alert> sounding = alerts.update(T0, EnumSet.of(
                    GlucoseEvent.SIGNAL_LOSS, GlucoseEvent.LOW, GlucoseEvent.URGENT_LOW_SOON, GlucoseEvent.HIGH));

            assertEquals(List.of(AlertType.URGENT_LOW_SOON, AlertType.LOW, AlertType.HIGH, AlertType.SIGNAL_LOSS),
                    types(sounding));
        }

        @Test
        void snoozedLowDoesNotSilenceUrgentLow() {
            alerts.update(minutes(0), EnumSet.of(GlucoseEvent.LOW));
            alerts.snooze(AlertType.LOW, minutes(0));

            List<Alert> sounding = alerts.update(minutes(5), EnumSet.of(GlucoseEvent.LOW, GlucoseEvent.URGENT_LOW_SOON));
            assertEquals(List.of(AlertType.URGENT_LOW_SOON), types(sounding));

            sounding = alerts.update(minutes(10), EnumSet.of(GlucoseEvent.URGENT_LOW));
            assertEquals(List.of(new Alert(AlertType.URGENT_LOW, minutes(10))), sounding);
        }
    }
}
