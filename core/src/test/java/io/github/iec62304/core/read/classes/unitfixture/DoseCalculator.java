package io.github.iec62304.core.read.classes.unitfixture;

/**
 * Production code fixture for coverage: a branch, and a nested class whose coverage belongs to this top-level
 * class's unit. Instrumented and run in-process by the coverage tests.
 */
public final class DoseCalculator {

    private DoseCalculator() {
    }

    /** @return the hourly rate, or -1 for a duration that is not positive */
    public static int hourlyRate(int dose, int hours) {
        if (hours <= 0) {
            return -1;
        }
        return Limit.clamp(dose / hours);
    }

    /** Nested class: has code of its own. */
    static final class Limit {

        private Limit() {
        }

        static int clamp(int rate) {
            return Math.min(rate, DoseLimits.MAX_RATE);
        }
    }
}
