package com.example.infusion.dosing;

import io.github.iec62304.annotations.Implements;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A pump rate the dose calculator accepted.
 *
 * @param mlPerHour volumetric rate, resolution 0.1 mL/h
 * @param mgPerHour dose rate the prescription implies
 * @param status the result of the drug library check
 */
public record InfusionRate(BigDecimal mlPerHour, BigDecimal mgPerHour, LimitStatus status) {

    /** @throws NullPointerException if any field is missing */
    public InfusionRate {
        Objects.requireNonNull(mlPerHour, "mlPerHour");
        Objects.requireNonNull(mgPerHour, "mgPerHour");
        Objects.requireNonNull(status, "status");
    }

    /** @return true if a clinician has to confirm before the infusion starts */
    public boolean requiresConfirmation() {
        return status == LimitStatus.SOFT_LIMIT_EXCEEDED;
    }

    /**
     * @param clinicianConfirmed whether the clinician confirmed the soft-limit override
     * @return true if the infusion may start with this rate
     */
    @Implements("REQ-DOSE-003")
    public boolean isStartPermitted(boolean clinicianConfirmed) {
        return switch (status) {
            case WITHIN_LIMITS -> true;
            case SOFT_LIMIT_EXCEEDED -> clinicianConfirmed;
        };
    }
}
