package com.example.infusion.dosing;

import io.github.iec62304.annotations.Implements;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * A clinician's order as entered on the pump: a total dose of one drug, delivered over a duration.
 *
 * @param drugName the drug library name, e.g. {@code "Heparin"}
 * @param doseMg total dose to deliver, in mg
 * @param concentrationMgPerMl concentration of the prepared solution, in mg/mL
 * @param duration infusion duration, 1 minute to 24 hours
 */
public record Prescription(
        String drugName, BigDecimal doseMg, BigDecimal concentrationMgPerMl, Duration duration) {

    /** Shortest duration the pump accepts. */
    public static final Duration MIN_DURATION = Duration.ofMinutes(1);

    /** Longest duration the pump accepts (one bag change cycle). */
    public static final Duration MAX_DURATION = Duration.ofHours(24);

    /**
     * Validates the order; an invalid order never reaches the dose calculator.
     *
     * @throws IllegalArgumentException if any field is missing or out of range
     */
    @Implements("REQ-DOSE-004")
    public Prescription {
        if (drugName == null || drugName.isBlank()) {
            throw new IllegalArgumentException("drug name is missing");
        }
        Objects.requireNonNull(doseMg, "doseMg");
        Objects.requireNonNull(concentrationMgPerMl, "concentrationMgPerMl");
        Objects.requireNonNull(duration, "duration");
        if (doseMg.signum() <= 0) {
            throw new IllegalArgumentException("dose must be greater than 0 mg, was " + doseMg.toPlainString());
        }
        if (concentrationMgPerMl.signum() <= 0) {
            throw new IllegalArgumentException(
                    "concentration must be greater than 0 mg/mL, was " + concentrationMgPerMl.toPlainString());
        }
        if (duration.compareTo(MIN_DURATION) < 0 || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException(
                    "duration must be between 1 minute and 24 hours, was " + duration);
        }
        drugName = drugName.strip();
    }

    /**
     * @return convenience factory taking the duration in minutes
     */
    public static Prescription of(String drugName, String doseMg, String concentrationMgPerMl, long minutes) {
        return new Prescription(
                drugName, new BigDecimal(doseMg), new BigDecimal(concentrationMgPerMl), Duration.ofMinutes(minutes));
    }
}
