package com.example.lib;

/** Unit conversions shared by the pump projects. */
public final class Units {

    private Units() {
    }

    public static double mlPerHourToMlPerMinute(double mlPerHour) {
        return mlPerHour / 60.0;
    }
}
