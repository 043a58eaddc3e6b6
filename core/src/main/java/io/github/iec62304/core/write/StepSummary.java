package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.Violation;
import java.util.List;

/**
 * The short Markdown summary a GitHub Actions job page shows (the file named by {@code GITHUB_STEP_SUMMARY}): the
 * verdict, the counts, the first violations and where the evidence is. Not part of the bundle: it describes the
 * build for the person looking at the CI run, and the bundle already holds everything it says.
 *
 * <p>Text from the registers (titles, messages) is escaped so that it cannot break the table or inject HTML or
 * links into the job page.
 */
public final class StepSummary {

    /** How many violations the table lists; the rest are counted and left to the bundle. */
    static final int LISTED = 10;

    private StepSummary() {
    }

    /**
     * @param report     the gate outcome
     * @param project    what was checked, e.g. {@code com.example:pump 1.0.0}
     * @param bundle     the evidence bundle zip, relative to the project
     * @param reportOnly {@code true} when the gates failed and the build was not failed on purpose
     *                   ({@code iec62304.failOnError=false})
     * @return the Markdown to append, ending with a blank line
     */
    public static String markdown(GateReport report, String project, String bundle, boolean reportOnly) {
        StringBuilder md = new StringBuilder();
        String verdict = report.passed() ? "PASSED" : "FAILED";
        md.append("### IEC 62304 check: ").append(verdict).append(report.passed() ? " :white_check_mark:" : " :x:")
                .append("\n\n");
        md.append(escape(project)).append(": ").append(report.errors()).append(" error(s), ")
                .append(report.warnings()).append(" warning(s), ").append(report.waived()).append(" waived, ")
                .append(report.rules().size()).append(" rules.\n\n");
        if (reportOnly) {
            md.append("**The build was not failed on purpose (`iec62304.failOnError=false`): the evidence says "
                    + "FAILED.** Fix the errors below before a release; a release build refuses this switch.\n\n");
        }
        List<Violation> shown = report.violations().stream().filter(v -> v.level() != Level.WAIVED)
                .limit(LISTED).toList();
        if (!shown.isEmpty()) {
            md.append("| Level | Rule | Subject | Finding |\n|---|---|---|---|\n");
            for (Violation v : shown) {
                md.append("| ").append(v.level()).append(" | ").append(escape(v.ruleId())).append(" | ")
                        .append(escape(v.subject())).append(" | ").append(escape(v.message()));
                if (v.location() != null) {
                    md.append(" (").append(escape(v.location().file()))
                            .append(v.location().line() > 0 ? ":" + v.location().line() : "").append(')');
                }
                md.append(" |\n");
            }
            long rest = report.errors() + report.warnings() - shown.size();
            if (rest > 0) {
                md.append("\n... and ").append(rest).append(" more.\n");
            }
            md.append('\n');
        }
        md.append("Evidence: `").append(bundle.replace("`", "'")).append("` (open `index.html` in it; the build's "
                + "log lists every violation).\n\n");
        return md.toString();
    }

    /** @return {@code text} on one line, with Markdown and HTML characters escaped */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\n', '\r', '\t' -> b.append(' ');
                case '|', '\\', '`', '*', '_', '[', ']', '#', '!' -> b.append('\\').append(c);
                default -> b.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return b.toString();
    }
}
