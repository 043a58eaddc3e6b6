package com.example.infusion.dosing;

import io.github.iec62304.annotations.Implements;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/** Turns a prescription into a pump rate, applying the drug library and the pump's own range. */
@Implements("REQ-DOSE-001")
public final class DoseCalculator {

    /** Fastest rate the pump mechanism delivers. */
    public static final BigDecimal PUMP_MAX_ML_PER_HOUR = new BigDecimal("999.9");

    /** Slowest rate the pump mechanism delivers, also the rate resolution. */
    public static final BigDecimal PUMP_MIN_ML_PER_HOUR = new BigDecimal("0.1");

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final DrugLibrary library;

    /** @param library the drug library whose limits apply */
    public DoseCalculator(DrugLibrary library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    /**
     * Computes mL/h = dose (mg) / concentration (mg/mL) / duration (h), checks the dose rate
     * against the drug library, and rounds the volumetric rate down to the pump's resolution.
     *
     * @param prescription a validated prescription
     * @return the rate, with the result of the soft limit check
     * @throws UnknownDrugException if the drug is not in the library
     * @throws DoseLimitException if a hard limit or the pump range is exceeded
     */
    @Implements({"REQ-DOSE-001", "REQ-DOSE-002"})
    public InfusionRate calculate(Prescription prescription) {
        DoseLimits limits = library.limitsFor(prescription.drugName());

        BigDecimal hours = BigDecimal.valueOf(prescription.duration().toSeconds())
                .divide(SECONDS_PER_HOUR, PRECISION);
        BigDecimal mgPerHour = prescription.doseMg().divide(hours, PRECISION);
        if (mgPerHour.compareTo(limits.hardMaxMgPerHour()) > 0) {
            throw new DoseLimitException(String.format(
                    "dose rate %s mg/h of %s exceeds the hard limit of %s mg/h",
                    mgPerHour.setScale(2, RoundingMode.UP).toPlainString(), prescription.drugName(),
                    limits.hardMaxMgPerHour().toPlainString()));
        }
        LimitStatus status = mgPerHour.compareTo(limits.softMaxMgPerHour()) > 0
                ? LimitStatus.SOFT_LIMIT_EXCEEDED
                : LimitStatus.WITHIN_LIMITS;

        BigDecimal mlPerHour = toPumpResolution(mgPerHour.divide(prescription.concentrationMgPerMl(), PRECISION));
        return new InfusionRate(mlPerHour, mgPerHour.setScale(2, RoundingMode.HALF_EVEN), status);
    }

    /**
     * Rounds down to 0.1 mL/h (never deliver more than ordered) and enforces the pump range.
     *
     * @param exactMlPerHour the unrounded rate
     * @return the rate the pump will run
     * @throws DoseLimitException if the rate is below 0.1 mL/h or above 999.9 mL/h
     */
    @Implements("REQ-DOSE-006")
    static BigDecimal toPumpResolution(BigDecimal exactMlPerHour) {
        if (exactMlPerHour.compareTo(PUMP_MAX_ML_PER_HOUR) > 0) {
            throw new DoseLimitException("rate " + exactMlPerHour.setScale(2, RoundingMode.UP).toPlainString()
                    + " mL/h exceeds the pump maximum of " + PUMP_MAX_ML_PER_HOUR + " mL/h");
        }
        BigDecimal rounded = exactMlPerHour.setScale(1, RoundingMode.DOWN);
        if (rounded.compareTo(PUMP_MIN_ML_PER_HOUR) < 0) {
            throw new DoseLimitException("rate " + exactMlPerHour.setScale(3, RoundingMode.DOWN).toPlainString()
                    + " mL/h is below the pump minimum of " + PUMP_MIN_ML_PER_HOUR + " mL/h");
        }
        return rounded;
    }
}
