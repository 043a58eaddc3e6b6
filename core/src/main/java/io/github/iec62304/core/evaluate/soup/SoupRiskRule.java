package io.github.iec62304.core.evaluate.soup;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.model.soup.SoupEntry;

/** SOUP-RISK: for class B and C, every SOUP in use is linked to hazards, or has a risk level with rationale. */
public final class SoupRiskRule extends SoupRule {

    public SoupRiskRule() {
        super("SOUP-RISK", "7.1.2 c", "Every SOUP is assessed as a potential cause of hazards", true);
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        for (SoupEntry e : evidence.soup().entriesInUse()) {
            if (e.risk() == null || !e.risk().isComplete()) {
                findings.at(evidence.soup().register().source(), e.line()).report(evidence.systemClass(), e.key(),
                        "has no risk assessment (7.1.2 c). Add 'risk:' "
                        + "with the hazards it can contribute to, or a level with its rationale, to "
                        + evidence.soup().register().source() + ".");
            }
        }
    }
}
