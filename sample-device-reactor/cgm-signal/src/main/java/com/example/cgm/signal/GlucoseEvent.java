package com.example.cgm.signal;

/** What the reading cycle found about the user's glucose; cgm-alerts turns these into alerts. */
public enum GlucoseEvent {
    /** at or below 54 mg/dL, or below the reporting range */
    URGENT_LOW,
    /** at the current rate of fall, at or below 54 mg/dL within 20 minutes */
    URGENT_LOW_SOON,
    /** at or below the user's low threshold (and above 54 mg/dL) */
    LOW,
    /** at or above the user's high threshold, or above the reporting range */
    HIGH,
    /** no usable sensor reading for 20 minutes */
    SIGNAL_LOSS
}
