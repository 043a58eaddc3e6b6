package io.github.iec62304.core.evaluate.release;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;

/** RELEASE-REPRODUCIBLE: a release sets {@code project.build.outputTimestamp} (IEC 62304 5.8.5). */
public final class ReproducibleRule extends ReleaseRule {

    public ReproducibleRule() {
        super("RELEASE-REPRODUCIBLE", "5.8.5", "A release sets project.build.outputTimestamp, so the build and its "
                + "evidence are reproducible", true);
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        if (!evidence.release().reproducible()) {
            findings.report(evidence.systemClass(), evidence.release().subject(), "has no "
                    + "project.build.outputTimestamp, so neither the build nor its evidence bundle is reproducible. "
                    + "Set it in the pom's <properties> (maven-release-plugin keeps it up to date).");
        }
    }
}
