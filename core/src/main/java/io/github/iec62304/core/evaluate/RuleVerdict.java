package io.github.iec62304.core.evaluate;

/**
 * How one rule came out.
 *
 * @param id       rule id
 * @param clause   IEC 62304 clause(s)
 * @param title    what the rule requires
 * @param verdict  PASSED, WARNED (warnings only) or FAILED (at least one ERROR)
 * @param errors   number of ERROR violations
 * @param warnings number of WARN violations
 */
public record RuleVerdict(String id, String clause, String title, String verdict, int errors, int warnings) {
}
