package io.github.iec62304.core.evaluate.release;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;

/**
 * RELEASE-ARCHIVED: a release attaches its evidence bundle to the build, so it is installed and deployed with the
 * release, with the repository's checksums (IEC 62304 5.8.7, 5.8.8).
 */
public final class ArchivedRule extends ReleaseRule {

    public ArchivedRule() {
        super("RELEASE-ARCHIVED", "5.8.7; 5.8.8", "A release attaches its evidence bundle, so it is archived with "
                + "the release", false);
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        if (!evidence.release().attached()) {
            findings.report(evidence.systemClass(), evidence.release().subject(), "the evidence bundle is not "
                    + "attached (skipAttach), so it is not archived with the release. Remove iec62304.skipAttach.");
        }
    }
}
