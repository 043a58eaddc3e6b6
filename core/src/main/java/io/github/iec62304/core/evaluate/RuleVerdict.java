package io.github.iec62304.core.evaluate;

import io.github.iec62304.core.model.SafetyClass;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How one rule came out.
 *
 * @param id       rule id
 * @param clause   IEC 62304 clause(s)
 * @param title    what the rule requires
 * @param levels   the level in force for each safety class, after the pom's overrides (so the evidence shows a
 *                 rule that was turned off or relaxed)
 * @param verdict  PASSED, WARNED (warnings only), WAIVED (no error; at least one violation a waiver accepts),
 *                 FAILED (at least one ERROR), NOT_APPLICABLE, or OFF (off for every safety class present: the
 *                 system's and its requirements' and items')
 * @param errors   number of ERROR violations
 * @param warnings number of WARN violations
 * @param reason   why the rule did not apply (verdict NOT_APPLICABLE), else {@code null}
 * @param waived   number of violations a waiver accepts (level WAIVED)
 */
public record RuleVerdict(String id, String clause, String title, Map<SafetyClass, Level> levels, String verdict,
                          int errors, int warnings, String reason, int waived) {

    /** Verdict of a rule that does not apply to this build (no baseline, not a release build). */
    public static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    /** Verdict of a rule with no error left whose violations, or some of them, waivers accept. */
    public static final String WAIVED = "WAIVED";

    /** A verdict of a rule that applies to this build, with nothing waived. */
    public RuleVerdict(String id, String clause, String title, Map<SafetyClass, Level> levels, String verdict,
                       int errors, int warnings) {
        this(id, clause, title, levels, verdict, errors, warnings, null);
    }

    /** A verdict with nothing waived. */
    public RuleVerdict(String id, String clause, String title, Map<SafetyClass, Level> levels, String verdict,
                       int errors, int warnings, String reason) {
        this(id, clause, title, levels, verdict, errors, warnings, reason, 0);
    }

    public RuleVerdict {
        levels = Collections.unmodifiableMap(new EnumMap<>(levels));
    }
}
