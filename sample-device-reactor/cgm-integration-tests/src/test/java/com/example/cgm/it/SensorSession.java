package com.example.cgm.it;

import com.example.cgm.alerts.Alert;
import com.example.cgm.alerts.AlertManager;
import com.example.cgm.alerts.AlertSettings;
import com.example.cgm.alerts.AlertType;
import com.example.cgm.signal.AlertThresholds;
import com.example.cgm.signal.Calibration;
import com.example.cgm.signal.GlucoseMonitor;
import com.example.cgm.signal.MonitorUpdate;
import com.example.cgm.signal.SensorReading;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The app's reading cycle as the phone runs it: every 5 minutes a sensor reading goes through cgm-signal's
 * GlucoseMonitor, and the events that hold then go to cgm-alerts' AlertManager. Records when each alert first
 * sounded.
 */
final class SensorSession {

    static final Instant START = Instant.parse("2026-11-02T06:00:00Z");
    static final Duration READING_INTERVAL = Duration.ofMinutes(5);
    /** The factory calibration of the simulated sensor: 0.1 nA per mg/dL above 2.0 nA. */
    static final Calibration CALIBRATION = new Calibration(new BigDecimal("0.100"), new BigDecimal("2.0"));

    final GlucoseMonitor monitor = new GlucoseMonitor(START, CALIBRATION, AlertThresholds.DEFAULT);
    final AlertManager alerts = new AlertManager(AlertSettings.DEFAULT);
    final Map<AlertType, Instant> firstSounded = new EnumMap<>(AlertType.class);
    final List<MonitorUpdate> updates = new ArrayList<>();
    Instant now = START;
    List<Alert> sounding = List.of();

    /** The electrode current of a true glucose level, as the simulated sensor measures it. */
    static BigDecimal currentFor(int mgPerDl) {
        return BigDecimal.valueOf(20 + mgPerDl, 1);
    }

    /** Feeds readings of a steady glucose level until the sensor has warmed up. */
    SensorSession warmUpAt(int mgPerDl) {
        while (now.isBefore(START.plus(GlucoseMonitor.WARM_UP).minus(READING_INTERVAL))) {
            read(mgPerDl);
        }
        return this;
    }

    /** The next reading, 5 minutes after the previous one, of the given true glucose level. */
    MonitorUpdate read(int mgPerDl) {
        return read(currentFor(mgPerDl));
    }

    MonitorUpdate read(BigDecimal current) {
        now = now.plus(READING_INTERVAL);
        MonitorUpdate update = monitor.process(new SensorReading(now, current));
        updates.add(update);
        cycle();
        return update;
    }

    /** Time passes without a reading (the phone checks every minute). */
    void waitMinutes(long minutes) {
        for (long m = 0; m < minutes; m++) {
            now = now.plus(Duration.ofMinutes(1));
            cycle();
        }
    }

    private void cycle() {
        sounding = alerts.update(now, monitor.eventsAt(now));
        for (Alert alert : sounding) {
            firstSounded.putIfAbsent(alert.type(), now);
        }
    }

    Optional<Instant> firstSounded(AlertType type) {
        return Optional.ofNullable(firstSounded.get(type));
    }

    List<AlertType> soundingTypes() {
        return sounding.stream().map(Alert::type).toList();
    }
}
