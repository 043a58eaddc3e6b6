package io.github.iec62304.core.evaluate;

import java.util.Locale;

/**
 * How a violated rule counts: ERROR fails the build, WARN is reported, OFF is not checked. WAIVED is never
 * configured: it is the level of a violation a waiver in force accepts (it keeps the level the rule reported, see
 * {@link Violation#waived()}), and it never fails the build.
 */
public enum Level {
    OFF, WAIVED, WARN, ERROR;

    /** @throws IllegalArgumentException naming the accepted values (ERROR, WARN, OFF) */
    public static Level parse(String text) {
        try {
            Level level = valueOf(text.strip().toUpperCase(Locale.ROOT).replace("WARNING", "WARN"));
            if (level != WAIVED) {
                return level;
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        throw new IllegalArgumentException("level must be ERROR, WARN or OFF, was '" + text + "'");
    }
}
