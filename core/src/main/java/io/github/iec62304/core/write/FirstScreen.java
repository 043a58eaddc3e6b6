package io.github.iec62304.core.write;

import static io.github.iec62304.core.write.Html.esc;

import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.link.UnitVerification;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.soup.SoupEntry;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code index.html} shows before anything else: the verdict as a banner, the counts with bars, every violation
 * (linked to its subject in the page and to its rule's page on the site) and a table of contents with the bundle's
 * CSV and JSON files.
 */
final class FirstScreen {

    /** Each rule's page on the site: {@code RULES + id + ".html"}. */
    static final String RULES = "https://iec62304.github.io/iec62304-maven-plugin/rules/";

    static final String STYLE = ".banner{font-size:1.6em;font-weight:bold;padding:.4em .8em;margin:1em 0;"
            + "border:3px solid}.banner.PASSED{background:#e6f4e6;border-color:#060}.banner.FAILED{background:#fbe6e6;"
            + "border-color:#a00}.counts{display:grid;grid-template-columns:max-content 16em max-content;gap:4px 12px;"
            + "align-items:center;margin:1em 0}.bar{height:.9em;background:#f3d3d3;border:1px solid #999}"
            + ".bar.none{background:#eee}.bar>span{display:block;height:100%;background:#4a4}.toc{columns:2 22em}"
            + "a[href^=\"https:\"]{white-space:nowrap}";

    private FirstScreen() {
    }

    /** The banner and the counts. */
    static void summary(StringBuilder out, BundleContent c, RiskChain risks, String verdict) {
        int errors = (int) c.report().violations().stream()
                .filter(v -> v.level().name().equals("ERROR") && v.waived() == null).count();
        out.append("<div class=\"banner ").append(verdict).append("\" role=\"status\">").append(verdict)
                .append(verdict.equals("PASSED") ? ": every rule in force is met"
                        : ": " + errors + " error" + (errors == 1 ? "" : "s") + " fail the build")
                .append("</div>\n<div class=\"counts\">\n");
        List<RequirementTrace> rows = c.evidence().trace().rows();
        count(out, "Requirements verified", rows.stream()
                .filter(r -> r.status() == RequirementTrace.Status.VERIFIED).count(), rows.size(), "#matrix");
        List<?> cases = c.evidence().tests().cases();
        count(out, "Tests passed", c.evidence().tests().cases().stream()
                .filter(t -> t.outcome() == TestOutcome.PASSED).count(), cases.size(), "#tests");
        List<UnitVerification> units = c.evidence().units().units();
        SubjectVerdicts unitVerdicts = UnitVerificationFiles.failedSubjects(c.report());
        // a unit whose failure is waived is not passing: the bar is full only when nothing failed or was waived
        long waivedUnits = units.stream().filter(u -> UnitVerificationFiles.verdict(u, unitVerdicts)
                == UnitVerificationFiles.Verdict.WAIVED).count();
        count(out, "Units passing", units.stream().filter(u -> {
            UnitVerificationFiles.Verdict v = UnitVerificationFiles.verdict(u, unitVerdicts);
            return v != UnitVerificationFiles.Verdict.FAILED && v != UnitVerificationFiles.Verdict.WAIVED;
        }).count(), units.size(), "#units");
        if (waivedUnits > 0) {
            out.append("<span class=\"note\">(").append(waivedUnits).append(" waived)</span>\n");
        }
        SoupModel soup = c.evidence().soup();
        SubjectVerdicts soupVerdicts = SoupListFiles.failedSubjects(c.report(), soup);
        long soupComplete = soup.shipped().stream().filter(s -> SoupListFiles.verdict(s, soupVerdicts)
                .equals("PASSED")).count();
        for (SoupEntry e : soup.runtime()) {
            soupComplete += soupVerdicts.verdict(e.key()).equals("PASSED") ? 1 : 0;
        }
        count(out, "SOUP complete", soupComplete, soup.shipped().size() + soup.runtime().size(), "#soup");
        if (risks.declared()) {
            // controls outside the software are verified where their reference says, not by this build: counted
            // apart, so that a bar that is not full always means a software control the build did not verify
            long outside = risks.controls().stream()
                    .filter(r -> RiskChain.status(r) == RiskChain.ControlStatus.NOT_SOFTWARE).count();
            count(out, "Risk controls verified", risks.controls().stream()
                    .filter(r -> RiskChain.status(r) == RiskChain.ControlStatus.VERIFIED).count(),
                    risks.controls().size() - outside, "#risks");
            if (outside > 0) {
                out.append("<span class=\"note\">(").append(outside).append(" outside the software)</span>\n");
            }
        }
        out.append("</div>\n");
    }

    private static void count(StringBuilder out, String what, long done, long total, String anchor) {
        out.append("<a href=\"").append(anchor).append("\">").append(what).append("</a>");
        if (total == 0) {
            out.append("<div class=\"bar none\"></div><span>none</span>\n");
            return;
        }
        long percent = done * 100 / total;
        out.append("<div class=\"bar\" title=\"").append(percent).append(" %\"><span style=\"width:").append(percent)
                .append("%\"></span></div><span>").append(done).append(" / ").append(total).append("</span>\n");
    }

    /**
     * Every violation, each rule id linked to its page on the site and each subject that has an anchor in the page
     * (a requirement) linked to it.
     */
    static void violations(StringBuilder out, List<Violation> violations, Set<String> requirementIds, Runnable piece) {
        out.append("<h2 id=\"violations\">Violations (").append(violations.size()).append(")</h2>\n");
        if (violations.isEmpty()) {
            out.append("<p>None.</p>\n");
            return;
        }
        out.append("<table class=\"wide\"><thead><tr><th>Level</th><th>Rule</th><th>Subject</th><th>Finding</th>"
                + "<th>IEC 62304</th></tr></thead><tbody>\n");
        for (Violation v : violations) {
            out.append("<tr><td class=\"").append(v.level()).append("\">").append(v.level()).append("</td><td>")
                    .append(ruleLink(v.ruleId())).append("</td><td>");
            if (requirementIds.contains(v.subject())) {
                out.append("<a href=\"#").append(anchor(v.subject())).append("\"><code>").append(esc(v.subject()))
                        .append("</code></a>");
            } else {
                out.append("<code>").append(esc(v.subject())).append("</code>");
            }
            out.append("</td><td>").append(esc(v.message())).append(WaiverSection.note(v)).append("</td><td>")
                    .append(esc(v.clause())).append("</td></tr>\n");
            piece.run();
        }
        out.append("</tbody></table>\n");
    }

    /** The rule id linked to the rule's page on the site. */
    static String ruleLink(String ruleId) {
        return "<a href=\"" + RULES + esc(ruleId) + ".html\">" + esc(ruleId) + "</a>";
    }

    /** The page anchor of a requirement: {@code req-} and its id, escaped for an attribute. */
    static String anchor(String requirementId) {
        return "req-" + esc(requirementId.replace(' ', '_'));
    }

    /** One entry of the table of contents. */
    record Entry(String anchor, String title) {
    }

    /** The table of contents, then the bundle's CSV and JSON files beside {@code index.html}. */
    static void contents(StringBuilder out, List<Entry> entries, Set<String> files) {
        out.append("<h2 id=\"contents\">Contents</h2>\n<ul class=\"toc\">\n");
        for (Entry e : entries) {
            out.append("<li><a href=\"#").append(e.anchor()).append("\">").append(esc(e.title())).append("</a></li>\n");
        }
        out.append("</ul>\n<p>Files of this bundle: ").append(files.stream().sorted()
                .filter(f -> f.endsWith(".csv") || f.endsWith(".json"))
                .map(f -> "<a href=\"" + esc(f) + "\">" + esc(f) + "</a>").collect(Collectors.joining(", ")))
                .append(".</p>\n");
    }

    /**
     * The words of the page, defined once (issue 17): a rule's result, a test's outcome, a requirement's status and an
     * anomaly's evaluation are four different facts, and one event (a skipped test evaluated as an acceptable residual
     * anomaly) shows in all four. Folded; printed open.
     */
    static void legend(StringBuilder out, boolean waivers) {
        String waived = waivers ? w("WAIVED") + ": every finding is accepted by an approved, unexpired waiver "
                + "(Waivers). " : "";
        out.append("<details class=\"legend\"><summary>How to read this page</summary>\n<dl>\n")
                .append("<dt>Rule result (Rules, Violations)</dt><dd>").append(w("PASSED")).append(": no finding. ")
                .append(w("FAILED")).append(": at least one finding at level ERROR; the build fails. ")
                .append(w("WARNED")).append(": findings at level WARN only; the build does not fail on them, and ")
                .append("they stay in the evidence. ").append(waived).append(w("NOT_APPLICABLE"))
                .append(": the rule does not apply to this build (a release rule in a development build, a rule ")
                .append("for a register the project does not have). ").append(w("OFF"))
                .append(": the rule's level for this class is OFF.</dd>\n")
                .append("<dt>Level (of a rule, for the declared class)</dt><dd>").append(w("ERROR"))
                .append(" fails the build, ").append(w("WARN")).append(" reports, ").append(w("OFF"))
                .append(" does not check. Only the level for the declared class is shown; the levels for A / B / C ")
                .append("are in the cell's tooltip and on the rule's page.</dd>\n")
                .append("<dt>Test outcome (Test record, Traceability matrix)</dt><dd>").append(w("PASSED"))
                .append(", ").append(w("FAILED")).append(" (an assertion failed), ").append(w("ERROR"))
                .append(" (the test threw), ").append(w("SKIPPED")).append(" (reported but not executed), ")
                .append(w("NOT_RUN")).append(" (a test the code or the catalog names, with no result in this ")
                .append("build's reports). Only PASSED verifies.</dd>\n")
                .append("<dt>Requirement status (Traceability matrix)</dt><dd>").append(w("VERIFIED"))
                .append(": every method of its verification plan has evidence, and all of it passed. ")
                .append(w("NOT_VERIFIED")).append(": some evidence did not pass, or a planned method has none. ")
                .append(w("UNTESTED")).append(": no evidence at all.</dd>\n")
                .append("<dt>Anomaly evaluation (Residual anomalies)</dt><dd>").append(w("ACCEPTABLE"))
                .append(" / ").append(w("UNACCEPTABLE")).append(": the team's evaluation (5.8.3), with who and ")
                .append("when. ").append(w("NOT_EVALUATED")).append(": no complete evaluation yet. A test that ")
                .append("did not pass and that an anomaly record evaluates as ACCEPTABLE (\"accepted as residual ")
                .append("anomaly\" in a finding) keeps its outcome and does not verify, and its rule reports it at ")
                .append("WARN instead of ERROR, so the rule's result is WARNED.</dd>\n")
                .append("<dt>Conformity result (Conformity per clause)</dt><dd>").append(w("PASS")).append(", ")
                .append(w("FAIL")).append(", ").append(w("WARNED")).append(waivers ? ", " + w("WAIVED") : "")
                .append(" from the rules that decide the clause; ").append(w("NOT_DECIDED"))
                .append(" when they do not decide it alone; ").append(w("MANUAL"))
                .append(" for a human record the build cannot judge; ").append(w("N/A"))
                .append(" for a clause that does not apply to the class.</dd>\n</dl></details>\n");
    }

    private static String w(String word) {
        return "<strong>" + word + "</strong>";
    }
}
