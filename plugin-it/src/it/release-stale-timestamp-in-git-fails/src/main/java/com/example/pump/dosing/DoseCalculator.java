package com.example.pump.dosing;

import io.github.iec62304.annotations.Implements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class DoseCalculator {

    static final double MAX_RATE_ML_PER_HOUR = 999.0;

    private static final Logger LOG = LoggerFactory.getLogger(DoseCalculator.class);

    @Implements("REQ-DOSE-001")
    public double rateMlPerHour(double volumeMl, double hours) throws DoseLimitException {
        if (hours <= 0) {
            LOG.warn("rejected duration {} h", hours);
            throw new IllegalArgumentException("duration must be positive");
        }
        double rate = volumeMl / hours;
        checkMaximum(rate);
        return rate;
    }

    @Implements("REQ-DOSE-002")
    private static void checkMaximum(double rate) throws DoseLimitException {
        if (rate > MAX_RATE_ML_PER_HOUR) {
            throw new DoseLimitException(rate, MAX_RATE_ML_PER_HOUR);
        }
    }
}
