package io.github.iec62304.core.evaluate.waiver;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.evaluate.Waivers;
import io.github.iec62304.core.model.SafetyClass;
import java.util.List;

/**
 * WAIVER-UNUSED: every waiver in force matches a violation of its rule, as dependency-check reports unused
 * suppressions. A waiver that matches nothing is stale: the problem it accepted is resolved (IEC 62304 9.5: the
 * record of its resolution), or its subject was renamed and it waits to hide a new violation nobody approved
 * (8.2.4: each record traceable to what it is about). A waiver of a rule that does not apply to this build (a release
 * rule in a development build) is not judged.
 */
public final class WaiverUnusedRule extends WaiverRule {

    public WaiverUnusedRule() {
        super("WAIVER-UNUSED", "8.2.4; 9.5", "Every waiver in force matches a violation");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return Level.WARN;
    }

    @Override
    public void check(Evidence evidence, List<Violation> earlier, Findings findings) {
        for (Waivers.Outcome o : outcomes(evidence, earlier)) {
            if (o.status() == Waivers.Status.UNUSED) {
                findings.report(evidence.systemClass(), o.waiver().id(), named(o) + " matches no violation: "
                        + o.waiver().rule() + " reports nothing about '" + o.waiver().subject() + "' in this build. "
                        + "If the problem is resolved, remove the waiver from " + evidence.waivers().source()
                        + "; if the subject was renamed, correct it.",
                        new Violation.Location(evidence.waivers().source(), o.waiver().line()));
            }
        }
    }
}
