package io.github.iec62304.core.validation;

import java.util.List;

/**
 * Which reference cases exercise a rule: those that expect a violation of it (and got it, when the case passed).
 *
 * @param rule      the rule id
 * @param cases     the cases that expect a violation of the rule
 * @param notCovered why no reference case exercises it, or {@code null} when one does
 * @param limits     what the cases do not exercise of a rule they do exercise, or {@code null}
 */
public record RuleCoverage(String rule, List<String> cases, String notCovered, String limits) {

    public RuleCoverage {
        cases = List.copyOf(cases);
    }
}
