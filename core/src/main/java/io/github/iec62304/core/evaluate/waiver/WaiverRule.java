package io.github.iec62304.core.evaluate.waiver;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.OutcomeRule;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.evaluate.Waivers;
import java.util.List;

/**
 * A rule about the waivers themselves: applies when the project has a waiver register, and judges the violations
 * the rules before it reported (it comes after every rule a waiver may name).
 */
abstract class WaiverRule extends RuleDefinition implements OutcomeRule {

    WaiverRule(String id, String clause, String title) {
        super(id, clause, title);
    }

    @Override
    public String notApplicable(Evidence evidence) {
        return evidence.waivers().present() ? null : "no waiver register (" + evidence.waivers().source() + ")";
    }

    /** @return what became of each waiver, judged against the violations reported before */
    static List<Waivers.Outcome> outcomes(Evidence evidence, List<Violation> earlier) {
        return Waivers.outcomes(evidence, earlier);
    }

    /** @return {@code W-1 (TRACE-TESTED REQ-7)}: the waiver and the violation it names */
    static String named(Waivers.Outcome o) {
        return "waiver " + o.waiver().id() + " (" + o.waiver().rule() + " " + o.waiver().subject() + ")";
    }
}
