package com.example.infusion.dosing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Drug library limits for one drug, as dose rates in mg/h.
 *
 * @param softMaxMgPerHour above this the clinician must confirm the rate
 * @param hardMaxMgPerHour above this the pump refuses the prescription
 */
public record DoseLimits(BigDecimal softMaxMgPerHour, BigDecimal hardMaxMgPerHour) {

    /** @throws IllegalArgumentException unless 0 &lt; soft &lt;= hard */
    public DoseLimits {
        Objects.requireNonNull(softMaxMgPerHour, "softMaxMgPerHour");
        Objects.requireNonNull(hardMaxMgPerHour, "hardMaxMgPerHour");
        if (softMaxMgPerHour.signum() <= 0) {
            throw new IllegalArgumentException("soft limit must be positive");
        }
        if (softMaxMgPerHour.compareTo(hardMaxMgPerHour) > 0) {
            throw new IllegalArgumentException("soft limit " + softMaxMgPerHour.toPlainString()
                    + " mg/h exceeds hard limit " + hardMaxMgPerHour.toPlainString() + " mg/h");
        }
    }

    /** @return the limits from two decimal strings */
    public static DoseLimits of(String softMaxMgPerHour, String hardMaxMgPerHour) {
        return new DoseLimits(new BigDecimal(softMaxMgPerHour), new BigDecimal(hardMaxMgPerHour));
    }
}
