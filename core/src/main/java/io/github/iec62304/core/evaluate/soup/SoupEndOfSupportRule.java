package io.github.iec62304.core.evaluate.soup;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.soup.SoupEntry;
import io.github.iec62304.core.project.ReferenceDate;

/**
 * SOUP-END-OF-SUPPORT: every SOUP in use states its level of support and its end-of-support date (FDA, Cybersecurity
 * in Medical Devices, 2023, SBOM section, for section 524B), and a release ships none that nobody supports any more:
 * none marked {@code unsupported}, none whose end of support is before the build's {@link ReferenceDate}. IEC 62304
 * 6.1 f asks the maintenance plan for the obsolescence of SOUP, and 7.1.3 relies on someone still publishing and fixing
 * its anomalies. At release an ERROR for class B and C and a warning for A; in a development build a warning, so that
 * the team sees it coming. A missing field is a finding of the same level: an unknown end of support is never fine.
 */
public final class SoupEndOfSupportRule extends SoupRule {

    public SoupEndOfSupportRule() {
        super("SOUP-END-OF-SUPPORT", "6.1 f; 7.1.3",
                "Every SOUP states its support and end of support; a release ships none past its end of support",
                false);
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return safetyClass == SafetyClass.A ? Level.WARN : Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        SoupModel soup = evidence.soup();
        boolean release = evidence.release().releaseBuild();
        ReferenceDate judged = evidence.release().referenceDate();
        String register = soup.register().source();
        for (SoupEntry e : soup.entriesInUse()) {
            Findings at = findings.at(register, e.line());
            String missing = missing(e);
            if (missing != null) {
                reportAs(at, evidence, release, e.key(), "has no " + missing + " (FDA premarket cybersecurity: "
                        + "the level of support and end-of-support date of every component). Add 'support:' ("
                        + "supported, security-fixes-only, in-house or unsupported) and 'endOfSupport:' (YYYY-MM-DD or "
                        + SoupEntry.EndOfSupport.NONE_ANNOUNCED + ") to " + register + ".");
                continue;
            }
            for (String subject : subjects(e, soup)) {
                if (e.support() == SoupEntry.Support.UNSUPPORTED) {
                    reportAs(at, evidence, release, subject, "is unsupported (" + register + "): nobody "
                            + "fixes its defects or vulnerabilities. " + todo(register));
                } else if (e.endOfSupport().date() != null && e.endOfSupport().date().isBefore(judged.date())) {
                    String finding = "its maintainer no longer fixes its defects or vulnerabilities. "
                            + todo(register);
                    report(at, evidence, release, subject, "reached its end of support on "
                            + e.endOfSupport().date() + " (judged against " + judged.describe() + "): " + finding,
                            "reached its end of support on " + e.endOfSupport().date() + ": " + finding);
                }
            }
        }
    }

    /** @return the fields the entry lacks, as a message names them, or {@code null} */
    private static String missing(SoupEntry e) {
        if (e.support() == null && e.endOfSupport() == null) {
            return "support level or end of support";
        }
        return e.support() == null ? "support level" : e.endOfSupport() == null ? "end of support" : null;
    }

    /** @return how messages name what ships under the entry: each component with its version, or the runtime */
    private static java.util.List<String> subjects(SoupEntry e, SoupModel soup) {
        if (e.runtime() != null) {
            return java.util.List.of(e.key() + (e.version() == null ? "" : " " + e.version()));
        }
        return soup.coveredBy(e).stream().map(c -> c.component().display()).toList();
    }

    private static String todo(String register) {
        return "Upgrade to a supported version (a SOUP change, with its change record). If this version must ship, "
                + "take over its maintenance and say so in " + register + " (support: in-house, endOfSupport: until "
                + "when you maintain it), with an anomaly review that finds its unfixed anomalies acceptable; the "
                + "check cannot judge that review.";
    }

    private static void reportAs(Findings findings, Evidence evidence, boolean release, String subject,
                                 String message) {
        report(findings, evidence, release, subject, message, message);
    }

    /**
     * @param statement the finding without the date it was judged against or the development build's advice, so
     *                  that a waiver approved in a development build still holds tomorrow and in the release
     */
    private static void report(Findings findings, Evidence evidence, boolean release, String subject,
                               String message, String statement) {
        if (release) {
            findings.report(evidence.systemClass(), subject, message, statement);
        } else {
            findings.warn(evidence.systemClass(), subject, message + " A release build fails on this (class B, C).",
                    statement);
        }
    }
}
