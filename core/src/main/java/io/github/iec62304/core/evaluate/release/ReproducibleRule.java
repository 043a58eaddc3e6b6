package io.github.iec62304.core.evaluate.release;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.model.release.Baseline;

/**
 * RELEASE-REPRODUCIBLE: a release sets {@code project.build.outputTimestamp} (IEC 62304 5.8.5), and a fresh one: a
 * warning when it is still the baseline's, since the release judges review dates against it.
 */
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
        } else if (evidence.release().timestampOfBaseline()) {
            Baseline baseline = evidence.regression().baseline();
            findings.warn(evidence.systemClass(), evidence.release().subject(), "keeps project.build.outputTimestamp"
                    + (baseline == null ? " of its baseline" : " " + baseline.buildTimestamp() + " of its baseline "
                    + baseline.version()) + ", so the release is"
                    + " dated as the previous one and SOUP anomaly reviews are judged against that date. Set it to"
                    + " this release's date (mvn release:prepare does).");
        }
    }
}
