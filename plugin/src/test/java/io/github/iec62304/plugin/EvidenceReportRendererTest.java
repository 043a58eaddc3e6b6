package io.github.iec62304.plugin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.read.summary.EvidenceSummary;
import java.io.StringWriter;
import java.util.List;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.junit.jupiter.api.Test;

/** Issue 17: the site page of the report goal, rendered from a bundle's summary. */
@Verifies("TOOL-GOAL-REPORT")
class EvidenceReportRendererTest {

    private static String render(EvidenceSummary summary, String index) {
        StringWriter out = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(out);
        new EvidenceReportRenderer(sink, summary, index).render();
        sink.flush();
        return out.toString();
    }

    private static EvidenceSummary summary(List<EvidenceSummary.Clause> conformity) {
        return new EvidenceSummary("com.acme:pump:1.0.0", "Pump", "B", "FAILED", "2026-01-31T10:00:00Z",
                List.of(new EvidenceSummary.Rule("TRACE-TESTED", "5.1.1 c; 5.7.1", "FAILED", 1, 0),
                        new EvidenceSummary.Rule("TRACE-PASSED", "5.7.1", "PASSED", 0, 0)),
                List.of(new EvidenceSummary.Violation("TRACE-TESTED", "5.1.1 c; 5.7.1", "ERROR", "REQ-1",
                        "\"<b>Rate</b>\" {has, no} test.")), conformity);
    }

    @Test
    void showsVerdictCountsViolationsAndTheLinkToTheBundle() {
        String html = render(summary(List.of()), "iec62304/index.html");

        assertTrue(html.contains("Pump (com.acme:pump:1.0.0), software safety class B, built 2026-01-31T10:00:00Z."),
                html);
        // verdict, rules passed, failed, warned, waived, not applicable, off, violations
        assertTrue(html.replaceAll("\\s+", "").contains("<td>FAILED</td><td>1</td><td>1</td><td>0</td><td>0</td>"
                + "<td>0</td><td>0</td><td>1</td>"), html);
        assertTrue(html.contains("href=\"iec62304/index.html\""), html);
        // user text is escaped and never read as a link pattern
        assertTrue(html.contains("&quot;&lt;b&gt;Rate&lt;/b&gt;&quot; {has, no} test.")
                || html.contains("\"&lt;b&gt;Rate&lt;/b&gt;\" {has, no} test."), html);
        assertFalse(html.contains("Conformity per clause"), html);
    }

    @Verifies("TOOL-TRACE-TESTED")
    @Test
    void showsTheConformityTableWhenTheBundleHasOne() {
        String html = render(summary(List.of(new EvidenceSummary.Clause("5.7.1", "Tests pass", "FAIL",
                "TRACE-TESTED failed: 1 error"))), null);

        assertTrue(html.contains("Conformity per clause"), html);
        assertTrue(html.replaceAll("\\s+", "").contains("<td>5.7.1</td><td>Testspass</td><td>FAIL</td>"), html);
        assertFalse(html.contains("index.html"), html);
    }
}
