package com.example.pump.alarm;

public enum AlarmPriority {
    HIGH,
    MEDIUM;

    /** A high-priority alarm cannot be silenced, only resolved. */
    public boolean silenceable() {
        return this != HIGH;
    }
}
