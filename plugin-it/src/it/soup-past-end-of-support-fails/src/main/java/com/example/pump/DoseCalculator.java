package com.example.pump;

import io.github.iec62304.annotations.Implements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class DoseCalculator {

    private static final Logger LOG = LoggerFactory.getLogger(DoseCalculator.class);

    @Implements("REQ-DOSE-001")
    public double rateMlPerHour(double volumeMl, double hours) {
        if (hours <= 0) {
            LOG.warn("rejected duration {} h", hours);
            throw new IllegalArgumentException("duration must be positive");
        }
        return volumeMl / hours;
    }
}
