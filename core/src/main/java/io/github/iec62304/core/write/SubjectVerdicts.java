package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.Violation;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The subjects (units, SOUP) that some rules failed, and those whose errors or warnings only waivers accept: a file
 * that gives each subject a verdict says FAILED for the first, WAIVED for the second, never PASSED for either.
 *
 * @param failed subjects of ERROR violations
 * @param waived subjects of WAIVED violations (a subject in {@code failed} too is FAILED)
 */
record SubjectVerdicts(Set<String> failed, Set<String> waived) {

    /** @param rules which rules' violations count, e.g. those whose id starts with {@code UNIT-} */
    static SubjectVerdicts of(GateReport report, Predicate<String> rules) {
        Set<String> failed = new HashSet<>();
        Set<String> waived = new HashSet<>();
        for (Violation v : report.violations()) {
            if (rules.test(v.ruleId()) && v.level() == Level.ERROR) {
                failed.add(v.subject());
            } else if (rules.test(v.ruleId()) && v.level() == Level.WAIVED) {
                waived.add(v.subject());
            }
        }
        return new SubjectVerdicts(failed, waived);
    }

    /** @return FAILED, WAIVED or PASSED for one of the subject's names (its first name that is judged) */
    String verdict(String... names) {
        for (String name : names) {
            if (name != null && failed.contains(name)) {
                return "FAILED";
            }
        }
        for (String name : names) {
            if (name != null && waived.contains(name)) {
                return "WAIVED";
            }
        }
        return "PASSED";
    }
}
