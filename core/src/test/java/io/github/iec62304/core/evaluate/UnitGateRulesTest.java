package io.github.iec62304.core.evaluate;

import static io.github.iec62304.core.link.UnitProject.completeRecord;
import static io.github.iec62304.core.link.UnitProject.item;
import static io.github.iec62304.core.link.UnitProject.record;
import static io.github.iec62304.core.link.UnitProject.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.link.UnitProject;
import io.github.iec62304.core.model.ClassPattern;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.UnitCriteria;
import io.github.iec62304.core.model.UnitDeclaration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The architecture and unit rules' exact log lines and levels, through {@link Gates#evaluate}. */
class UnitGateRulesTest {

    private static final String REGISTRY = UnitProject.REGISTRY;
    private static final String ASSIGNED = " [IEC 62304 5.3.1; 5.4.1]";
    private static final String COVERAGE = " [IEC 62304 5.5.3; 5.5.5]";
    private static final String TESTED = " [IEC 62304 5.5.2; 5.5.5]";
    private static final String PASS = ". Make every test of the unit run and pass. [IEC 62304 5.5.5]";
    private static final String RECORD = " [IEC 62304 5.5.4]";
    private static final String CALC = "com.acme.dosing.DoseCalculator";
    private static final String CALC_SUBJECT = "unit " + CALC + " (class C, item SYSTEM)";

    private static final Map<SafetyClass, Level> B_AND_C =
            Map.of(SafetyClass.A, Level.OFF, SafetyClass.B, Level.ERROR, SafetyClass.C, Level.ERROR);
    private static final Map<SafetyClass, Level> ALL_ERROR =
            Map.of(SafetyClass.A, Level.ERROR, SafetyClass.B, Level.ERROR, SafetyClass.C, Level.ERROR);
    private static final Map<SafetyClass, Level> ONLY_C =
            Map.of(SafetyClass.A, Level.OFF, SafetyClass.B, Level.OFF, SafetyClass.C, Level.ERROR);

    /** A class C unit of the implicit architecture that meets every unit rule. */
    private static UnitProject verified() {
        return new UnitProject(SafetyClass.C).item(new SoftwareItem("SYSTEM", "System", null, null,
                        List.of("com.acme"), List.of(), null, completeRecord(), 2))
                .cls(CALC, 95, 100, 9, 10).passing(CALC + "Test");
    }

    /** The same project with the team's plan for class C. */
    private static UnitProject planned(UnitCriteria c) {
        return verified().criteria(Map.of(SafetyClass.C, c));
    }

    private static RuleLevels levels(String rule, String level) {
        return RuleLevels.parse(Map.of(rule, level), Gates.ids());
    }

    // ARCH-ASSIGNED

    /** Dosing (C) with units, display (A) with one unit per class, alarm (B) by class pattern. */
    private static UnitProject architecture() {
        return new UnitProject(SafetyClass.C)
                .item(item("DOSING", null, null, "com.acme.dosing"))
                .item(item("DISPLAY", SafetyClass.A, "own process", "com.acme.display"))
                .item(new SoftwareItem("ALARM", "Alarm", SafetyClass.B, "watchdog", List.of(),
                        List.of(new ClassPattern("com.acme.**.*Alarm*")), null, null, 9))
                .unit(unit("CALC", "DOSING", "com.acme.dosing.Dose*"))
                .unit(unit("RATE", "DOSING", "com.acme.dosing.*Rate"));
    }

    @Verifies("TOOL-ARCH-ASSIGNED")
    @Test
    void everyKindOfMisplacedClass() {
        assertEquals(List.of(
                "ARCH-ASSIGNED com.acme.display.AlarmView: belongs to items ALARM and DISPLAY; a class belongs to "
                        + "exactly one item. Narrow their packages or classes in " + REGISTRY + "." + ASSIGNED,
                "ARCH-ASSIGNED com.acme.dosing.DoseRate: belongs to units CALC and RATE; a class belongs to exactly "
                        + "one unit. Narrow their classes in " + REGISTRY + "." + ASSIGNED,
                "ARCH-ASSIGNED com.acme.dosing.Helper: belongs to no unit of item DOSING. Add it to a unit in "
                        + REGISTRY + "." + ASSIGNED,
                "ARCH-ASSIGNED com.acme.util.Strings: belongs to no software item. Add its package or class to an "
                        + "item in " + REGISTRY + "." + ASSIGNED),
                architecture().cls("com.acme.util.Strings").cls("com.acme.dosing.Helper")
                        .cls("com.acme.dosing.DoseRate")
                        .cls("com.acme.display.AlarmView").cls("com.acme.dosing.DoseCalculator")
                        .cls("com.acme.display.Screen").lines("ARCH-ASSIGNED"));
    }

    @Verifies("TOOL-ARCH-ASSIGNED")
    @Test
    void wellPlacedClassesPass() {
        GateReport report = architecture().cls("com.acme.dosing.DoseCalculator").cls("com.acme.dosing.Rate$1")
                .cls("com.acme.display.Screen").cls("com.acme.alarm.SirenAlarm").evaluate(RuleLevels.defaults());

        assertEquals(List.of(), report.violations().stream().filter(v -> v.ruleId().startsWith("ARCH")).toList());
        assertEquals(new RuleVerdict("ARCH-ASSIGNED", "5.3.1; 5.4.1", "Every production class belongs to exactly one "
                + "software item and one software unit", B_AND_C, "PASSED", 0, 0), verdict(report, "ARCH-ASSIGNED"));
    }

    @Verifies("TOOL-ARCH-ASSIGNED")
    @Test
    void misplacedClassOfClassAIsNotReported() {
        UnitProject p = new UnitProject(SafetyClass.C)
                .item(item("DISPLAY", SafetyClass.A, "own process", "com.acme.display"))
                .item(item("FONTS", SafetyClass.A, "own process", "com.acme.display.fonts"))
                .unit(unit("SCREEN", "DISPLAY", "com.acme.display.Screen"))
                .cls("com.acme.display.Screen").cls("com.acme.display.Clock").cls("com.acme.display.fonts.Serif");

        assertEquals(List.of(), p.lines("ARCH-ASSIGNED"));
        assertEquals(List.of("ARCH-ASSIGNED com.acme.Main: belongs to no software item. Add its package or class to "
                + "an item in " + REGISTRY + "." + ASSIGNED), p.cls("com.acme.Main").lines("ARCH-ASSIGNED"));
        assertEquals(List.of(), new UnitProject(SafetyClass.A).item(item("DISPLAY", null, null, "com.acme.display"))
                .cls("com.acme.Main").lines("ARCH-ASSIGNED"));
    }

    @Verifies("TOOL-ARCH-ASSIGNED")
    @Test
    void misplacedClassOfClassBIsAnErrorUnlessTurnedDown() {
        UnitProject p = new UnitProject(SafetyClass.B).item(item("CORE", null, null, "com.acme.core"))
                .cls("com.acme.Main");

        assertEquals(Level.ERROR, p.evaluate(RuleLevels.defaults()).violations().get(0).level());
        GateReport warned = p.evaluate(levels("ARCH-ASSIGNED", "B=WARN"));
        assertEquals(List.of(Level.WARN), warned.violations().stream().filter(v -> v.ruleId().equals("ARCH-ASSIGNED"))
                .map(Violation::level).toList());
    }

    // ARCH-CLASS-RATIONALE

    @Verifies("TOOL-ARCH-CLASS-RATIONALE")
    @Test
    void lowerClassWithoutRationale() {
        GateReport report = new UnitProject(SafetyClass.C)
                .item(item("DOSING", null, null, "com.acme.dosing"))
                .item(item("DISPLAY", SafetyClass.A, null, "com.acme.display"))
                .item(item("LOG", SafetyClass.B, null, "com.acme.log"))
                .item(item("ALARM", SafetyClass.B, "watchdog", "com.acme.alarm"))
                .item(item("PUMP", SafetyClass.C, null, "com.acme.pump"))
                .evaluate(RuleLevels.defaults());

        assertEquals(List.of(
                "ARCH-CLASS-RATIONALE item DISPLAY (class A): is below the system's class C without a rationale. "
                        + "Add 'rationale:' stating the segregation that justifies the lower class. [IEC 62304 4.3]",
                "ARCH-CLASS-RATIONALE item LOG (class B): is below the system's class C without a rationale. "
                        + "Add 'rationale:' stating the segregation that justifies the lower class. [IEC 62304 4.3]"),
                report.violations().stream().map(Violation::format).toList());
        assertEquals(new RuleVerdict("ARCH-CLASS-RATIONALE", "4.3", "An item classified below the system has a "
                + "rationale for the lower class", ALL_ERROR, "FAILED", 2, 0), verdict(report, "ARCH-CLASS-RATIONALE"));
    }

    @Verifies("TOOL-ARCH-CLASS-RATIONALE")
    @Test
    void itemAtOrAboveTheSystemClassNeedsNoRationale() {
        assertEquals(List.of(), new UnitProject(SafetyClass.B)
                .item(item("CORE", SafetyClass.B, null, "com.acme.core"))
                .item(item("DOSE", SafetyClass.C, null, "com.acme.dose"))
                .lines("ARCH-CLASS-RATIONALE"));
    }

    // ARCH-IMPLEMENTS-CLASS

    @Verifies("TOOL-ARCH-IMPLEMENTS-CLASS")
    @Test
    void requirementImplementedInALowerClassItem() {
        UnitProject p = new UnitProject(SafetyClass.C)
                .item(item("DOSING", null, null, "com.acme.dosing"))
                .item(item("DISPLAY", SafetyClass.A, "own process", "com.acme.display"))
                .item(item("LOG", SafetyClass.B, "no control", "com.acme.log"))
                .requirement("REQ-DOSE", null).requirement("REQ-SHOW", SafetyClass.A)
                .requirement("REQ-LOG", SafetyClass.B)
                .cls("com.acme.display.Screen").cls("com.acme.display.Screen$Panel").cls("com.acme.dosing.Rate")
                .cls("com.acme.log.Logger")
                .implemented("REQ-DOSE", "com.acme.display.Screen", "show")
                .implemented("REQ-DOSE", "com.acme.display.Screen$Panel", null)
                .implemented("REQ-DOSE", "com.acme.dosing.Rate", null)
                .implemented("REQ-DOSE", "com.acme.util.Orphan", "run")
                .implemented("REQ-SHOW", "com.acme.display.Screen", null)
                .implemented("REQ-SHOW", "com.acme.dosing.Rate", "show")
                .implemented("REQ-LOG", "com.acme.log.Logger", null)
                .implemented("REQ-LOG", "com.acme.display.Screen", "log");

        assertEquals(List.of(
                "ARCH-IMPLEMENTS-CLASS com.acme.display.Screen#log: implements REQ-LOG (class B) but belongs to item "
                        + "DISPLAY (class A). Move it to an item of class B or raise the class of DISPLAY. "
                        + "[IEC 62304 4.3; 5.3.1]",
                "ARCH-IMPLEMENTS-CLASS com.acme.display.Screen#show: implements REQ-DOSE (class C) but belongs to "
                        + "item DISPLAY (class A). Move it to an item of class C or raise the class of DISPLAY. "
                        + "[IEC 62304 4.3; 5.3.1]",
                "ARCH-IMPLEMENTS-CLASS com.acme.display.Screen$Panel: implements REQ-DOSE (class C) but belongs to "
                        + "item DISPLAY (class A). Move it to an item of class C or raise the class of DISPLAY. "
                        + "[IEC 62304 4.3; 5.3.1]"),
                p.lines("ARCH-IMPLEMENTS-CLASS"));
    }

    /** Issue 17: the finding points at the annotated method in the sources when the scan found it. */
    @Test
    void implementationInALowerClassItemCarriesItsSourceLine() {
        UnitProject p = new UnitProject(SafetyClass.C).item(item("DISPLAY", SafetyClass.A, "own process",
                        "com.acme.display")).requirement("REQ-DOSE", null).cls("com.acme.display.Screen")
                .implemented("REQ-DOSE", "com.acme.display.Screen", "show")
                .source("com.acme.display.Screen", "show", "src/main/java/com/acme/display/Screen.java", 17);
        assertEquals(List.of("src/main/java/com/acme/display/Screen.java:17"), p.evaluate(RuleLevels.defaults())
                .violations().stream().filter(v -> v.ruleId().equals("ARCH-IMPLEMENTS-CLASS"))
                .map(v -> v.location().file() + ":" + v.location().line()).toList());
    }

    // UNIT-COVERAGE

    /** A class C unit with a test and a 5.5.4 record, lines as given, no branches, under the team's plan. */
    private static UnitProject lines(int covered, int total, double required) {
        return new UnitProject(SafetyClass.C).criteria(Map.of(SafetyClass.C, new UnitCriteria(required, 0.85, true,
                        true))).item(new SoftwareItem("SYSTEM", "System", null, null, List.of("com.acme"), List.of(),
                        null, completeRecord(), 2))
                .cls(CALC, covered, total, 0, 0).passing(CALC + "Test");
    }

    @Verifies("TOOL-UNIT-COVERAGE")
    @Test
    void measuredCoverageIsRoundedDown() {
        assertEquals(List.of(
                "UNIT-COVERAGE " + CALC_SUBJECT + ": line coverage 0.84, required 0.85 (849 of 1000 lines). Add tests "
                        + "for the uncovered lines, or record a justified criteria override in " + REGISTRY + "."
                        + COVERAGE),
                lines(849, 1000, 0.85).lines("UNIT"));
        assertEquals(List.of(
                "UNIT-COVERAGE " + CALC_SUBJECT + ": line coverage 0.99, required 0.999 (9989 of 10000 lines). Add "
                        + "tests for the uncovered lines, or record a justified criteria override in " + REGISTRY + "."
                        + COVERAGE),
                lines(9989, 10000, 0.999).lines("UNIT"));
    }

    @Test
    void coverageExactlyAtTheThresholdPasses() {
        assertEquals(List.of(), lines(850, 1000, 0.85).lines("UNIT"));
        assertEquals(List.of(), lines(999, 1000, 0.999).lines("UNIT"));
        assertEquals(List.of(), lines(999, 1000, UnitCriteria.parseRatio("99.9%")).lines("UNIT"));
        assertEquals(List.of(), lines(7, 10, 0.7).lines("UNIT"));
        assertEquals(List.of(), lines(0, 10, 0.0).lines("UNIT"));
    }

    @Verifies("TOOL-UNIT-COVERAGE")
    @Test
    void branchCoverageAndRequiredValueAsGiven() {
        assertEquals(List.of(
                "UNIT-COVERAGE " + CALC_SUBJECT + ": branch coverage 0.71, required 0.85 (5 of 7 branches). Add tests "
                        + "for the uncovered branches, or record a justified criteria override in " + REGISTRY + "."
                        + COVERAGE,
                "UNIT-COVERAGE " + CALC_SUBJECT + ": line coverage 0.50, required 0.70 (1 of 2 lines). Add tests "
                        + "for the uncovered lines, or record a justified criteria override in " + REGISTRY + "."
                        + COVERAGE),
                new UnitProject(SafetyClass.C).criteria(Map.of(SafetyClass.C, new UnitCriteria(0.7, 0.85, false, true)))
                        .cls(CALC, 1, 2, 5, 7).lines("UNIT-COVERAGE"));
    }

    @Verifies("TOOL-UNIT-COVERAGE")
    @Test
    void fullCoverageRequiredPrintsTwoDecimals() {
        assertEquals(List.of(
                "UNIT-COVERAGE " + CALC_SUBJECT + ": branch coverage 0.00, required 0.855 (0 of 3 branches). Add tests "
                        + "for the uncovered branches, or record a justified criteria override in " + REGISTRY + "."
                        + COVERAGE,
                "UNIT-COVERAGE " + CALC_SUBJECT + ": line coverage 0.99, required 1.00 (999 of 1000 lines). Add tests "
                        + "for the uncovered lines, or record a justified criteria override in " + REGISTRY + "."
                        + COVERAGE),
                new UnitProject(SafetyClass.C).criteria(Map.of(SafetyClass.C, new UnitCriteria(1.0, 0.855, false,
                        true))).cls(CALC, 999, 1000, 0, 3).lines("UNIT-COVERAGE"));
    }

    @Verifies("TOOL-UNIT-COVERAGE")
    @Test
    void unitWithoutBranchesHasNoBranchRequirement() {
        assertEquals(List.of(), new UnitProject(SafetyClass.B).cls(CALC, 8, 10, 0, 0).passing(CALC + "Test")
                .lines("UNIT-COVERAGE"));
    }

    @Verifies("TOOL-UNIT-COVERAGE")
    @Test
    void coverageSumsTheClassesOfTheUnit() {
        // 80 of 100 alone would pass 0.80; with a nested class never run the unit has 80 of 110
        assertEquals(List.of("UNIT-COVERAGE unit " + CALC + " (class B, item SYSTEM): line coverage 0.72, required "
                        + "0.80 (80 of 110 lines). Add tests for the uncovered lines, or record a justified criteria "
                        + "override in " + REGISTRY + "." + COVERAGE),
                new UnitProject(SafetyClass.B).cls(CALC, 80, 100, 0, 0).cls(CALC + "$Step", 0, 10, 0, 0)
                        .passing(CALC + "Test").lines("UNIT-COVERAGE"));
    }

    @Test
    void verifiedUnitPassesEveryUnitRule() {
        GateReport report = verified().evaluate(RuleLevels.defaults());

        assertEquals(List.of(), report.violations());
        for (String id : List.of("UNIT-COVERAGE", "UNIT-TESTED", "UNIT-TESTS-PASS", "UNIT-CLASS-C-RECORD")) {
            assertEquals("PASSED", verdict(report, id).verdict(), id);
        }
        assertEquals(B_AND_C, verdict(report, "UNIT-COVERAGE").levels());
        assertEquals(B_AND_C, verdict(report, "UNIT-TESTED").levels());
        assertEquals(B_AND_C, verdict(report, "UNIT-TESTS-PASS").levels());
        assertEquals(ONLY_C, verdict(report, "UNIT-CLASS-C-RECORD").levels());
        assertEquals(B_AND_C, verdict(report, "ARCH-ASSIGNED").levels());
        assertEquals(ALL_ERROR, verdict(report, "ARCH-IMPLEMENTS-CLASS").levels());
    }

    // UNIT-TESTED

    @Verifies("TOOL-UNIT-TESTED")
    @Test
    void unitWithoutATestOfItsOwn() {
        assertEquals(List.of("UNIT-TESTED " + CALC_SUBJECT + ": has no test of its own. Add DoseCalculatorTest in "
                        + "package com.acme.dosing, or list its test classes under units[].tests in " + REGISTRY + "."
                        + TESTED),
                new UnitProject(SafetyClass.C).cls(CALC).passing("com.acme.DoseCalculatorTest")
                        .lines("UNIT-TESTED"));
    }

    @Verifies("TOOL-UNIT-TESTED")
    @Test
    void declaredUnitWithoutATestNamesItsFirstClass() {
        assertEquals(List.of("UNIT-TESTED unit CALC (class B, item DOSING): has no test of its own. Add "
                        + "DoseCalculatorTest in package com.acme.dosing, or list its test classes under units[].tests "
                        + "in " + REGISTRY + "." + TESTED),
                new UnitProject(SafetyClass.B).item(item("DOSING", null, null, "com.acme.dosing"))
                        .unit(unit("CALC", "DOSING", "com.acme.dosing.**"))
                        .cls(CALC + "$Step").cls("com.acme.dosing.Rate").cls(CALC).lines("UNIT-TESTED"));
    }

    /**
     * Issue 17: a unit finding points at the unit's declaration in the architecture registry, else at its item's;
     * without a registry (implicit architecture) it has no location.
     */
    @Test
    void unitFindingsCarryTheDeclarationsLine() {
        UnitProject project = new UnitProject(SafetyClass.B).item(item("DOSING", null, null, "com.acme.dosing"))
                .unit(unit("CALC", "DOSING", "com.acme.dosing.Dose*")).cls(CALC)
                .item(item("ALARM", null, null, "com.acme.alarm")).cls("com.acme.alarm.Occlusion");
        assertEquals(List.of("UNIT-TESTED unit CALC " + REGISTRY + ":10",
                        "UNIT-TESTED unit com.acme.alarm.Occlusion " + REGISTRY + ":2"),
                project.evaluate(RuleLevels.defaults()).violations().stream().filter(v -> v.ruleId().equals(
                        "UNIT-TESTED")).map(v -> v.ruleId() + " " + v.subject().replaceAll(" \\(class.*", "") + " "
                        + v.location().file() + ":" + v.location().line()).sorted().toList());
        assertEquals(List.of("null"), new UnitProject(SafetyClass.B).cls("Main").evaluate(RuleLevels.defaults())
                .violations().stream().map(v -> String.valueOf(v.location())).toList());
    }

    @Verifies("TOOL-UNIT-TESTED")
    @Test
    void unitInTheDefaultPackageWithoutATest() {
        assertEquals(List.of("UNIT-TESTED unit Main (class B, item SYSTEM): has no test of its own. Add MainTest in "
                        + "the default package, or list its test classes under units[].tests in " + REGISTRY + "."
                        + TESTED),
                new UnitProject(SafetyClass.B).cls("Main").lines("UNIT-TESTED"));
    }

    @Verifies("TOOL-UNIT-TESTED")
    @Test
    void ownTestNotRequiredByTheCriteria() {
        assertEquals(List.of(), planned(new UnitCriteria(0.0, 0.0, false, true)).cls("com.acme.Untested")
                .lines("UNIT-TESTED"));
    }

    @Verifies("TOOL-UNIT-TESTED")
    @Test
    void unitWithATestClassThatDidNotRunHasATest() {
        assertEquals(List.of(), new UnitProject(SafetyClass.C).cls(CALC).testClass(CALC + "Test")
                .lines("UNIT-TESTED"));
    }

    // UNIT-TESTS-PASS

    @Verifies("TOOL-UNIT-TESTS-PASS")
    @Test
    void failedSkippedAndNotRunTestsOfAUnit() {
        assertEquals(List.of("UNIT-TESTS-PASS " + CALC_SUBJECT + ": test " + CALC + "IT#e ERROR (npe); test " + CALC
                        + "Test#a FAILED (expected: <5> but was: <7>); test " + CALC + "Test#b SKIPPED; test class "
                        + CALC + "Tests NOT RUN (no result in this build)" + PASS),
                verified().ran(CALC + "Test", "a", TestOutcome.FAILED, "expected: <5> but was: <7>")
                        .ran(CALC + "Test", "b", TestOutcome.SKIPPED, "")
                        .testClass(CALC + "IT").ran(CALC + "IT", "e", TestOutcome.ERROR, "npe")
                        .testClass(CALC + "Tests")
                        .lines("UNIT-TESTS-PASS"));
    }

    @Verifies("TOOL-UNIT-TESTS-PASS")
    @Test
    void testClassThatDidNotRun() {
        assertEquals(List.of("UNIT-TESTS-PASS " + CALC_SUBJECT + ": test class " + CALC + "Test NOT RUN (no result "
                        + "in this build)" + PASS),
                new UnitProject(SafetyClass.C).item(new SoftwareItem("SYSTEM", "System", null, null,
                                List.of("com.acme"), List.of(), null, completeRecord(), 2))
                        .cls(CALC).testClass(CALC + "Test").lines("UNIT"));
    }

    @Verifies("TOOL-UNIT-TESTS-PASS")
    @Test
    void testsNeedNotPassWhenTheCriteriaSaySo() {
        assertEquals(List.of(), planned(new UnitCriteria(0.9, 0.85, true, false))
                .ran(CALC + "Test", "a", TestOutcome.FAILED, "known").lines("UNIT-TESTS-PASS"));
    }

    // UNIT-CLASS-C-RECORD

    @Verifies("TOOL-UNIT-CLASS-C-RECORD")
    @Test
    void classCUnitWithoutA554Record() {
        assertEquals(List.of("UNIT-CLASS-C-RECORD " + CALC_SUBJECT + ": has no 5.5.4 record. Declare under classC "
                        + "which of a-h apply and why the others do not, on the unit or its item in " + REGISTRY + "."
                        + RECORD),
                new UnitProject(SafetyClass.C).cls(CALC).passing(CALC + "Test").lines("UNIT-CLASS-C-RECORD"));
    }

    private static List<String> recordLines(List<String> applicable, Map<String, String> notApplicable) {
        return new UnitProject(SafetyClass.C).item(new SoftwareItem("SYSTEM", "System", null, null,
                        List.of("com.acme"), List.of(), null, record(applicable, notApplicable), 2))
                .cls(CALC).passing(CALC + "Test").lines("UNIT-CLASS-C-RECORD");
    }

    @Verifies("TOOL-UNIT-CLASS-C-RECORD")
    @Test
    void incompleteRecordMissingOneLetter() {
        assertEquals(List.of("UNIT-CLASS-C-RECORD " + CALC_SUBJECT + ": has an incomplete 5.5.4 record: g is "
                        + "neither applicable nor explained. Give each of a-h as applicable or with the reason it does "
                        + "not apply." + RECORD),
                recordLines(List.of("a", "b", "c", "d", "e", "f", "h"), Map.of()));
    }

    @Verifies("TOOL-UNIT-CLASS-C-RECORD")
    @Test
    void incompleteRecordMissingTwoLetters() {
        assertEquals(List.of("UNIT-CLASS-C-RECORD " + CALC_SUBJECT + ": has an incomplete 5.5.4 record: c, g are "
                        + "neither applicable nor explained. Give each of a-h as applicable or with the reason it does "
                        + "not apply." + RECORD),
                recordLines(List.of("a", "b", "d", "h"), Map.of("e", "finals only", "f", "no self-test")));
    }

    @Verifies("TOOL-UNIT-CLASS-C-RECORD")
    @Test
    void unitRecordOverridesAnIncompleteItemRecord() {
        UnitProject p = new UnitProject(SafetyClass.C).item(new SoftwareItem("DOSING", "Dosing", null, null,
                        List.of("com.acme.dosing"), List.of(), null, record(List.of("a"), Map.of()), 2))
                .unit(new UnitDeclaration("CALC", "DOSING", List.of(new ClassPattern(CALC)), List.of(), null,
                        completeRecord(), 10))
                .unit(unit("RATE", "DOSING", "com.acme.dosing.Rate"))
                .cls(CALC).passing(CALC + "Test").cls("com.acme.dosing.Rate").passing("com.acme.dosing.RateTest");

        assertEquals(List.of("UNIT-CLASS-C-RECORD unit RATE (class C, item DOSING): has an incomplete 5.5.4 record: "
                + "b, c, d, e, f, g, h are neither applicable nor explained. Give each of a-h as applicable or with "
                + "the reason it does not apply." + RECORD), p.lines("UNIT-CLASS-C-RECORD"));
    }

    @Verifies("TOOL-UNIT-CLASS-C-RECORD")
    @Test
    void recordIsRequiredOnlyOfClassC() {
        assertEquals(List.of(), new UnitProject(SafetyClass.B).cls(CALC).passing(CALC + "Test")
                .lines("UNIT-CLASS-C-RECORD"));
        assertEquals(List.of(), new UnitProject(SafetyClass.B).cls(CALC).passing(CALC + "Test")
                .lines("UNIT-CLASS-C-RECORD", levels("UNIT-CLASS-C-RECORD", "ERROR")));
    }

    // Levels

    @Test
    void classAUnitsAreNotJudged() {
        UnitProject p = new UnitProject(SafetyClass.C)
                .item(item("DISPLAY", SafetyClass.A, "own process", "com.acme.display"))
                .cls("com.acme.display.Screen", 0, 100, 0, 10).testClass("com.acme.display.ScreenTest");

        assertEquals(List.of(), p.lines("UNIT"));
        assertEquals(List.of(), p.lines("UNIT", RuleLevels.parse(Map.of("UNIT-COVERAGE", "ERROR", "UNIT-TESTED",
                "ERROR", "UNIT-TESTS-PASS", "ERROR", "UNIT-CLASS-C-RECORD", "ERROR"), Gates.ids())));
        assertEquals(List.of(), new UnitProject(SafetyClass.A).cls(CALC, 0, 10, 0, 2).lines("UNIT"));
    }

    @Test
    void unitWithoutCodeIsNeverReported() {
        assertEquals(List.of(), new UnitProject(SafetyClass.C).noCode("com.acme.dosing.DoseLimits").noCode(
                "com.acme.dosing.DoseLimits$Inner").testClass("com.acme.dosing.DoseLimitsTest").lines("UNIT"));
    }

    @Verifies("TOOL-UNIT-COVERAGE")
    @Test
    void unitRuleTurnedOffOrWarned() {
        UnitProject p = new UnitProject(SafetyClass.C).item(new SoftwareItem("SYSTEM", "System", null, null,
                        List.of("com.acme"), List.of(), null, completeRecord(), 2))
                .cls(CALC, 0, 10, 0, 0).passing(CALC + "Test");

        assertEquals(List.of(), p.lines("UNIT", levels("UNIT-COVERAGE", "OFF")));
        GateReport warned = p.evaluate(levels("UNIT-COVERAGE", "C=WARN"));
        assertTrue(warned.passed());
        assertEquals(List.of(Level.WARN), warned.violations().stream().map(Violation::level).toList());
        assertEquals("WARNED", verdict(warned, "UNIT-COVERAGE").verdict());
    }

    private static RuleVerdict verdict(GateReport report, String id) {
        return report.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
