package com.example.cgm.alerts;

import com.example.cgm.signal.GlucoseEvent;
import io.github.iec62304.annotations.Implements;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the alerts of the current glucose events and decides which of them sound. An alert starts when its
 * event is first reported and ends when an update no longer reports it. The user can snooze a sounding alert:
 * it stays active but is silent until the snooze ends, and sounds again then if its event still holds. A snooze
 * silences one alert type only, so a snoozed LOW never silences URGENT_LOW.
 */
public final class AlertManager {

    private final AlertSettings settings;
    private final Map<AlertType, Alert> active = new EnumMap<>(AlertType.class);
    private final Map<AlertType, Instant> snoozedUntil = new EnumMap<>(AlertType.class);

    /** @param settings the user's snooze times */
    public AlertManager(AlertSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param now the time of the update
     * @param events the glucose events that hold now (GlucoseMonitor.eventsAt)
     * @return the alerts that sound now, the most urgent first
     */
    @Implements("REQ-ALERT-001")
    public List<Alert> update(Instant now, Set<GlucoseEvent> events) {
        Set<AlertType> reported = EnumSet.noneOf(AlertType.class);
        for (GlucoseEvent event : events) {
            reported.add(AlertType.of(event));
        }
        active.keySet().retainAll(reported);
        snoozedUntil.keySet().retainAll(reported);
        for (AlertType type : reported) {
            active.putIfAbsent(type, new Alert(type, now));
        }
        return sounding(now);
    }

    /**
     * @param now the time to judge
     * @return the active alerts that are not snoozed at {@code now}, in priority order
     */
    @Implements("REQ-ALERT-003")
    public List<Alert> sounding(Instant now) {
        List<Alert> sounding = new ArrayList<>();
        for (Alert alert : active.values()) {
            Instant until = snoozedUntil.get(alert.type());
            if (until == null || !now.isBefore(until)) {
                sounding.add(alert);
            }
        }
        return sounding;
    }

    /**
     * @param type the alert the user snoozed
     * @param now when
     * @return when the snooze ends
     * @throws IllegalStateException if that alert is not active
     */
    @Implements("REQ-ALERT-002")
    public Instant snooze(AlertType type, Instant now) {
        if (!active.containsKey(type)) {
            throw new IllegalStateException(type + " is not active; only an active alert can be snoozed");
        }
        Instant until = now.plus(settings.snoozeFor(type));
        snoozedUntil.put(type, until);
        return until;
    }

    /** @return every active alert, sounding or snoozed, in priority order */
    public List<Alert> active() {
        return List.copyOf(active.values());
    }
}
