package io.github.iec62304.core.evaluate.soup;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.model.soup.SoupEntry;
import io.github.iec62304.core.project.ReferenceDate;
import java.time.Period;

/**
 * SOUP-ANOMALY-REVIEW: for class B and C, every SOUP in use names where its published anomaly list is, and that list
 * was evaluated for exactly the version that ships, recently enough (7.1.3). "Recently" is judged against the
 * build's {@link ReferenceDate}: a release's {@code outputTimestamp} or its commit's date, whichever is later; a
 * development build's own day. A review dated more than {@value #TOLERANCE_DAYS} day after that date is a violation,
 * not a warning: a review cannot postdate the build that relies on it, and a mistyped year ({@code 2062} for
 * {@code 2026}) would otherwise keep it fresh for decades. The day of tolerance covers time zones east of UTC.
 */
public final class SoupAnomalyReviewRule extends SoupRule {

    /** How many days a review may be dated after the reference date (UTC): a reviewer's local date may be ahead. */
    static final int TOLERANCE_DAYS = 1;

    public SoupAnomalyReviewRule() {
        super("SOUP-ANOMALY-REVIEW", "7.1.3",
                "The anomaly list of every SOUP was evaluated for the version that ships", true);
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        SoupModel soup = evidence.soup();
        String register = soup.register().source();
        for (SoupEntry e : soup.entriesInUse()) {
            Findings at = findings.at(register, e.line());
            if (e.anomalyList() == null) {
                at.report(evidence.systemClass(), e.key(), "names no published anomaly list. Add "
                        + "'anomalyList:' (its issue tracker or security advisories) to " + register + ".");
            }
            SoupEntry.AnomalyReview r = e.anomalyReview();
            if (r == null || r.version() == null || r.date() == null || r.reviewer() == null || r.result() == null) {
                at.report(evidence.systemClass(), e.key(), "has no complete anomaly review (version, date, "
                        + "reviewer, result). Evaluate its anomaly list and record it under 'anomalyReview:' in "
                        + register + ".");
                continue;
            }
            ReferenceDate judged = evidence.release().referenceDate();
            if (r.date().plus(soup.reviewMaxAge()).isBefore(judged.date())) {
                String older = "its anomaly review of " + r.date() + " is older than "
                        + describe(soup.reviewMaxAge());
                at.report(evidence.systemClass(), e.key(), older + " (judged against " + judged.describe()
                        + "). Review the anomaly list again.", older + ".");
            } else if (r.date().isAfter(judged.date().plusDays(TOLERANCE_DAYS))) {
                at.report(evidence.systemClass(), e.key(), "its anomaly review is dated " + r.date()
                        + ", after the date it is judged against (" + judged.describe() + "): a review cannot"
                        + " postdate the build that relies on it. Correct the date"
                        + (judged.basis() == ReferenceDate.Basis.RELEASE_TIMESTAMP
                        ? ", or set project.build.outputTimestamp to this release's date." : "."),
                        "its anomaly review is dated " + r.date() + ", after the date the build is judged against.");
            }
            for (SoupModel.Component c : soup.coveredBy(e)) {
                if (!c.component().version().equals(r.version())) {
                    at.report(evidence.systemClass(), c.component().display(), "its anomaly review is for "
                            + "version " + r.version() + "; review the published anomaly list for "
                            + c.component().version() + ".");
                }
            }
            if (e.runtime() != null && e.version() != null && !e.version().equals(r.version())) {
                at.report(evidence.systemClass(), e.key(), "its anomaly review is for version " + r.version()
                        + "; review the published anomaly list for " + e.version() + ".");
            }
        }
    }

    static String describe(Period p) {
        if (p.getYears() == 0 && p.getDays() == 0) {
            return p.getMonths() + (p.getMonths() == 1 ? " month" : " months");
        }
        if (p.getYears() == 0 && p.getMonths() == 0) {
            return p.getDays() + (p.getDays() == 1 ? " day" : " days");
        }
        return p.toString();
    }
}
