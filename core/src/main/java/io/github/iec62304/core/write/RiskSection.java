package io.github.iec62304.core.write;

import static io.github.iec62304.core.write.Html.esc;

import io.github.iec62304.core.link.JudgedRecord;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.link.RiskModel;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.risk.Hazard;
import io.github.iec62304.core.model.risk.RiskControl;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The index page's "Risk management" section: for each hazard, the chain hazard -> risk controls -> requirements ->
 * test results drawn with HTML/CSS boxes (no script, no image, no external asset), then a table of the controls. The
 * boxes wrap rather than overflow, and every colour is doubled by the status in words and by the border style
 * (solid: verified, double: not verified, dashed: outside the software), so the picture reads printed in black and
 * white. Written only when the project declares a risk extract.
 */
final class RiskSection {

    /** Added to the page's style only when the section is written: a page without risks keeps its bytes. */
    static final String STYLE = ".chain{display:flex;flex-wrap:wrap;align-items:center;gap:6px 8px;margin:1em 0;"
            + "padding-top:6px;border-top:1px solid #ccc;break-inside:avoid;page-break-inside:avoid}"
            + ".col{display:flex;flex-direction:column;gap:6px;flex:1 1 20em;min-width:0}"
            + ".link{display:flex;flex-wrap:wrap;align-items:center;gap:6px 8px}"
            + ".box{border:2px solid #555;border-radius:4px;padding:4px 8px;max-width:26em;overflow-wrap:anywhere;"
            + "background:#fff}.box.hazard{background:#f3f3f3}.to{font-size:150%;color:#555}"
            + ".box.s-VERIFIED{border-color:#060;background:#e3f3e3}"
            + ".box.s-NOT_VERIFIED,.box.s-NO_REQUIREMENT,.box.s-UNTESTED,.box.s-NONE{border:4px double #a00;"
            + "background:#fbe4e4}.box.s-NOT_SOFTWARE{border:2px dashed #777;background:#eee}"
            + "@media print{body{margin:0}.chain,.box,tr{break-inside:avoid;page-break-inside:avoid}"
            + ".box{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

    private RiskSection() {
    }

    static void append(StringBuilder out, RiskChain chain) {
        List<Hazard> hazards = chain.file().hazards();
        List<RiskModel.ControlTrace> controls = chain.controls();
        Map<RiskChain.ControlStatus, Long> counts = controls.stream().collect(Collectors.groupingBy(RiskChain::status,
                () -> new java.util.EnumMap<>(RiskChain.ControlStatus.class), Collectors.counting()));
        out.append("<h2>Risk management (").append(hazards.size()).append(" hazards, ").append(controls.size())
                .append(" risk controls)</h2>\n<p>From ").append(esc(chain.file().source())).append(". Risk controls: ");
        counts.forEach((s, n) -> out.append(s).append(": ").append(n).append(". "));
        out.append("Each hazard is drawn with its risk controls, the requirements that implement them and their "
                + "tests; every link is in <code>risk-trace.json</code> and <code>risk-trace.csv</code>. Borders: "
                + "solid verified, double not verified, dashed outside the software.</p>\n");
        for (Hazard h : hazards) {
            hazard(out, chain, h);
        }
        controlTable(out, controls);
    }

    private static void hazard(StringBuilder out, RiskChain chain, Hazard h) {
        SafetyClass demanded = chain.demandedClass(h);
        out.append("<div class=\"chain\"><div class=\"box hazard\"><b>").append(esc(h.id())).append("</b><br>")
                .append(esc(h.title())).append("<br><small>Harm: ").append(esc(h.harm())).append("</small><br>")
                .append("Severity ").append(esc(h.severity())).append(demanded == null ? ""
                        : ", demands class " + demanded).append("<br>Risk ").append(esc(probability(h.before())))
                .append(" before, ").append(esc(probability(h.after()))).append(" after control<br>Residual risk: ")
                .append(h.residual() == null ? "<b>not evaluated</b>" : h.residual().acceptable()
                        ? "acceptable" : "<b>not acceptable</b>").append("</div><div class=\"to\">&rarr;</div>")
                .append("<div class=\"col\">");
        int drawn = 0;
        for (String id : h.controls()) {
            RiskModel.ControlTrace c = chain.control(id);
            if (c != null) {
                control(out, c);
                drawn++;
            }
        }
        if (drawn == 0) {
            out.append("<div class=\"box s-NONE\"><b>NO RISK CONTROL</b></div>");
        }
        out.append("</div></div>\n");
    }

    private static String probability(String id) {
        return id == null ? "not estimated" : id;
    }

    private static void control(StringBuilder out, RiskModel.ControlTrace c) {
        RiskChain.ControlStatus status = RiskChain.status(c);
        RiskControl rc = c.control();
        out.append("<div class=\"link\"><div class=\"box s-").append(status).append("\"><b>").append(esc(rc.id()))
                .append("</b> <b>").append(status).append("</b><br>").append(esc(rc.title())).append("<br><small>")
                .append(rc.kind().label()).append(", ").append(where(rc))
                .append(rc.reference() == null ? "" : ": " + esc(rc.reference())).append("</small></div>");
        if (!c.requirements().isEmpty()) {
            out.append("<div class=\"to\">&rarr;</div><div class=\"col\">");
            for (RequirementTrace r : c.requirements()) {
                requirement(out, r);
            }
            out.append("</div>");
        }
        out.append("</div>");
    }

    private static String where(RiskControl rc) {
        return rc.implementedIn() == RiskControl.Where.EXTERNAL ? "outside the system"
                : "in " + rc.implementedIn().label();
    }

    private static void requirement(StringBuilder out, RequirementTrace r) {
        out.append("<div class=\"box s-").append(r.status()).append("\"><b>").append(esc(r.requirement().id()))
                .append("</b> <b>").append(r.status()).append("</b><br>").append(esc(r.requirement().title()))
                .append("<br>Tests passed: ").append(RiskChain.passed(r)).append(" of ").append(r.verifiedBy().size());
        if (!r.records().isEmpty()) {
            out.append("<br>Records passed: ").append(r.records().stream().filter(JudgedRecord::verifies).count())
                    .append(" of ").append(r.records().size());
        }
        out.append("</div>");
    }

    private static void controlTable(StringBuilder out, List<RiskModel.ControlTrace> controls) {
        out.append("<table><tr><th>Risk control</th><th>Title</th><th>Implemented in</th><th>Hazards</th>"
                + "<th>Requirements</th><th>Status</th></tr>\n");
        for (RiskModel.ControlTrace c : controls) {
            RiskChain.ControlStatus status = RiskChain.status(c);
            out.append("<tr><td>").append(esc(c.control().id())).append("</td><td>").append(esc(c.control().title()))
                    .append("</td><td>").append(c.control().implementedIn().label())
                    .append(c.control().reference() == null ? "" : " (" + esc(c.control().reference()) + ")")
                    .append("</td><td>").append(esc(c.hazards().stream().map(Hazard::id)
                            .collect(Collectors.joining(", ")))).append("</td><td>");
            for (RequirementTrace r : c.requirements()) {
                out.append(esc(r.requirement().id())).append(" <span class=\"").append(r.status()).append("\">")
                        .append(r.status()).append("</span><br>");
            }
            out.append("</td><td class=\"").append(status == RiskChain.ControlStatus.NO_REQUIREMENT
                    ? "NOT_VERIFIED" : status).append("\">").append(status).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }
}
