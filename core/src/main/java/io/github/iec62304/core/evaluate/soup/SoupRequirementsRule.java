package io.github.iec62304.core.evaluate.soup;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.model.soup.SoupEntry;

/**
 * SOUP-REQUIREMENTS: for class B and C, every SOUP in use states the functional and performance requirements the
 * device places on it (5.3.3) and the system hardware and software it needs (5.3.4).
 */
public final class SoupRequirementsRule extends SoupRule {

    public SoupRequirementsRule() {
        super("SOUP-REQUIREMENTS", "5.3.3; 5.3.4",
                "Every SOUP states its functional, performance and system requirements", true);
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        String register = evidence.soup().register().source();
        for (SoupEntry e : evidence.soup().entriesInUse()) {
            Findings at = findings.at(register, e.line());
            if (e.functionalRequirements() == null) {
                at.report(evidence.systemClass(), e.key(), "has no functionalRequirements (5.3.3: what the "
                        + "device needs from it, including performance). Add it to " + register + ".");
            }
            if (e.systemRequirements() == null) {
                at.report(evidence.systemClass(), e.key(), "has no systemRequirements (5.3.4: the hardware "
                        + "and software it needs to work). Add it to " + register + ".");
            }
        }
    }
}
