package io.github.iec62304.core.write;

import static io.github.iec62304.core.write.Html.esc;

import io.github.iec62304.core.link.AnomalyModel;
import io.github.iec62304.core.link.ChangeImpact;
import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.link.VerifyingTest;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.model.release.ChangeLog;
import java.util.List;

/** The index page's sections of the regression and release gates: regression, residual anomalies, checklist. */
final class ReleaseSections {

    private static final int MAX_LISTED = 1000;

    private ReleaseSections() {
    }

    static void append(StringBuilder out, BundleContent c) {
        regression(out, c.evidence().regression());
        anomalies(out, c.evidence().anomalies());
        checklist(out, c);
    }

    private static void regression(StringBuilder out, RegressionModel r) {
        out.append("<h2>Regression (").append(r.differences().size()).append(" differences)</h2>\n<p>");
        Baseline b = r.baseline();
        if (b == null) {
            out.append("Not compared: ").append(esc(r.notApplicable())).append(".</p>\n");
            return;
        }
        out.append("Compared with baseline ").append(esc(b.version())).append(" (").append(esc(b.source()))
                .append(", SHA-256 ").append(esc(b.sha256())).append("); change records of release ")
                .append(esc(r.release())).append(" from ").append(esc(r.changes().source())).append(". ")
                .append(r.summary().baselineTests()).append(" test cases then, ").append(r.summary().tests())
                .append(" now (").append(r.summary().testsAdded()).append(" new).")
                .append(r.soupNote() == null ? "" : " " + esc(r.soupNote()) + ".")
                .append(" Every difference is in <code>regression-report.csv</code>.</p>\n");
        if (!r.differences().isEmpty()) {
            differences(out, r);
        }
        impact(out, r.impact());
    }

    private static void differences(StringBuilder out, RegressionModel r) {
        out.append("<table><tr><th>Kind</th><th>Subject</th><th>Baseline</th><th>Now</th><th>Rule</th>"
                + "<th>Justified by</th><th>Rationale</th></tr>\n");
        for (RegressionModel.Difference d : limit(r.differences())) {
            ChangeLog.Justification j = d.justification();
            // a described difference says what changed; its fingerprints are in regression-report.json
            String before = d.kind().described() && d.kind() != RegressionModel.Kind.LINK ? "" : text(d.before());
            String now = d.kind().described() ? d.detail() : text(d.now());
            out.append("<tr><td>").append(d.kind()).append("</td><td><code>").append(esc(d.subject()))
                    .append("</code></td><td>").append(esc(before)).append("</td><td>")
                    .append(esc(now)).append("</td><td>").append(d.kind().rule()).append("</td><td class=\"")
                    .append(j == null ? "FAILED\">not justified" : "PASSED\">" + esc(j.change()))
                    .append("</td><td>").append(j == null ? "" : esc(j.rationale())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    /** Changed unit -> requirements -> risk controls -> tests -> outcome (7.4.2, 7.4.3). */
    private static void impact(StringBuilder out, ChangeImpact impact) {
        out.append("<h3>Change impact (").append(impact.units().size()).append(" units changed or added)</h3>\n<p>");
        if (impact.notComputed() != null) {
            out.append("Not computed: ").append(esc(impact.notComputed())).append(".</p>\n");
            return;
        }
        out.append("Units whose code (class file fingerprints) differs from the baseline, with the requirements "
                + "their code implements, the risk controls of those, and their tests in this build. Every row is in "
                + "<code>change-impact.csv</code>.</p>\n");
        if (impact.units().isEmpty()) {
            return;
        }
        out.append("<table><tr><th>Unit</th><th>Class</th><th>Change</th><th>Requirements</th>"
                + "<th>Risk controls</th><th>Tests passed</th></tr>\n");
        for (ChangeImpact.Unit u : limit(impact.units())) {
            long tests = u.requirements().stream().mapToLong(q -> q.verifiedBy().size()).sum();
            long passed = u.requirements().stream().mapToLong(q -> q.verifiedBy().stream()
                    .filter(VerifyingTest::passed).count()).sum();
            out.append("<tr><td><code>").append(esc(u.id())).append("</code></td><td>").append(u.safetyClass())
                    .append("</td><td>").append(u.change()).append("</td><td>")
                    .append(esc(String.join(", ", u.requirements().stream().map(q -> q.requirement().id() + " "
                            + q.status()).toList()))).append("</td><td>").append(esc(String.join(", ",
                            u.riskControls()))).append("</td><td class=\"").append(passed == tests ? "PASSED"
                            : "FAILED").append("\">").append(passed).append(" of ").append(tests)
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void anomalies(StringBuilder out, AnomalyModel a) {
        out.append("<h2>Residual anomalies (").append(a.residual().size()).append(")</h2>\n<p>Open problem reports "
                + "of ").append(esc(a.register().source())).append(", verifying and unit tests that did not pass, "
                + "and exploitable or unanalysed vulnerabilities of shipped SOUP.</p>\n");
        if (a.residual().isEmpty()) {
            return;
        }
        out.append("<table><tr><th>Kind</th><th>Subject</th><th>State</th><th>Record</th><th>Safety impact</th>"
                + "<th>Evaluation</th><th>Evaluated by, on</th><th>Verdict</th></tr>\n");
        for (AnomalyModel.Residual r : limit(a.residual())) {
            var rec = r.record();
            String verdict = r.verdict();
            out.append("<tr><td>").append(r.kind()).append("</td><td><code>").append(esc(r.subject()))
                    .append("</code></td><td>").append(esc(r.detail())).append("</td><td>")
                    .append(rec == null ? "" : esc(rec.id())).append("</td><td>")
                    .append(rec == null ? "" : esc(text(rec.safetyImpact()))).append("</td><td>")
                    .append(rec == null ? "" : esc(text(rec.evaluation()))).append("</td><td>")
                    .append(rec == null || rec.evaluatedBy() == null ? "" : esc(rec.evaluatedBy() + ", "
                            + text(rec.date()))).append("</td><td class=\"")
                    .append(verdict.equals("ACCEPTABLE") ? "PASSED" : "FAILED").append("\">").append(verdict)
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void checklist(StringBuilder out, BundleContent c) {
        out.append("<h2>Release checklist (IEC 62304 5.8)</h2>\n<p>")
                .append(c.evidence().release().releaseBuild() ? "Release build: " : "Not a release build: ")
                .append(esc(c.evidence().release().why())).append(".</p>\n<table><tr><th>Clause</th><th>Activity</th>"
                        + "<th>Result</th><th>Rules</th><th>Evidence</th></tr>\n");
        for (ReleaseChecklist.Item i : ReleaseChecklist.items(c.evidence(), c.report())) {
            out.append("<tr><td>").append(i.clause()).append("</td><td>").append(esc(i.item()))
                    .append("</td><td class=\"").append(i.result()).append("\">").append(i.result())
                    .append("</td><td>").append(esc(String.join(", ", i.rules()))).append("</td><td>")
                    .append(esc(i.evidence())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static <T> List<T> limit(List<T> list) {
        return list.size() > MAX_LISTED ? list.subList(0, MAX_LISTED) : list;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
