package io.github.iec62304.core.evaluate;

import java.util.Comparator;

/**
 * One finding of one rule about one subject.
 *
 * @param ruleId  stable rule id, e.g. {@code TRACE-TESTED}
 * @param clause  the IEC 62304 clause(s) the rule enforces
 * @param level   ERROR or WARN
 * @param subject what it is about: a requirement id, a class or method
 * @param message what was found and what to do
 */
public record Violation(String ruleId, String clause, Level level, String subject, String message)
        implements Comparable<Violation> {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::level).reversed()
            .thenComparing(Violation::ruleId).thenComparing(Violation::subject).thenComparing(Violation::message);

    /** @return one line for the build log: {@code TRACE-TESTED REQ-1: ... [IEC 62304 5.1.1 c]} */
    public String format() {
        return ruleId + " " + subject + ": " + message + " [IEC 62304 " + clause + "]";
    }

    @Override
    public int compareTo(Violation other) {
        return ORDER.compare(this, other);
    }
}
