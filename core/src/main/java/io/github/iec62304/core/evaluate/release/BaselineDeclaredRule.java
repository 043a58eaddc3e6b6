package io.github.iec62304.core.evaluate.release;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;

/**
 * REGRESSION-BASELINE: a release build names what it is compared with: the previous release's evidence, or
 * {@code none} for the first release (IEC 62304 5.6.6, 5.7.3).
 */
public final class BaselineDeclaredRule extends ReleaseRule {

    public BaselineDeclaredRule() {
        super("REGRESSION-BASELINE", "5.6.6; 5.7.3", "A release build declares its baseline: the previous "
                + "release's evidence, or none for the first release", true);
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        if (!evidence.release().baselineDeclared()) {
            findings.report(evidence.systemClass(), evidence.release().subject(), "is a release build with no "
                    + "<baseline>. Name the previous release's evidence (<baseline>1.0.0</baseline>, "
                    + "group:artifact:version, or a zip file), or write <baseline>none</baseline> for the first "
                    + "release.");
        }
    }
}
