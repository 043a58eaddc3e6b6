package com.example.cgm.alerts;

import com.example.cgm.signal.GlucoseEvent;

/** The alerts of the app, one per glucose event. The order is the priority: the first sounds first. */
public enum AlertType {
    /** urgent low: treat now */
    URGENT_LOW,
    /** urgent low within 20 minutes */
    URGENT_LOW_SOON,
    /** below the user's low threshold */
    LOW,
    /** above the user's high threshold */
    HIGH,
    /** no glucose values: check the sensor and the phone's Bluetooth */
    SIGNAL_LOSS;

    /**
     * @param event a glucose event
     * @return its alert (the alert types are named after the events)
     */
    public static AlertType of(GlucoseEvent event) {
        return valueOf(event.name());
    }
}
