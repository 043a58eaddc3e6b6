package io.github.iec62304.core.evaluate.soup;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.model.soup.SoupEntry;

/** SOUP-VERSION: the register names the exact version that ships (8.1.2 c). */
public final class SoupVersionRule extends SoupRule {

    public SoupVersionRule() {
        super("SOUP-VERSION", "8.1.2 c", "The register names the version of each SOUP that ships", false);
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        SoupModel soup = evidence.soup();
        for (SoupModel.Component c : soup.shipped()) {
            SoupEntry e = c.entry();
            if (e == null || c.component().version().equals(e.version())) {
                continue;
            }
            String shipped = c.component().version();
            findings.at(soup.register().source(), e.line()).report(evidence.systemClass(),
                    c.component().display(), e.version() == null
                    ? "its entry " + e.key() + " names no version. Add 'version: " + shipped + "' after reviewing it."
                    : "the register reviewed version " + e.version() + " (entry " + e.key() + "). Review " + shipped
                    + " and update the entry.");
        }
        for (SoupEntry e : soup.runtime()) {
            if (e.version() == null) {
                findings.at(soup.register().source(), e.line()).report(evidence.systemClass(), e.key(),
                        "names no version. Add the exact version in use.");
            }
        }
    }
}
