package io.github.iec62304.core.read.summary;

import java.util.List;

/**
 * What a written evidence bundle says, in the few lines a project site shows: the project, the verdict, how many rules
 * passed, failed, warned or did not apply, the violations, and, when the bundle has {@code conformity.json}, one line
 * per IEC 62304 clause. Read from the bundle's directory by {@link EvidenceSummaryReader}; nothing is re-evaluated.
 *
 * @param project     {@code groupId:artifactId:version} of the project
 * @param name        the project's name
 * @param safetyClass the class the rules used ({@code A}, {@code B} or {@code C})
 * @param verdict     the bundle's verdict ({@code PASSED}, {@code FAILED}, ...)
 * @param buildTimestamp the build timestamp, or {@code null}
 * @param rules       the rules and their verdicts, in manifest order
 * @param violations  the violations, in manifest order
 * @param conformity  one line per clause; empty when the bundle has no {@code conformity.json}
 */
public record EvidenceSummary(String project, String name, String safetyClass, String verdict, String buildTimestamp,
                              List<Rule> rules, List<Violation> violations, List<Clause> conformity) {

    /** @param verdict e.g. {@code PASSED}, {@code FAILED}, {@code WARNED}, {@code NOT_APPLICABLE} */
    public record Rule(String id, String clause, String verdict, int errors, int warnings) {
    }

    /** One violation as the manifest lists it. */
    public record Violation(String rule, String clause, String level, String subject, String message) {
    }

    /** One line of the per-clause conformity table. */
    public record Clause(String clause, String title, String result, String reason) {
    }

    public EvidenceSummary {
        rules = List.copyOf(rules);
        violations = List.copyOf(violations);
        conformity = List.copyOf(conformity);
    }

    /** @return how many rules have {@code verdict}, e.g. {@code count("FAILED")} */
    public long count(String ruleVerdict) {
        return rules.stream().filter(r -> r.verdict().equals(ruleVerdict)).count();
    }
}
