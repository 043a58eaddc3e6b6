package io.github.iec62304.core.validation;

import io.github.iec62304.core.evaluate.Violation;
import java.util.Comparator;

/**
 * A violation as a reference case states it: the rule, the level and the subject, and how many violations of that
 * rule, level and subject there are (a unit short of both line and branch coverage has two UNIT-COVERAGE findings;
 * a check that lost one of them must not pass the case). The message is not compared, so that a clearer wording is
 * not a validation failure; what the rule found, at which level, about what and how often, is.
 *
 * @param rule    the rule id, e.g. {@code TRACE-TESTED}
 * @param level   {@code ERROR}, {@code WARN} or {@code WAIVED}
 * @param subject what it is about (a requirement id, a class, a SOUP component)
 * @param count   how many violations of this rule, level and subject (1 or more)
 */
public record Finding(String rule, String level, String subject, int count) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::rule)
            .thenComparing(Finding::level).thenComparing(Finding::subject).thenComparingInt(Finding::count);

    public Finding {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count + " of " + rule + " " + level + " " + subject
                    + " is not 1 or more");
        }
    }

    /** One violation of this rule, level and subject. */
    public Finding(String rule, String level, String subject) {
        this(rule, level, subject, 1);
    }

    /** @return the findings of the violations the pipeline reported, those of one rule, level and subject counted */
    public static java.util.SortedSet<Finding> of(java.util.List<Violation> violations) {
        java.util.Map<Finding, Integer> counts = new java.util.TreeMap<>();
        violations.forEach(v -> counts.merge(new Finding(v.ruleId(), v.level().name(), v.subject()), 1, Integer::sum));
        java.util.SortedSet<Finding> out = new java.util.TreeSet<>();
        counts.forEach((f, n) -> out.add(new Finding(f.rule(), f.level(), f.subject(), n)));
        return out;
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return rule + " " + level + " " + subject + (count == 1 ? "" : " (" + count + " times)");
    }
}
