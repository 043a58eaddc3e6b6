package io.github.iec62304.core.write;

import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test record as {@code test-record.json} and {@code test-record.csv}: every test case of this build, its
 * outcome, re-runs, message and reports. Not its duration, which changes with every run of the same tests (it stays
 * in surefire's own reports), so that the bundle is a function of what the tests showed. Never the reports'
 * {@code <properties>} (absolute paths, class path of the forked JVM).
 */
final class TestRecordFiles {

    private TestRecordFiles() {
    }

    static Map<TestOutcome, Integer> summary(TestRecord record) {
        Map<TestOutcome, Integer> counts = new EnumMap<>(TestOutcome.class);
        for (TestOutcome o : TestOutcome.values()) {
            if (o != TestOutcome.NOT_RUN) {
                counts.put(o, 0);
            }
        }
        record.cases().forEach(c -> counts.merge(c.outcome(), 1, Integer::sum));
        return counts;
    }

    static byte[] json(TestRecord record, CodeScan scan) {
        boolean modules = !scan.modules().isEmpty();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("total", record.cases().size());
        summary(record).forEach((o, n) -> summary.put(o.name().toLowerCase(java.util.Locale.ROOT), n));
        summary.put("flaky", record.cases().stream().filter(TestCaseResult::isFlaky).count());
        summary.put("staleReportsIgnored", new java.util.TreeSet<>(record.staleReports().values()));
        List<Object> cases = new ArrayList<>();
        for (TestCaseResult c : record.cases()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("class", c.className());
            if (modules) {
                m.put("module", scan.moduleOf(c.className()));
            }
            m.put("name", c.name());
            m.put("id", c.id());
            m.put("outcome", c.outcome().name());
            m.put("reruns", c.reruns());
            m.put("message", c.message());
            m.put("reports", c.sources());
            cases.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("summary", summary);
        root.put("testCases", cases);
        return Json.bytes(root);
    }

    /** {@code test-record.csv}: one row per test case; its {@code reports} cell is a list joined with {@code ; }. */
    static byte[] csv(TestRecord record, CodeScan scan) {
        boolean modules = !scan.modules().isEmpty();
        Csv csv = modules ? new Csv("module", "class", "name", "id", "outcome", "reruns", "message", "reports")
                : new Csv("class", "name", "id", "outcome", "reruns", "message", "reports");
        for (TestCaseResult c : record.cases()) {
            List<String> cells = List.of(c.className(), c.name(), c.id(), c.outcome().name(),
                    Integer.toString(c.reruns()), c.message(), Csv.list(c.sources()));
            if (modules) {
                List<String> withModule = new ArrayList<>();
                withModule.add(java.util.Objects.toString(scan.moduleOf(c.className()), ""));
                withModule.addAll(cells);
                cells = withModule;
            }
            csv.row(cells);
        }
        return csv.bytes();
    }
}
