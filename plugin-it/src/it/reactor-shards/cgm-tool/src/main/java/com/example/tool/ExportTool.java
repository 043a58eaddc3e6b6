package com.example.tool;

/** Exports readings for the service technician; not part of the device. */
public final class ExportTool {

    public String header() {
        return "time;mg/dL";
    }
}
