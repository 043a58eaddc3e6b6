package io.github.iec62304.core.evaluate.release;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.model.release.ReleaseFacts;
import io.github.iec62304.core.project.ReferenceDate;
import java.time.Duration;
import java.time.Instant;

/**
 * RELEASE-REPRODUCIBLE: a release sets {@code project.build.outputTimestamp} (IEC 62304 5.8.5), and a fresh one: a
 * warning when it is still the baseline's, or older than the release's commit by more than {@link #STALE}
 * (a timestamp set once and never updated), since it dates the release and its evidence; reported when it is more
 * than {@link ReferenceDate#AHEAD} after the commit (a release cannot be dated after the commit it builds; the
 * release is then judged against the commit's date, see {@link ReferenceDate}). Outside git, nothing to compare.
 */
public final class ReproducibleRule extends ReleaseRule {

    /** How much older than its commit a release's outputTimestamp may be before it counts as stale. */
    static final Duration STALE = Duration.ofDays(1);

    public ReproducibleRule() {
        super("RELEASE-REPRODUCIBLE", "5.8.5", "A release sets project.build.outputTimestamp, so the build and its "
                + "evidence are reproducible", true);
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        ReleaseFacts release = evidence.release();
        ReferenceDate judged = release.referenceDate();
        if (!release.reproducible()) {
            findings.report(evidence.systemClass(), release.subject(), "has no "
                    + "project.build.outputTimestamp, so neither the build nor its evidence bundle is reproducible. "
                    + "Set it in the pom's <properties> (maven-release-plugin keeps it up to date).");
        } else if (release.git() != null && ReferenceDate.ahead(release.outputTimestamp(), release.git().committed())) {
            findings.report(evidence.systemClass(), release.subject(), "has project.build.outputTimestamp "
                    + release.outputTimestamp() + ", more than a day after its commit "
                    + abbreviated(release.git().commit()) + " (committed " + release.git().committed() + "): a"
                    + " release cannot be dated after the commit it builds (a typo in the year?). Judged against that"
                    + " date, waivers would expire, SOUP anomaly reviews age and SOUP end of support pass as of a day"
                    + " that has not come, and records dated up to it would not count as dated in the future; this"
                    + " build judges them against its commit's date instead (" + judged.describe() + "). Set it to this release's date"
                    + " (mvn release:prepare does).");
        } else if (release.timestampOfBaseline()) {
            Baseline baseline = evidence.regression().baseline();
            findings.warn(evidence.systemClass(), release.subject(), "keeps project.build.outputTimestamp"
                    + (baseline == null ? " of its baseline" : " " + baseline.buildTimestamp() + " of its baseline "
                    + baseline.version()) + ", so the release is dated as the previous one and SOUP anomaly reviews"
                    + (judged.basis() == ReferenceDate.Basis.COMMIT_DATE ? " are judged against its commit's date ("
                    + judged.date() + ") instead" : " are judged against that date") + ". Set it to"
                    + " this release's date (mvn release:prepare does).");
        } else if (stale(release)) {
            findings.warn(evidence.systemClass(), release.subject(), "has project.build.outputTimestamp "
                    + release.outputTimestamp() + ", older than its commit " + abbreviated(release.git().commit())
                    + " (committed " + release.git().committed() + "): the timestamp is stale (set once and not"
                    + " updated), so the release and its evidence are dated before they were made; SOUP anomaly"
                    + " reviews are judged against " + judged.describe() + ". Set it to this release's date"
                    + " (mvn release:prepare does).");
        }
    }

    private static boolean stale(ReleaseFacts release) {
        Instant timestamp = release.outputTimestamp();
        return timestamp != null && release.git() != null
                && release.git().committed().isAfter(timestamp.plus(STALE));
    }

    private static String abbreviated(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
