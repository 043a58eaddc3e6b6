package io.github.iec62304.core.validation;

import io.github.iec62304.core.evaluate.Violation;
import java.util.Comparator;

/**
 * A violation as a reference case states it: the rule, the level and the subject. The message is not compared, so
 * that a clearer wording is not a validation failure; what the rule found, at which level and about what, is.
 *
 * @param rule    the rule id, e.g. {@code TRACE-TESTED}
 * @param level   {@code ERROR}, {@code WARN} or {@code WAIVED}
 * @param subject what it is about (a requirement id, a class, a SOUP component)
 */
public record Finding(String rule, String level, String subject) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::rule)
            .thenComparing(Finding::level).thenComparing(Finding::subject);

    /** @return the finding of a violation the pipeline reported */
    public static Finding of(Violation v) {
        return new Finding(v.ruleId(), v.level().name(), v.subject());
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return rule + " " + level + " " + subject;
    }
}
