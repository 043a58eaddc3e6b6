package io.github.iec62304.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.link.TraceLinker;
import io.github.iec62304.core.link.TraceMatrix;
import io.github.iec62304.core.link.UnitLinker;
import io.github.iec62304.core.model.Architecture;
import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.LinkKind;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.read.catalog.RequirementCatalogReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 15: TRACE-PARENT and TRACE-SYSTEM, judged from the catalog as written. */
class SystemTraceRulesTest {

    private static final String TEST = "com.acme.DoseTest";

    /** REQ-DOSE is verified by one test with this outcome; REQ-LIMIT (below REQ-DOSE) by another that passes. */
    private static GateReport report(String catalogYaml, TestOutcome outcome, SafetyClass systemClass) {
        RequirementCatalog catalog = new RequirementCatalogReader().read(new ByteArrayInputStream(
                catalogYaml.getBytes(StandardCharsets.UTF_8)), "src/iec62304/requirements.yaml");
        CodeLocation dose = new CodeLocation(TEST, "rate");
        CodeLocation limit = new CodeLocation(TEST, "limit");
        CodeScan scan = new CodeScan(List.of(new CodeLink(LinkKind.VERIFIES, "REQ-DOSE", dose),
                new CodeLink(LinkKind.VERIFIES, "REQ-LIMIT", limit)), Set.of(dose, limit), Map.of(), List.of(),
                FileTime.fromMillis(0), List.of(), List.of(), Set.of(TEST));
        TestRecord tests = new TestRecord(List.of(
                new TestCaseResult(TEST, "rate", outcome, 0, 0, outcome == TestOutcome.PASSED ? "" : "expected 5.0",
                        List.of("TEST-x.xml")),
                new TestCaseResult(TEST, "limit", TestOutcome.PASSED, 0, 0, "", List.of("TEST-x.xml"))), List.of(),
                Map.of());
        TraceMatrix trace = TraceLinker.link(catalog, systemClass, scan, tests);
        SoupModel soup = SoupModel.none("src/iec62304/soup.yaml", LocalDate.of(2026, 11, 20),
                io.github.iec62304.core.SoupSettings.DEFAULT_REVIEW_MAX_AGE);
        Evidence evidence = new Evidence(systemClass, catalog, scan, tests, trace, UnitLinker.link(
                Architecture.implicit(), "src/iec62304/architecture.yaml", systemClass,
                io.github.iec62304.core.CheckSettings.defaultCriteria(), scan, tests), soup);
        return Gates.evaluate(Gates.all(), evidence, RuleLevels.defaults());
    }

    private static List<String> lines(String catalogYaml, TestOutcome outcome) {
        return report(catalogYaml, outcome, SafetyClass.C).violations().stream()
                .filter(v -> v.ruleId().equals("TRACE-PARENT") || v.ruleId().equals("TRACE-SYSTEM")
                        || v.ruleId().equals("TRACE-PASSED"))
                .map(v -> v.level() + " " + v.format()).toList();
    }

    private static String verdicts(String catalogYaml) {
        return report(catalogYaml, TestOutcome.PASSED, SafetyClass.B).rules().stream()
                .filter(r -> r.id().equals("TRACE-PARENT") || r.id().equals("TRACE-SYSTEM"))
                .map(r -> r.id() + " " + r.verdict() + (r.reason() == null ? "" : " (" + r.reason() + ")"))
                .toList().toString();
    }

    private static final String SOFTWARE = """
            requirements:
              - id: REQ-DOSE
                title: Hourly rate
                text: The pump shall compute the rate.
                parents: [%s]
              - id: REQ-LIMIT
                title: Hard limit
                text: The pump shall refuse a rate above the hard limit.
                parents: [REQ-DOSE]
            """;

    private static final String SYSTEM = """
            systemRequirements:
              - id: SYS-DOSE
                title: Dose delivery
              - id: SYS-FLOW
                title: Flow accuracy of the mechanism
                notSoftware: "hardware: peristaltic mechanism"
            """;

    @Verifies({"TOOL-TRACE-PARENT", "TOOL-TRACE-SYSTEM"})
    @Test
    void aCompleteUpwardTracePasses() {
        assertEquals(List.of(), lines(SOFTWARE.formatted("SYS-DOSE") + SYSTEM, TestOutcome.PASSED));
        assertEquals("[TRACE-PARENT PASSED, TRACE-SYSTEM PASSED]", verdicts(SOFTWARE.formatted("SYS-DOSE") + SYSTEM));
    }

    @Verifies({"TOOL-TRACE-PARENT", "TOOL-TRACE-SYSTEM"})
    @Test
    void withoutSystemRequirementsParentsAreFreeTextAndTheRulesDoNotApply() {
        assertEquals(List.of(), lines(SOFTWARE.formatted("SYS-ANYTHING"), TestOutcome.PASSED));
        assertEquals("[TRACE-PARENT NOT_APPLICABLE (src/iec62304/requirements.yaml declares no systemRequirements, so "
                + "parents are free text), TRACE-SYSTEM NOT_APPLICABLE (src/iec62304/requirements.yaml declares no "
                + "systemRequirements, so parents are free text)]", verdicts(SOFTWARE.formatted("SYS-ANYTHING")));
    }

    @Verifies({"TOOL-TRACE-PARENT", "TOOL-TRACE-SYSTEM"})
    @Test
    void aParentThatNamesNothingIsAFindingNamingRequirementParentAndFile() {
        assertEquals(List.of("ERROR TRACE-PARENT REQ-DOSE: parents names SYS-DOES, which is neither a system "
                + "requirement nor a software requirement in src/iec62304/requirements.yaml (line 2). Correct the id, "
                + "or declare SYS-DOES under systemRequirements. [IEC 62304 5.1.1 c; 5.2.6]",
                "ERROR TRACE-SYSTEM SYS-DOSE: \"Dose delivery\" has no software requirement: no requirement in "
                + "src/iec62304/requirements.yaml names it in parents. Add SYS-DOSE to the parents of the requirements "
                + "that implement it, or, if it is met outside the software, say where with notSoftware (line 11). "
                + "[IEC 62304 5.1.1 c; 5.2.1; 5.2.6]"),
                lines(SOFTWARE.formatted("SYS-DOES") + SYSTEM, TestOutcome.PASSED));
    }

    @Verifies("TOOL-TRACE-SYSTEM")
    @Test
    void aNotSoftwareMarkerOnARequirementWithDerivedRequirementsIsAFinding() {
        assertEquals(List.of("ERROR TRACE-SYSTEM SYS-DOSE: \"Dose delivery\" has no software requirement: no "
                + "requirement in src/iec62304/requirements.yaml names it in parents. Add SYS-DOSE to the parents of the "
                + "requirements that implement it, or, if it is met outside the software, say where with notSoftware "
                + "(line 11). [IEC 62304 5.1.1 c; 5.2.1; 5.2.6]",
                "ERROR TRACE-SYSTEM SYS-FLOW: \"Flow accuracy of the mechanism\" is marked notSoftware "
                + "(\"hardware: peristaltic mechanism\", line 13), but REQ-DOSE, REQ-LIMIT derive from it. Remove "
                + "notSoftware if the software implements part of it, or correct those parents. "
                + "[IEC 62304 5.1.1 c; 5.2.1; 5.2.6]"),
                lines(SOFTWARE.formatted("SYS-FLOW") + SYSTEM, TestOutcome.PASSED));
    }

    @Verifies({"TOOL-TRACE-IMPLEMENTED", "TOOL-TRACE-PASSED"})
    @Test
    void aFailingDerivedRequirementFailsThroughTracePassedNotThroughASecondFinding() {
        GateReport report = report(SOFTWARE.formatted("SYS-DOSE") + SYSTEM, TestOutcome.FAILED, SafetyClass.C);
        assertEquals(List.of("ERROR TRACE-PASSED REQ-DOSE"), report.violations().stream()
                .filter(v -> !v.ruleId().equals("TRACE-IMPLEMENTED")) // the fixture has no @Implements
                .map(v -> v.level() + " " + v.ruleId() + " " + v.subject())
                .toList());
    }

    @Test
    void everyClassGetsAnError() {
        for (SafetyClass c : SafetyClass.values()) {
            assertEquals(List.of(Level.ERROR, Level.ERROR), List.of(
                    new io.github.iec62304.core.evaluate.trace.ParentResolvesRule().defaultLevel(c),
                    new io.github.iec62304.core.evaluate.trace.SystemRequirementAllocatedRule().defaultLevel(c)));
        }
    }
}
