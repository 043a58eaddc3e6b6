package com.example.pump.alarm;

/** The downstream pressure sensor, as the alarm sees it (implemented by the sensor driver). */
public interface PressureSensor {

    int pressureMmHg();
}
