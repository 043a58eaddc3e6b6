package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.model.conformity.ClauseCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code conformity.json} and {@code conformity.csv}: one line per IEC 62304 clause ({@link ConformityTable}) with its
 * result for the declared class, the rules that decide it, the record the team keeps and the evidence files.
 */
final class ConformityFiles {

    private ConformityFiles() {
    }

    static byte[] json(Evidence evidence, GateReport report, Set<String> files) {
        List<ConformityTable.Row> rows = ConformityTable.rows(evidence, report, files);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("standard", ClauseCatalog.EDITION);
        root.put("safetyClass", evidence.systemClass().name());
        root.put("releaseBuild", evidence.release().releaseBuild());
        root.put("summary", ConformityTable.summary(rows));
        List<Object> clauses = new ArrayList<>();
        for (ConformityTable.Row row : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clause", row.clause().number());
            m.put("title", row.clause().title());
            m.put("classes", row.clause().classes().stream().sorted().map(Enum::name).toList());
            m.put("result", row.result());
            m.put("reason", row.reason());
            m.put("rules", row.rules().stream().map(r -> {
                Map<String, Object> rule = new LinkedHashMap<>();
                rule.put("id", r.id());
                rule.put("verdict", r.verdict());
                return rule;
            }).toList());
            m.put("record", row.clause().record());
            m.put("evidence", row.evidence());
            clauses.add(m);
        }
        root.put("clauses", clauses);
        return Json.bytes(root);
    }

    /**
     * {@code conformity.csv}: one row per clause (a table, not a file about links); its {@code rules} cell
     * ({@code TRACE-TESTED=PASSED; TRACE-PASSED=FAILED}) and {@code evidence} cell are lists joined with {@code ; }.
     */
    static byte[] csv(Evidence evidence, GateReport report, Set<String> files) {
        Csv csv = new Csv("clause", "title", "classes", "result", "reason", "rules", "record", "evidence");
        for (ConformityTable.Row row : ConformityTable.rows(evidence, report, files)) {
            csv.row(List.of(row.clause().number(), row.clause().title(), row.clause().classNames(), row.result(),
                    row.reason(), Csv.list(row.rules().stream().map(r -> r.id() + "=" + r.verdict()).toList()),
                    row.clause().record() == null ? "" : row.clause().record(), Csv.list(row.evidence())));
        }
        return csv.bytes();
    }
}
