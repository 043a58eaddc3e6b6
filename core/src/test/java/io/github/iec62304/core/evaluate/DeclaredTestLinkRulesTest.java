package io.github.iec62304.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.CheckSettings;
import io.github.iec62304.core.SoupSettings;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.link.TraceLinker;
import io.github.iec62304.core.link.UnitLinker;
import io.github.iec62304.core.model.Architecture;
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
import io.github.iec62304.core.model.TestSelector;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** TRACE-TESTED and TRACE-PASSED judge a test linked by a catalog {@code tests:} selector like a {@code @Verifies}. */
@Verifies("TOOL-TRACE-DECLARED-LINKS")
class DeclaredTestLinkRulesTest {

    private static final String CATALOG = "src/iec62304/requirements.yaml";
    private static final String REPORT = "target/failsafe-reports/TEST-robot.xml";

    private static List<Violation> violations(SafetyClass cls, List<CodeLink> links, List<TestCaseResult> results,
                                              String... selectors) {
        RequirementCatalog catalog = new RequirementCatalog(CATALOG, List.of(new Requirement("REQ-1", "Hourly rate",
                "The pump shall compute the rate.", cls, List.of(), List.of(), 2, Requirement.DEFAULT_VERIFICATION,
                Arrays.stream(selectors).map(s -> new TestSelector(s, 9)).toList())));
        CodeScan scan = new CodeScan(links, Set.of(new CodeLocation("com.acme.FooTest", "bar")), Map.of(), List.of(),
                FileTime.fromMillis(0), List.of(), List.of(), Set.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of());
        TestRecord record = new TestRecord(results, List.of(), Map.of());
        Evidence evidence = new Evidence(SafetyClass.C, catalog, scan, record,
                TraceLinker.link(catalog, SafetyClass.C, scan, record), UnitLinker.link(Architecture.implicit(),
                "src/iec62304/architecture.yaml", SafetyClass.C, CheckSettings.defaultCriteria(), scan, record),
                SoupModel.none("src/iec62304/soup.yaml", LocalDate.of(2026, 1, 31),
                        SoupSettings.DEFAULT_REVIEW_MAX_AGE));
        return Gates.evaluate(Gates.all(), evidence, RuleLevels.defaults()).violations().stream()
                .filter(v -> v.ruleId().startsWith("TRACE-T") || v.ruleId().startsWith("TRACE-P")).toList();
    }

    private static TestCaseResult ran(String cls, String name, TestOutcome outcome) {
        return new TestCaseResult(cls, name, outcome, 1.0, 0, outcome == TestOutcome.PASSED ? "" : "Dose 6 != 5",
                List.of(REPORT));
    }

    @Test
    void aPassingDeclaredTestVerifiesTheRequirement() {
        assertEquals(List.of(), violations(SafetyClass.C, List.of(),
                List.of(ran("robot.Pump Tests", "Dose Is Computed", TestOutcome.PASSED)),
                "robot.Pump Tests#Dose Is Computed"));
    }

    @Test
    void aFailingDeclaredTestFailsTracePassed() {
        assertEquals(List.of("TRACE-PASSED REQ-1: not verified (class C): declared test robot.Pump Tests#Dose Is "
                + "Computed FAILED (Dose 6 != 5) in " + REPORT + ". Fix the code or the test until it passes; see the "
                + "reports named above. [IEC 62304 5.7.1; 5.7.4]"), violations(SafetyClass.C, List.of(),
                List.of(ran("robot.Pump Tests", "Dose Is Computed", TestOutcome.FAILED)),
                "robot.Pump Tests#Dose Is Computed").stream().map(Violation::format).toList());
    }

    /** No false PASS: even in class A, where TRACE-IMPLEMENTED is off, a selector that matched nothing is an error. */
    @Test
    void aSelectorThatMatchedNothingIsAnErrorInEveryClassAtItsCatalogLine() {
        for (SafetyClass cls : SafetyClass.values()) {
            List<Violation> found = violations(cls, List.of(), List.of(ran("robot.Pump Tests", "Dose Is Computed",
                    TestOutcome.PASSED)), "robot.Pump Test#Dose Is Computed");

            assertEquals(List.of("TRACE-PASSED REQ-1: not verified (class " + cls + "): declared test robot.Pump Test#"
                    + "Dose Is Computed NOT RUN - no test case in this build's test reports matches the selector "
                    + "'robot.Pump Test#Dose Is Computed' that " + CATALOG + ":9 declares (tests:); nearest reported: "
                    + "robot.Pump Tests#Dose Is Computed; run that test in this build so its JUnit XML report is "
                    + "read, or fix the selector to the report's classname#name (see test-identity.html). Run every "
                    + "verifying test in this build and make it pass (check surefire/failsafe includes, -DskipTests, "
                    + "-DskipITs, -Dtest, @Disabled, assumptions). [IEC 62304 5.7.1; 5.7.4]"),
                    found.stream().map(Violation::format).toList());
            assertEquals(Level.ERROR, found.get(0).level());
            assertEquals(new Violation.Location(CATALOG, 9), found.get(0).location());
        }
    }

    @Test
    void aSelectorBesideAPassingVerifiesStillMustMatch() {
        CodeLink verifies = new CodeLink(LinkKind.VERIFIES, "REQ-1", new CodeLocation("com.acme.FooTest", "bar"));
        List<Violation> found = violations(SafetyClass.C, List.of(verifies),
                List.of(ran("com.acme.FooTest", "bar", TestOutcome.PASSED)), "com.acme.FooTest", "robot.Gone");

        assertEquals(List.of("TRACE-PASSED"), found.stream().map(Violation::ruleId).toList());
        assertEquals(new Violation.Location(CATALOG, 9), found.get(0).location());
    }
}
