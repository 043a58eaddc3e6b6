package io.github.iec62304.core.evaluate.soup;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.model.soup.SoupEntry;

/** SOUP-MANUFACTURER: the manufacturer of every SOUP is known, from the SBOM or the register (8.1.2 b). */
public final class SoupManufacturerRule extends SoupRule {

    public SoupManufacturerRule() {
        super("SOUP-MANUFACTURER", "8.1.2 b", "The manufacturer of every SOUP is known", false);
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        SoupModel soup = evidence.soup();
        String hint = ". Add 'manufacturer:' to its entry in " + soup.register().source()
                + " (\"community\" plus 'website:' for community projects).";
        for (SoupModel.Component c : soup.shipped()) {
            if (c.entry() != null && c.manufacturer().isEmpty()) {
                findings.at(soup.register().source(), c.entry().line()).report(evidence.systemClass(),
                        c.component().display(),
                        "no manufacturer in the SBOM or the register" + hint);
            }
        }
        for (SoupEntry e : soup.runtime()) {
            if (e.manufacturer() == null) {
                findings.at(soup.register().source(), e.line()).report(evidence.systemClass(), e.key(),
                        "no manufacturer in the register" + hint);
            }
        }
    }
}
