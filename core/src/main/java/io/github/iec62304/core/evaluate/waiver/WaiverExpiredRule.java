package io.github.iec62304.core.evaluate.waiver;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.evaluate.Waivers;
import io.github.iec62304.core.model.SafetyClass;
import java.util.List;

/**
 * WAIVER-EXPIRED: every waiver in the register is in force on the build's reference date. An expired waiver accepts
 * nothing (the violation it named counts again) and is itself an error: the acceptance of a known problem (IEC 62304
 * 9.2) is a decision approved under change control (8.2.1), and past its expiry nobody has approved it.
 */
public final class WaiverExpiredRule extends WaiverRule {

    public WaiverExpiredRule() {
        super("WAIVER-EXPIRED", "8.2.1; 9.2", "Every waiver is in force: none has expired");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, List<Violation> earlier, Findings findings) {
        String source = evidence.waivers().source();
        String on = evidence.release().referenceDate().date() + " (" + evidence.release().referenceDate().basis().label()
                + ")";
        for (Waivers.Outcome o : outcomes(evidence, earlier)) {
            if (o.status() != Waivers.Status.EXPIRED) {
                continue;
            }
            String expired = named(o) + " expired on " + o.waiver().expires() + ", before this build's reference "
                    + "date " + on + "; ";
            int n = o.violations().size();
            findings.report(evidence.systemClass(), o.waiver().id(), n == 0 ? expired + "it matches no violation "
                    + "any more. Remove it from " + source + "." : expired + "it no longer accepts the violation ("
                    + n + (n == 1 ? " finding" : " findings") + "), which counts again. Fix the violation, or renew "
                    + "the waiver in " + source + " with a new approval and a later expiry date.",
                    new Violation.Location(source, o.waiver().line()));
        }
    }
}
