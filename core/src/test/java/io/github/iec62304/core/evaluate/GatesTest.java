package io.github.iec62304.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.link.TraceLinker;
import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.LinkKind;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every rule's exact log line, through {@link Gates#evaluate}. */
class GatesTest {

    private static final Map<SafetyClass, Level> ALL_ERROR =
            Map.of(SafetyClass.A, Level.ERROR, SafetyClass.B, Level.ERROR, SafetyClass.C, Level.ERROR);
    private static final Map<SafetyClass, Level> BY_CLASS =
            Map.of(SafetyClass.A, Level.OFF, SafetyClass.B, Level.WARN, SafetyClass.C, Level.ERROR);

    /** What TRACE-PASSED tells to do when a verifying test was skipped or did not run. */
    private static final String RUN_ADVICE = "Run every verifying test in this build and make it pass (check "
            + "surefire/failsafe includes, -DskipTests, -DskipITs, -Dtest, @Disabled, assumptions).";

    private static final String CATALOG = "src/iec62304/requirements.yaml";
    private static final String REPORT = "target/surefire-reports/TEST-com.acme.FooTest.xml";

    /** Builds the evidence of a small project, one fact at a time. */
    private static final class Project {
        private final SafetyClass systemClass;
        private final List<Requirement> requirements = new ArrayList<>();
        private final List<CodeLink> links = new ArrayList<>();
        private final List<CodeLocation> tests = new ArrayList<>();
        private final List<TestCaseResult> results = new ArrayList<>();
        private final Map<CodeLocation, io.github.iec62304.core.model.SourceLine> sources = new java.util.HashMap<>();

        Project(SafetyClass systemClass) {
            this.systemClass = systemClass;
        }

        Project requirement(String id, String title, SafetyClass cls) {
            requirements.add(new Requirement(id, title, "The pump shall do " + id + ".", cls, List.of(), List.of(),
                    requirements.size() + 2));
            return this;
        }

        Project implemented(String id, String cls, String method) {
            links.add(new CodeLink(LinkKind.IMPLEMENTS, id, new CodeLocation(cls, method)));
            return this;
        }

        Project verifiedBy(String id, String cls, String method) {
            links.add(new CodeLink(LinkKind.VERIFIES, id, new CodeLocation(cls, method)));
            if (method != null) {
                tests.add(new CodeLocation(cls, method));
            }
            return this;
        }

        Project source(String cls, String method, String file, int line) {
            sources.put(new CodeLocation(cls, method), new io.github.iec62304.core.model.SourceLine(file, line));
            return this;
        }

        Project ran(String cls, String name, TestOutcome outcome, String message) {
            results.add(new TestCaseResult(cls, name, outcome, 0.01, 0, message, List.of(REPORT)));
            return this;
        }

        Evidence evidence() {
            RequirementCatalog catalog = new RequirementCatalog(CATALOG, requirements);
            CodeScan scan = new CodeScan(links.stream().sorted().toList(), Set.copyOf(tests), Map.of(), List.of(),
                    java.nio.file.attribute.FileTime.fromMillis(0), List.of(), List.of(), java.util.Set.of(), Map.of(),
                    Map.of(), Map.of(), Map.of(), sources);
            TestRecord record = new TestRecord(results, List.of(), Map.of());
            return new Evidence(systemClass, catalog, scan, record,
                    TraceLinker.link(catalog, systemClass, scan, record), io.github.iec62304.core.link.UnitLinker.link(io.github.iec62304.core.model.Architecture.implicit(), "src/iec62304/architecture.yaml", systemClass, io.github.iec62304.core.CheckSettings.defaultCriteria(), scan, record), io.github.iec62304.core.link.SoupModel.none("src/iec62304/soup.yaml", java.time.LocalDate.of(2026, 1, 31), io.github.iec62304.core.SoupSettings.DEFAULT_REVIEW_MAX_AGE));
        }

        GateReport evaluate(RuleLevels levels) {
            return Gates.evaluate(Gates.all(), evidence(), levels);
        }

        List<String> lines() {
            return lines(RuleLevels.defaults());
        }

        List<String> lines(RuleLevels levels) {
            return evaluate(levels).violations().stream().map(Violation::format).toList();
        }
    }

    /** A requirement that meets every rule. */
    private static Project complete(SafetyClass systemClass) {
        return new Project(systemClass).requirement("REQ-1", "Hourly rate", null)
                .implemented("REQ-1", "com.acme.Pump", "rate")
                .verifiedBy("REQ-1", "com.acme.FooTest", "bar")
                .ran("com.acme.FooTest", "bar", TestOutcome.PASSED, "");
    }

    @Verifies("TOOL-RULE-LEVELS")
    @Test
    void ruleOffForEveryClassHasVerdictOff() {
        GateReport report = complete(SafetyClass.C).evaluate(
                RuleLevels.parse(Map.of("TRACE-IMPLEMENTED", "OFF"), Gates.ids()));

        RuleVerdict off = report.rules().get(3);
        assertEquals("OFF", off.verdict());
        assertEquals(Map.of(SafetyClass.A, Level.OFF, SafetyClass.B, Level.OFF, SafetyClass.C, Level.OFF), off.levels());
    }

    @Test
    void completeTracePasses() {
        GateReport report = complete(SafetyClass.C).evaluate(RuleLevels.defaults());

        assertEquals(List.of(), report.violations());
        assertTrue(report.passed());
        assertEquals(List.of(
                new RuleVerdict("TRACE-TESTED", "5.1.1 c; 5.7.1", "Every requirement has at least one verifying test",
                        ALL_ERROR, "PASSED", 0, 0),
                new RuleVerdict("TRACE-PASSED", "5.7.1; 5.7.4",
                        "Every verifying test of a requirement ran in this build and passed", ALL_ERROR, "PASSED", 0, 0),
                new RuleVerdict("TRACE-DANGLING", "5.1.1 c",
                        "Every requirement id in @Implements and @Verifies exists in the catalog", ALL_ERROR, "PASSED", 0, 0),
                new RuleVerdict("TRACE-IMPLEMENTED", "5.3.1; 7.3.3",
                        "Every requirement is implemented by code annotated @Implements", BY_CLASS, "PASSED", 0, 0)),
                report.rules().subList(0, 4));
    }

    @Verifies("TOOL-TRACE-TESTED")
    @Test
    void untestedRequirement() {
        assertEquals(List.of("TRACE-TESTED REQ-2: \"Occlusion alarm\" (class C) has no verifying test. "
                        + "Add @Verifies(\"REQ-2\") to the test that checks it. [IEC 62304 5.1.1 c; 5.7.1]"),
                complete(SafetyClass.C).requirement("REQ-2", "Occlusion alarm", null)
                        .implemented("REQ-2", "com.acme.Alarm", null).lines());
    }

    @Verifies("TOOL-TRACE-TESTED")
    @Test
    void untestedRequirementIsAnErrorInClassAToo() {
        GateReport report = complete(SafetyClass.A).requirement("REQ-2", "Display", null).evaluate(
                RuleLevels.defaults());

        assertEquals(List.of("TRACE-TESTED REQ-2: \"Display\" (class A) has no verifying test. "
                        + "Add @Verifies(\"REQ-2\") to the test that checks it. [IEC 62304 5.1.1 c; 5.7.1]"),
                report.violations().stream().map(Violation::format).toList());
        assertFalse(report.passed());
    }

    @Verifies("TOOL-TRACE-PASSED")
    @Test
    void failedVerifyingTest() {
        assertEquals(List.of("TRACE-PASSED REQ-1: not verified (class C): test com.acme.FooTest#bar FAILED "
                        + "(expected: <5> but was: <7>) in " + REPORT + ". Fix the code or the test until it passes; "
                        + "see the reports named above. [IEC 62304 5.7.1; 5.7.4]"),
                new Project(SafetyClass.C).requirement("REQ-1", "Hourly rate", null)
                        .implemented("REQ-1", "com.acme.Pump", null)
                        .verifiedBy("REQ-1", "com.acme.FooTest", "bar")
                        .ran("com.acme.FooTest", "bar", TestOutcome.FAILED, "expected: <5> but was: <7>").lines());
    }

    @Verifies("TOOL-TRACE-PASSED")
    @Test
    void skippedVerifyingTestWithoutMessage() {
        assertEquals(List.of("TRACE-PASSED REQ-1: not verified (class B): test com.acme.FooTest#bar SKIPPED in "
                        + REPORT + ". " + RUN_ADVICE + " [IEC 62304 5.7.1; 5.7.4]"),
                new Project(SafetyClass.B).requirement("REQ-1", "Hourly rate", null)
                        .implemented("REQ-1", "com.acme.Pump", null)
                        .verifiedBy("REQ-1", "com.acme.FooTest", "bar")
                        .ran("com.acme.FooTest", "bar", TestOutcome.SKIPPED, "").lines());
    }

    @Verifies("TOOL-TRACE-PASSED")
    @Test
    void verifyingTestNotRun() {
        assertEquals(List.of("TRACE-PASSED REQ-1: not verified (class C): test com.acme.FooTest#baz NOT RUN - no "
                        + "report has a result for it. " + RUN_ADVICE + " [IEC 62304 5.7.1; 5.7.4]"),
                new Project(SafetyClass.C).requirement("REQ-1", "Hourly rate", null)
                        .implemented("REQ-1", "com.acme.Pump", null)
                        .verifiedBy("REQ-1", "com.acme.FooTest", "baz").lines());
    }

    @Verifies("TOOL-TRACE-PASSED")
    @Test
    void verifyingTestHiddenByDisplayNames() {
        assertEquals(List.of("TRACE-PASSED REQ-1: not verified (class C): test com.acme.FooTest#baz NOT RUN - its "
                        + "class has results under other names: the 'phrased' reporter or display names hide method "
                        + "names, so it cannot be matched. " + RUN_ADVICE + " [IEC 62304 5.7.1; 5.7.4]"),
                new Project(SafetyClass.C).requirement("REQ-1", "Hourly rate", null)
                        .implemented("REQ-1", "com.acme.Pump", null)
                        .verifiedBy("REQ-1", "com.acme.FooTest", "baz")
                        .ran("com.acme.FooTest", "Computes the rate", TestOutcome.PASSED, "").lines());
    }

    @Verifies("TOOL-TRACE-PASSED")
    @Test
    void everyFailingTestOfARequirementInOneLine() {
        assertEquals(List.of("TRACE-PASSED REQ-1: not verified (class C): test com.acme.FooTest#bar ERROR (/ by zero) "
                        + "in " + REPORT + "; test com.acme.FooTest#baz NOT RUN - no report has a result for it. "
                        + RUN_ADVICE + " [IEC 62304 5.7.1; 5.7.4]"),
                new Project(SafetyClass.C).requirement("REQ-1", "Hourly rate", null)
                        .implemented("REQ-1", "com.acme.Pump", null)
                        .verifiedBy("REQ-1", "com.acme.FooTest", "bar")
                        .verifiedBy("REQ-1", "com.acme.FooTest", "baz")
                        .verifiedBy("REQ-1", "com.acme.FooTest", "ok")
                        .ran("com.acme.FooTest", "ok", TestOutcome.PASSED, "")
                        .ran("com.acme.FooTest", "bar", TestOutcome.ERROR, "/ by zero").lines());
    }

    @Verifies("TOOL-TRACE-DANGLING")
    @Test
    void danglingReferences() {
        assertEquals(List.of(
                        "TRACE-DANGLING com.acme.FooTest: @Verifies(\"REQ-X\") names no requirement in " + CATALOG
                                + ". Correct the id or add the requirement to the catalog. [IEC 62304 5.1.1 c]",
                        "TRACE-DANGLING com.acme.Pump#stop: @Implements(\"REQ-Y\") names no requirement in "
                                + CATALOG + ". Correct the id or add the requirement to the catalog. "
                                + "[IEC 62304 5.1.1 c]"),
                complete(SafetyClass.A).verifiedBy("REQ-X", "com.acme.FooTest", null)
                        .implemented("REQ-Y", "com.acme.Pump", "stop").lines());
    }

    /** Issue 17: a failing verifying test points at its @Verifies in the test sources (the method's, else the class's). */
    @Test
    void aFailingVerifyingTestCarriesItsSourceLine() {
        GateReport report = complete(SafetyClass.C).verifiedBy("REQ-1", "com.acme.FooTest", "bar")
                .ran("com.acme.FooTest", "bar", TestOutcome.FAILED, "expected 2")
                .source("com.acme.FooTest", "bar", "src/test/java/com/acme/FooTest.java", 12)
                .evaluate(RuleLevels.defaults());
        assertEquals(List.of("src/test/java/com/acme/FooTest.java:12"), report.violations().stream()
                .filter(v -> v.ruleId().equals("TRACE-PASSED"))
                .map(v -> v.location().file() + ":" + v.location().line()).toList());
    }

    /** Issue 17: where the trace rules' findings are, for CI reports; the log lines do not change. */
    @Verifies({"TOOL-TRACE-DANGLING", "TOOL-TRACE-TESTED"})
    @Test
    void traceFindingsCarryTheirLocation() {
        GateReport report = complete(SafetyClass.C).requirement("REQ-2", "Occlusion alarm", null)
                .implemented("REQ-Y", "com.acme.Pump", "stop")
                .source("com.acme.Pump", "stop", "src/main/java/com/acme/Pump.java", 42)
                .verifiedBy("REQ-X", "com.acme.FooTest", null).evaluate(RuleLevels.defaults());
        assertEquals(List.of(
                        "TRACE-DANGLING com.acme.FooTest null",
                        "TRACE-DANGLING com.acme.Pump#stop src/main/java/com/acme/Pump.java:42",
                        "TRACE-IMPLEMENTED REQ-2 " + CATALOG + ":3",
                        "TRACE-TESTED REQ-2 " + CATALOG + ":3"),
                report.violations().stream().map(v -> v.ruleId() + " " + v.subject() + " " + (v.location() == null
                        ? "null" : v.location().file() + ":" + v.location().line())).sorted().toList());
    }

    @Verifies("TOOL-TRACE-IMPLEMENTED")
    @Test
    void unimplementedRequirementIsAnErrorForClassCWarningForBAndNothingForA() {
        Project p = new Project(SafetyClass.C)
                .requirement("REQ-A", "Display", SafetyClass.A)
                .requirement("REQ-B", "Log", SafetyClass.B)
                .requirement("REQ-C", "Dose", null);
        for (String id : List.of("REQ-A", "REQ-B", "REQ-C")) {
            p.verifiedBy(id, "com.acme.FooTest", "bar");
        }
        p.ran("com.acme.FooTest", "bar", TestOutcome.PASSED, "");

        GateReport report = p.evaluate(RuleLevels.defaults());

        assertEquals(List.of(
                        "TRACE-IMPLEMENTED REQ-C: \"Dose\" (class C) has no implementation. Add @Implements(\"REQ-C\") "
                                + "to the class or method that implements it. [IEC 62304 5.3.1; 7.3.3]",
                        "TRACE-IMPLEMENTED REQ-B: \"Log\" (class B) has no implementation. Add @Implements(\"REQ-B\") "
                                + "to the class or method that implements it. [IEC 62304 5.3.1; 7.3.3]"),
                report.violations().stream().map(Violation::format).toList());
        assertEquals(List.of(Level.ERROR, Level.WARN), report.violations().stream().map(Violation::level).toList());
        assertEquals(new RuleVerdict("TRACE-IMPLEMENTED", "5.3.1; 7.3.3",
                "Every requirement is implemented by code annotated @Implements", BY_CLASS, "FAILED", 1, 1),
                report.rules().get(3));
        assertEquals(1, report.errors());
        assertEquals(1, report.warnings());
    }

    @Test
    void warningsOnlyPassWithRuleWarned() {
        GateReport report = new Project(SafetyClass.B).requirement("REQ-1", "Log", null)
                .verifiedBy("REQ-1", "com.acme.FooTest", "bar")
                .ran("com.acme.FooTest", "bar", TestOutcome.PASSED, "").evaluate(RuleLevels.defaults());

        assertTrue(report.passed());
        assertEquals(0, report.errors());
        assertEquals(1, report.warnings());
        assertEquals("WARNED", report.rules().get(3).verdict());
    }

    @Verifies("TOOL-RULE-LEVELS")
    @Test
    void overriddenLevelsApply() {
        Project p = new Project(SafetyClass.B).requirement("REQ-1", "Log", null)
                .requirement("REQ-2", "Dose", SafetyClass.C)
                .verifiedBy("REQ-1", "com.acme.FooTest", "bar")
                .verifiedBy("REQ-2", "com.acme.FooTest", "bar")
                .ran("com.acme.FooTest", "bar", TestOutcome.PASSED, "");

        GateReport report = p.evaluate(RuleLevels.parse(Map.of("TRACE-IMPLEMENTED", "B=ERROR,C=OFF"), Gates.ids()));

        assertEquals(List.of("TRACE-IMPLEMENTED REQ-1: \"Log\" (class B) has no implementation. "
                        + "Add @Implements(\"REQ-1\") to the class or method that implements it. [IEC 62304 5.3.1; 7.3.3]"),
                report.violations().stream().map(Violation::format).toList());
        assertEquals(Level.ERROR, report.violations().get(0).level());
    }

    @Test
    void ruleTurnedOffReportsNothing() {
        assertEquals(List.of(), new Project(SafetyClass.C).requirement("REQ-1", "Dose", null)
                .implemented("REQ-1", "com.acme.Pump", null)
                .lines(RuleLevels.parse(Map.of("TRACE-TESTED", "OFF"), Gates.ids())));
    }

    @Test
    void violationsAreSortedErrorsFirstThenRuleSubjectAndMessage() {
        Project p = new Project(SafetyClass.B)
                .requirement("REQ-2", "Second", null)
                .requirement("REQ-1", "First", null)
                .requirement("REQ-3", "Third", SafetyClass.C)
                .verifiedBy("REQ-3", "com.acme.FooTest", "bar")
                .verifiedBy("REQ-X", "com.acme.FooTest", "bar");

        assertEquals(List.of(
                        "ERROR TRACE-DANGLING com.acme.FooTest#bar",
                        "ERROR TRACE-IMPLEMENTED REQ-3",
                        "ERROR TRACE-PASSED REQ-3",
                        "ERROR TRACE-TESTED REQ-1",
                        "ERROR TRACE-TESTED REQ-2",
                        "WARN TRACE-IMPLEMENTED REQ-1",
                        "WARN TRACE-IMPLEMENTED REQ-2"),
                p.evaluate(RuleLevels.defaults()).violations().stream()
                        .map(v -> v.level() + " " + v.ruleId() + " " + v.subject()).toList());
    }

    @Test
    void everyRuleHasAUniqueIdAndAClause() {
        assertEquals(Set.of("TRACE-TESTED", "TRACE-PASSED", "TRACE-DANGLING", "TRACE-IMPLEMENTED", "VERIFY-RECORDED",
                "VERIFY-RECORD-PASSED", "VERIFY-RECORD-CURRENT", "VERIFY-RECORD-DANGLING", "ARCH-ASSIGNED",
                "ARCH-CLASS-RATIONALE", "ARCH-IMPLEMENTS-CLASS", "UNIT-COVERAGE", "UNIT-TESTED", "UNIT-TESTS-PASS",
                "UNIT-CLASS-C-RECORD", "SOUP-REGISTERED", "SOUP-MANUFACTURER", "SOUP-VERSION", "SOUP-UNUSED",
                "SOUP-REQUIREMENTS", "SOUP-RISK", "SOUP-ANOMALY-REVIEW", "SOUP-VULNERABILITY", "SOUP-END-OF-SUPPORT",
                "SOUP-CHANGE",
                "REGRESSION-TEST", "REGRESSION-REQUIREMENT", "REGRESSION-COVERAGE", "REGRESSION-BASELINE",
                "ANOMALY-EVALUATED", "ANOMALY-ACCEPTABLE", "RELEASE-SNAPSHOT", "RELEASE-GIT", "RELEASE-REPRODUCIBLE",
                "RELEASE-ARCHIVED", "RELEASE-VERIFIED", "RISK-REFERENCES", "RISK-CONTROL-IMPLEMENTED",
                "RISK-CONTROL-VERIFIED", "RISK-CONTROL-CLASS", "RISK-CLASS", "RISK-SOUP-HAZARD", "RISK-CHANGE",
                "RISK-RESIDUAL", "TRACE-PARENT", "TRACE-SYSTEM", "REGRESSION-SUSPECT", "REGRESSION-LINK",
                "REGRESSION-IMPACT", "WAIVER-EXPIRED", "WAIVER-UNUSED", "APPROVAL-STALE",
                "RELEASE-APPROVED"), Gates.ids());
        assertEquals(53, Gates.all().stream().map(Rule::id).collect(Collectors.toSet()).size());
        Gates.all().forEach(r -> assertTrue(r.clause().matches("[0-9][0-9.a-z ;]*"), r.clause()));
    }
}
