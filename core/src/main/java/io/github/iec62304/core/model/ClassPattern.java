package io.github.iec62304.core.model;

import java.util.regex.Pattern;

/**
 * A class name pattern of the architecture registry: an exact binary name, or a glob where {@code *} matches
 * within one name segment and {@code **} across segments ({@code com.acme.dosing.**}). Matched against top-level
 * class names: nested classes belong with their top-level class. Immutable; compiled once.
 */
public final class ClassPattern {

    private final String glob;
    private final Pattern regex;

    /** @param glob the pattern as written */
    public ClassPattern(String glob) {
        this.glob = glob;
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                re.append(".*");
                i++;
            } else if (c == '*') {
                re.append("[^.]*");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.regex = Pattern.compile(re.toString());
    }

    /** @return {@code true} when the top-level class name matches */
    public boolean matches(String topLevelClass) {
        return regex.matcher(topLevelClass).matches();
    }

    /** @return the pattern as written */
    public String glob() {
        return glob;
    }

    @Override
    public String toString() {
        return glob;
    }
}
