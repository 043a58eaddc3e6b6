package io.github.iec62304.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.link.RegressionModel.Difference;
import io.github.iec62304.core.link.RegressionModel.Kind;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.read.baseline.BaselineReader;
import io.github.iec62304.core.read.surefire.TestReports;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Upgrading surefire between releases, with real reports of one test project (surefire-versions/README.md): the
 * same tests with the same results are no regression, whether the baseline was written by this plugin version
 * (canonical {@code id}s) or an older one (reported names only, identical names collapsed); a removed test still is.
 */
@Verifies("TOOL-READ-TEST-IDENTITY")
class SurefireUpgradeRegressionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEART = "org.acme.monitor.HeartRateCalculatorTest";

    static TestRecord record(String version) throws Exception {
        Path dir = Path.of(SurefireUpgradeRegressionTest.class.getResource("/surefire-versions/" + version + "/rerun")
                .toURI());
        return TestReports.read(List.of(new TestReports.Directory(dir, "target/surefire-reports")),
                FileTime.fromMillis(0));
    }

    /** test-record.json as this version writes it: every invocation with its canonical id. */
    private static ObjectNode written(TestRecord record) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode cases = root.putArray("testCases");
        for (TestCaseResult c : record.cases()) {
            cases.addObject().put("class", c.className()).put("name", c.name()).put("id", c.id())
                    .put("outcome", c.outcome().name());
        }
        return root;
    }

    /** test-record.json as the plugin wrote it before canonical ids: no id, identical names merged worst-wins. */
    private static ObjectNode writtenByAnOlderVersion(TestRecord record) {
        Map<String, TestCaseResult> merged = new LinkedHashMap<>();
        for (TestCaseResult c : record.cases()) {
            merged.merge(c.className() + "#" + c.name(), c, (a, b) -> a.outcome().worst(b.outcome()) == a.outcome()
                    ? a : b);
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode cases = root.putArray("testCases");
        merged.values().forEach(c -> cases.addObject().put("class", c.className()).put("name", c.name())
                .put("outcome", c.outcome().name()));
        return root;
    }

    private static List<Difference> testDifferences(ObjectNode baselineRecord, TestRecord now,
                                                    Predicate<TestCaseResult> keep) {
        ReleaseProject p = new ReleaseProject(SafetyClass.B);
        BaselineReader.tests(baselineRecord, "baseline").forEach(p::baselineTest);
        TestRecord kept = new TestRecord(now.cases().stream().filter(keep).toList(), now.inputs(), Map.of());
        p.now(u -> u.reported(kept));
        return p.regression().differences().stream().filter(d -> d.kind() == Kind.TEST).toList();
    }

    @ParameterizedTest(name = "surefire {0} -> {1}")
    @CsvSource({"2.22.2, 3.0.0", "3.0.0, 3.4.0", "3.4.0, 3.5.2", "3.5.2, 3.6.0", "3.6.0, 3.6.1", "2.22.2, 3.6.1",
            "3.0.0, 3.6.1"})
    void upgradingSurefireIsNoRegression(String before, String after) throws Exception {
        TestRecord then = record(before);
        TestRecord now = record(after);

        assertEquals(List.of(), testDifferences(written(then), now, c -> true));
        assertEquals(List.of(), testDifferences(writtenByAnOlderVersion(then), now, c -> true));
    }

    @ParameterizedTest(name = "surefire {0}")
    @CsvSource({"2.22.2", "3.0.0", "3.4.0", "3.5.2", "3.6.0", "3.6.1"})
    void everyVersionGivesTheSameIdentities(String version) throws Exception {
        assertEquals(record("3.6.1").cases().stream().map(TestCaseResult::id).sorted().toList(),
                record(version).cases().stream().map(TestCaseResult::id).sorted().toList());
    }

    @ParameterizedTest(name = "surefire {0} -> {1}")
    @CsvSource({"2.22.2, 3.0.0", "3.4.0, 3.5.2", "3.5.2, 3.6.0"})
    void aRemovedTestIsStillARegression(String before, String after) throws Exception {
        TestRecord then = record(before);
        TestRecord now = record(after);
        Difference gone = new Difference(Kind.TEST, HEART + "#computesBeatsPerMinute", SafetyClass.B, "PASSED",
                "GONE", "", null);

        for (ObjectNode baseline : List.of(written(then), writtenByAnOlderVersion(then))) {
            assertEquals(List.of(gone), testDifferences(baseline, now,
                    c -> !c.name().equals("computesBeatsPerMinute")));
        }
    }

    @Test
    void aRemovedRepetitionIsARegressionAgainstABaselineOfThisVersion() throws Exception {
        Difference gone = new Difference(Kind.TEST, HEART + "#stableAcrossRepetitions[3]", SafetyClass.B, "PASSED",
                "GONE", "", null);

        assertEquals(List.of(gone), testDifferences(written(record("3.4.0")), record("3.5.2"),
                c -> !c.id().equals(HEART + "#stableAcrossRepetitions[3]")));
    }

    @Test
    void aRepetitionThatFailsNowIsARegressionAgainstACollapsedOldBaseline() throws Exception {
        // surefire 3.0-3.4 with an older plugin: one "stableAcrossRepetitions" entry for the three repetitions
        TestRecord now = record("3.5.2");
        TestRecord failing = new TestRecord(now.cases().stream().map(c -> c.id().equals(HEART
                + "#stableAcrossRepetitions[2]") ? new TestCaseResult(c.className(), c.name(), TestOutcome.FAILED,
                0, 0, "boom", c.sources(), c.id()) : c).toList(), now.inputs(), Map.of());

        List<Difference> differences = testDifferences(writtenByAnOlderVersion(record("3.0.0")), failing, c -> true);

        assertEquals(List.of(new Difference(Kind.TEST, HEART + "#stableAcrossRepetitions", SafetyClass.B, "PASSED",
                "FAILED", "boom", null)), differences);
    }
}
