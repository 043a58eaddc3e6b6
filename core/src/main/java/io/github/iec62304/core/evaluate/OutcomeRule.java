package io.github.iec62304.core.evaluate;

import java.util.List;

/** A rule that judges the outcome of the rules evaluated before it (e.g. "verification is complete"). */
public interface OutcomeRule extends Rule {

    /** Checks the violations the earlier rules reported, and reports to {@code findings}. */
    void check(Evidence evidence, List<Violation> earlier, Findings findings);

    /** An outcome rule is always checked with the earlier violations. */
    @Override
    default void check(Evidence evidence, Findings findings) {
        check(evidence, List.of(), findings);
    }
}
