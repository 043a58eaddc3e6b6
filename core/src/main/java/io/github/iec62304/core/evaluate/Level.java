package io.github.iec62304.core.evaluate;

import java.util.Locale;

/** How a violated rule counts: ERROR fails the build, WARN is reported, OFF is not checked. */
public enum Level {
    OFF, WARN, ERROR;

    /** @throws IllegalArgumentException naming the accepted values */
    public static Level parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace("WARNING", "WARN"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("level must be ERROR, WARN or OFF, was '" + text + "'");
        }
    }
}
