package io.github.iec62304.core.model;

import java.util.Locale;

/**
 * IEC 62304 software safety class (4.3): A (no injury possible), B (non-serious injury), C (death or serious
 * injury). Ordered by rigor, so {@code C.compareTo(A) > 0}.
 */
public enum SafetyClass {
    A, B, C;

    /** The class that applies when none is declared: C (IEC 62304 4.3). */
    public static final SafetyClass DEFAULT = C;

    /**
     * Parses {@code A}, {@code B} or {@code C} (case-insensitive, an optional "class " prefix).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static SafetyClass parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (t.startsWith("CLASS")) {
            t = t.substring(5).trim();
        }
        try {
            return valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("safety class must be A, B or C, was '" + text + "'");
        }
    }
}
