package com.example.pump.units;

/** Unit conversions, added for the new prescription screen; not yet placed in the architecture. */
public final class Conversions {

    private Conversions() {
    }

    public static double minutesToHours(double minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("a duration is never negative");
        }
        return minutes / 60.0;
    }
}
