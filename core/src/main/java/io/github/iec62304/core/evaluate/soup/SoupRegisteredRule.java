package io.github.iec62304.core.evaluate.soup;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.link.SoupModel;

/** SOUP-REGISTERED: every shipped component has an entry in the SOUP register (8.1.2). */
public final class SoupRegisteredRule extends SoupRule {

    public SoupRegisteredRule() {
        super("SOUP-REGISTERED", "8.1.2", "Every shipped third-party component has a SOUP register entry", false);
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        SoupModel soup = evidence.soup();
        for (SoupModel.Component c : soup.shipped()) {
            if (c.entry() == null) {
                findings.report(evidence.systemClass(), c.component().display(), "ships but has no entry in "
                        + soup.register().source() + ". Add one (mvn iec62304:soup-register writes a starter entry).");
            }
        }
    }
}
