package io.github.iec62304.core.model;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The acceptance criteria of a software unit (IEC 62304 5.5.3): the team's plan, since the standard names no
 * coverage number.
 *
 * @param lineCoverage    minimum covered share of executable lines, 0..1
 * @param branchCoverage  minimum covered share of branches, 0..1
 * @param ownTestRequired the unit must have at least one test class of its own
 * @param testsMustPass   every test of the unit must have run and passed
 */
public record UnitCriteria(double lineCoverage, double branchCoverage, boolean ownTestRequired,
                           boolean testsMustPass) {

    /** Documented default for class B units. */
    public static final UnitCriteria CLASS_B = new UnitCriteria(0.80, 0.70, true, true);
    /** Documented default for class C units. */
    public static final UnitCriteria CLASS_C = new UnitCriteria(0.90, 0.85, true, true);

    /**
     * Reads a ratio written as {@code 0.80} or {@code 80%}.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static double parseRatio(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        try {
            // decimal arithmetic: 99.9 / 100 in double would be 0.9990000000000001, failing exactly 99.9% covered
            BigDecimal value = t.endsWith("%") ? new BigDecimal(t.substring(0, t.length() - 1).strip()).movePointLeft(2)
                    : new BigDecimal(t);
            if (value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0) {
                return value.doubleValue();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not a ratio; write 0.80 or 80% (between 0 and 1)");
    }
}
