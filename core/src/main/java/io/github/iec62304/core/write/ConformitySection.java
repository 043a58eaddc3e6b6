package io.github.iec62304.core.write;

import static io.github.iec62304.core.write.Html.esc;

import io.github.iec62304.core.model.conformity.ClauseCatalog;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index page's conformity table: one row per IEC 62304 clause under the heading of its top clause, as a test
 * report form lays it out, with the result, why, the deciding rules, the record the team keeps and the evidence.
 */
final class ConformitySection {

    static final String STYLE = ".PASS{color:#060}.FAIL{color:#a00;font-weight:bold}.MANUAL{color:#046}"
            + ".NOT_DECIDED,.NA{color:#666}tr.heading th{background:#ddd}";

    private ConformitySection() {
    }

    static void append(StringBuilder out, BundleContent c, Set<String> files) {
        List<ConformityTable.Row> rows = ConformityTable.rows(c.evidence(), c.report(), files);
        out.append("<h2>Conformity per clause (").append(ClauseCatalog.EDITION).append(", class ")
                .append(c.evidence().systemClass()).append(")</h2>\n<p>");
        for (Map.Entry<String, Long> e : ConformityTable.summary(rows).entrySet()) {
            if (e.getValue() > 0) {
                out.append(e.getKey()).append(": ").append(e.getValue()).append(". ");
            }
        }
        out.append("A PASS means the build's rules for the clause passed; where the team also keeps a record, the "
                + "build does not judge it. MANUAL: no build can judge the clause. NOT_DECIDED: its rules did not "
                + "apply to this build. Also in <code>conformity.json</code> and <code>conformity.csv</code>.</p>\n"
                + "<table><tr><th>Clause</th><th>Requirement (paraphrased)</th><th>Classes</th><th>Result</th>"
                + "<th>Why</th><th>Rules</th><th>Record kept by the team</th><th>Evidence</th></tr>\n");
        String top = "";
        for (ConformityTable.Row row : rows) {
            String number = row.clause().number();
            String now = number.substring(0, number.indexOf('.'));
            if (!now.equals(top)) {
                top = now;
                out.append("<tr class=\"heading\"><th>").append(top).append("</th><th colspan=\"7\">")
                        .append(esc(ClauseCatalog.HEADINGS.get(top))).append("</th></tr>\n");
            }
            String css = row.result().equals(ConformityTable.NOT_APPLICABLE) ? "NA" : row.result();
            out.append("<tr><td>").append(number).append("</td><td>").append(esc(row.clause().title()))
                    .append("</td><td>").append(row.clause().classNames()).append("</td><td class=\"").append(css)
                    .append("\">").append(esc(row.result())).append("</td><td>").append(esc(row.reason()))
                    .append("</td><td>").append(String.join("<br>", row.rules().stream()
                            .map(r -> esc(r.id() + " " + r.verdict())).toList()))
                    .append("</td><td>").append(esc(row.clause().record() == null ? "" : row.clause().record()))
                    .append("</td><td>").append(esc(String.join(", ", row.evidence()))).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }
}
