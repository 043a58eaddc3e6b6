package com.example.infusion.display;

import io.github.iec62304.annotations.Implements;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Text for the pump display. Follows ISMP notation: leading zero always, trailing zero never. */
public final class RateFormatter {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private RateFormatter() {
    }

    /**
     * @param mlPerHour a non-negative rate
     * @return e.g. {@code "0.5 mL/h"}, {@code "5 mL/h"}, {@code "12.5 mL/h"}
     */
    @Implements({"REQ-DISP-001", "REQ-DISP-003"})
    public static String formatRate(BigDecimal mlPerHour) {
        Objects.requireNonNull(mlPerHour, "mlPerHour");
        if (mlPerHour.signum() < 0) {
            throw new IllegalArgumentException("rate must not be negative, was " + mlPerHour.toPlainString());
        }
        BigDecimal stripped = mlPerHour.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        // toPlainString keeps the leading zero ("0.5") and never uses exponent notation.
        return stripped.toPlainString() + " mL/h";
    }

    /**
     * @param volumeRemainingMl volume still to infuse
     * @param mlPerHour current rate
     * @return {@code "h:mm"}, rounded up to the next whole minute; {@code "--:--"} when the rate is 0
     */
    @Implements("REQ-DISP-002")
    public static String formatRemainingTime(BigDecimal volumeRemainingMl, BigDecimal mlPerHour) {
        Objects.requireNonNull(volumeRemainingMl, "volumeRemainingMl");
        Objects.requireNonNull(mlPerHour, "mlPerHour");
        if (volumeRemainingMl.signum() < 0 || mlPerHour.signum() < 0) {
            throw new IllegalArgumentException("volume and rate must not be negative");
        }
        if (mlPerHour.signum() == 0) {
            return "--:--";
        }
        long minutes = volumeRemainingMl.multiply(MINUTES_PER_HOUR)
                .divide(mlPerHour, 0, RoundingMode.CEILING)
                .longValueExact();
        return String.format("%d:%02d", minutes / 60, minutes % 60);
    }
}
