package io.github.iec62304.plugin;

import io.github.iec62304.core.read.summary.EvidenceSummary;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/** The site page of the {@code report} goal, written to a Doxia sink from an {@link EvidenceSummary}. */
final class EvidenceReportRenderer extends AbstractMavenReportRenderer {

    private final EvidenceSummary summary;
    private final String bundleIndex;

    /** @param bundleIndex link to the bundle's own {@code index.html}, or {@code null} when it was not copied */
    EvidenceReportRenderer(Sink sink, EvidenceSummary summary, String bundleIndex) {
        super(sink);
        this.summary = summary;
        this.bundleIndex = bundleIndex;
    }

    @Override
    public String getTitle() {
        return "IEC 62304 evidence";
    }

    @Override
    protected void renderBody() {
        startSection(getTitle());
        paragraph(summary.name() + " (" + summary.project() + "), software safety class " + summary.safetyClass()
                + (summary.buildTimestamp() == null ? "" : ", built " + summary.buildTimestamp()) + ".");
        startTable();
        row(true, "Verdict", "Rules passed", "failed", "warned", "waived", "not applicable", "off", "Violations");
        row(false, summary.verdict(), count("PASSED"), count("FAILED"), count("WARNED"), count("WAIVED"),
                count("NOT_APPLICABLE"), count("OFF"), Integer.toString(summary.violations().size()));
        endTable();
        if (bundleIndex != null) {
            sink.paragraph();
            text("The whole evidence bundle: ");
            link(bundleIndex, "index.html");
            text(" (trace matrix, test record, unit verification, SOUP list, and the JSON and CSV files).");
            sink.paragraph_();
        }
        violations();
        conformity();
        rules();
        endSection();
    }

    /** A table row of plain text: messages are user text, never link patterns or HTML. */
    private void row(boolean header, String... cells) {
        sink.tableRow();
        for (String cell : cells) {
            if (header) {
                sink.tableHeaderCell();
                sink.text(cell);
                sink.tableHeaderCell_();
            } else {
                sink.tableCell();
                sink.text(cell);
                sink.tableCell_();
            }
        }
        sink.tableRow_();
    }

    private String count(String verdict) {
        return Long.toString(summary.count(verdict));
    }

    private void violations() {
        startSection("Violations");
        if (summary.violations().isEmpty()) {
            paragraph("None.");
        } else {
            startTable();
            row(true, "Level", "Rule", "Clause", "Subject", "Message");
            for (EvidenceSummary.Violation v : summary.violations()) {
                row(false, v.level(), v.rule(), v.clause(), v.subject(), v.message());
            }
            endTable();
        }
        endSection();
    }

    private void rules() {
        startSection("Rules");
        startTable();
        row(true, "Rule", "Clause", "Verdict", "Errors", "Warnings");
        for (EvidenceSummary.Rule r : summary.rules()) {
            row(false, r.id(), r.clause(), r.verdict(), Integer.toString(r.errors()), Integer.toString(r.warnings()));
        }
        endTable();
        endSection();
    }

    private void conformity() {
        if (summary.conformity().isEmpty()) {
            return;
        }
        startSection("Conformity per clause");
        startTable();
        row(true, "Clause", "Title", "Result", "Reason");
        for (EvidenceSummary.Clause c : summary.conformity()) {
            row(false, c.clause(), c.title(), c.result(), c.reason());
        }
        endTable();
        endSection();
    }
}
