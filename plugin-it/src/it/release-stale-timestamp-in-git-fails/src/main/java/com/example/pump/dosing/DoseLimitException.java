package com.example.pump.dosing;

import java.util.Locale;

/** A computed rate above what the pump may deliver. */
public final class DoseLimitException extends Exception {

    private final double rateMlPerHour;

    public DoseLimitException(double rateMlPerHour, double maximumMlPerHour) {
        super(String.format(Locale.ROOT, "rate %.1f mL/h is above the pump's maximum of %.1f mL/h", rateMlPerHour,
                maximumMlPerHour));
        this.rateMlPerHour = rateMlPerHour;
    }

    public double rateMlPerHour() {
        return rateMlPerHour;
    }
}
