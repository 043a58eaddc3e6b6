package io.github.iec62304.core.evaluate.soup;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.soup.SoupEntry;

/** SOUP-UNUSED: a register entry that matches nothing that ships is reported, so the register does not drift. */
public final class SoupUnusedRule extends SoupRule {

    public SoupUnusedRule() {
        super("SOUP-UNUSED", "8.1.2", "Every register entry matches a shipped component", false);
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return Level.WARN;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        if (evidence.soup().sbom() == null) {
            return;
        }
        for (SoupEntry e : evidence.soup().unused()) {
            findings.at(evidence.soup().register().source(), e.line()).report(evidence.systemClass(), e.key(),
                    "matches no shipped component. Remove the entry or "
                    + "check the SBOM.");
        }
    }
}
