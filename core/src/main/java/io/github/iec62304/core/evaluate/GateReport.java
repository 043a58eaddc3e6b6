package io.github.iec62304.core.evaluate;

import java.util.List;

/**
 * The outcome of all rules: every violation, sorted (errors first, waived last), and a verdict per rule.
 *
 * @param violations all violations, sorted
 * @param rules      one verdict per rule, in rule order
 */
public record GateReport(List<Violation> violations, List<RuleVerdict> rules) {

    public GateReport {
        violations = List.copyOf(violations);
        rules = List.copyOf(rules);
    }

    /** @return the number of ERROR violations */
    public long errors() {
        return violations.stream().filter(v -> v.level() == Level.ERROR).count();
    }

    /** @return the number of WARN violations */
    public long warnings() {
        return violations.stream().filter(v -> v.level() == Level.WARN).count();
    }

    /** @return the number of violations a waiver accepts (level WAIVED): they do not fail the build */
    public long waived() {
        return violations.stream().filter(v -> v.level() == Level.WAIVED).count();
    }

    /** @return {@code true} when no rule reported an ERROR */
    public boolean passed() {
        return errors() == 0;
    }
}
