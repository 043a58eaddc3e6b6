package com.example.pump.alarm;

/** The downstream pressure sensor, as the alarm sees it. */
public interface PressureSensor {

    int pressureMmHg();
}
