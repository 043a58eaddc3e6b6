package io.github.iec62304.core.link;

import static io.github.iec62304.core.link.UnitProject.completeRecord;
import static io.github.iec62304.core.link.UnitProject.item;
import static io.github.iec62304.core.link.UnitProject.override;
import static io.github.iec62304.core.link.UnitProject.record;
import static io.github.iec62304.core.link.UnitProject.unit;
import static io.github.iec62304.core.link.UnitProject.unitOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.core.link.AssignmentProblem.Kind;
import io.github.iec62304.core.model.ClassCRecord;
import io.github.iec62304.core.model.ClassPattern;
import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.UnitCriteria;
import io.github.iec62304.core.model.UnitDeclaration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Places every production class in one item and unit and gathers each unit's criteria, coverage and tests. */
class UnitLinkerTest {

    private static final String REGISTRY = UnitProject.REGISTRY;

    private static List<String> ids(UnitModel model) {
        return model.units().stream().map(UnitVerification::id).toList();
    }

    private static List<String> tests(UnitVerification unit) {
        return unit.tests().stream().map(UnitProject::testCase).toList();
    }

    @Test
    void implicitArchitectureHasOneUnitPerTopLevelClass() {
        UnitModel model = new UnitProject(SafetyClass.B)
                .cls("com.acme.Pump", 10, 20, 1, 4)
                .cls("com.acme.Pump$Motor", 5, 10, 2, 2)
                .cls("com.acme.Pump$1", 0, 3, 0, 0)
                .cls("com.acme.Alarm")
                .noCode("com.acme.Limits")
                .cls("Main").model();

        assertEquals(List.of("Main", "com.acme.Alarm", "com.acme.Limits", "com.acme.Pump"), ids(model));
        assertEquals(List.of(), model.problems());
        assertEquals(REGISTRY, model.registry());
        UnitVerification pump = unitOf(model, "com.acme.Pump");
        assertEquals(List.of("com.acme.Pump", "com.acme.Pump$1", "com.acme.Pump$Motor"), pump.classes());
        assertEquals(new Counter(15, 33), pump.lines());
        assertEquals(new Counter(3, 6), pump.branches());
        assertEquals("SYSTEM", pump.item().id());
        assertEquals(SafetyClass.B, pump.safetyClass());
        assertEquals(UnitCriteria.CLASS_B, pump.criteria());
        assertNull(pump.overrideRationale());
        assertNull(pump.classC());
        assertTrue(pump.hasCode());
        assertFalse(unitOf(model, "com.acme.Limits").hasCode());
        assertEquals("unit com.acme.Pump (class B, item SYSTEM)", pump.subject());
        assertEquals(Optional.of("SYSTEM"), model.itemOf("com.acme.Pump$Motor").map(SoftwareItem::id));
        assertEquals(Optional.of("SYSTEM"), model.itemOf("Main").map(SoftwareItem::id));
        assertEquals(Optional.empty(), model.itemOf("com.acme.Unknown"));
    }

    /**
     * Issue 14: an item may own whole modules; a class of a module no item names is a finding naming the module, and
     * a class owned by module and by package of two items belongs to both (a finding, as for two packages).
     */
    @Test
    void itemsOwnModulesAndAClassOfAModuleNoItemNamesIsAFinding() {
        UnitModel model = new UnitProject(SafetyClass.B)
                .item(new SoftwareItem("CORE", "Core", null, null, List.of(), List.of(), null, null, 3,
                        List.of("pump-core")))
                .item(item("ALARM", null, null, "com.acme.alarm"))
                .cls("com.acme.dose.Calculator").inModule("com.acme.dose.Calculator", "pump-core")
                .cls("com.acme.alarm.Occlusion").inModule("com.acme.alarm.Occlusion", "pump-core")
                .cls("com.acme.ui.Screen").inModule("com.acme.ui.Screen", "pump-ui")
                .model();

        assertEquals(Optional.of("CORE"), model.itemOf("com.acme.dose.Calculator").map(SoftwareItem::id));
        assertEquals(List.of(
                new AssignmentProblem("com.acme.alarm.Occlusion", AssignmentProblem.Kind.SEVERAL_ITEMS,
                        List.of("ALARM", "CORE"), null, SafetyClass.B, "pump-core"),
                new AssignmentProblem("com.acme.ui.Screen", AssignmentProblem.Kind.NO_ITEM, List.of(), null,
                        SafetyClass.B, "pump-ui")), model.problems());
    }

    /** Dosing (class C) with declared units, display (class A) with one unit per class. */
    private static UnitProject infusion() {
        return new UnitProject(SafetyClass.C)
                .item(item("DOSING", null, null, "com.acme.dosing"))
                .item(item("DISPLAY", SafetyClass.A, "own process", "com.acme.display"))
                .unit(unit("CALC", "DOSING", "com.acme.dosing.Dose*"))
                .unit(unit("RATE", "DOSING", "com.acme.dosing.Rate", "com.acme.dosing.sub.**"))
                .cls("com.acme.dosing.DoseCalculator", 8, 10, 3, 4)
                .cls("com.acme.dosing.DoseCalculator$Step", 1, 2, 0, 0)
                .noCode("com.acme.dosing.DoseLimits")
                .cls("com.acme.dosing.Rate", 2, 4, 0, 2)
                .cls("com.acme.dosing.sub.Converter", 1, 1, 0, 0)
                .cls("com.acme.display.Screen", 0, 5, 0, 0)
                .cls("com.acme.display.Font", 0, 5, 0, 0);
    }

    @Test
    void declaredItemsAndUnits() {
        UnitModel model = infusion().model();

        assertEquals(List.of("CALC", "RATE", "com.acme.display.Font", "com.acme.display.Screen"), ids(model));
        assertEquals(List.of(), model.problems());
        UnitVerification calc = unitOf(model, "CALC");
        assertEquals(List.of("com.acme.dosing.DoseCalculator", "com.acme.dosing.DoseCalculator$Step",
                "com.acme.dosing.DoseLimits"), calc.classes());
        assertEquals(new Counter(9, 12), calc.lines());
        assertEquals(new Counter(3, 4), calc.branches());
        assertEquals("DOSING", calc.item().id());
        assertEquals(SafetyClass.C, calc.safetyClass());
        assertEquals(UnitCriteria.CLASS_C, calc.criteria());
        UnitVerification rate = unitOf(model, "RATE");
        assertEquals(List.of("com.acme.dosing.Rate", "com.acme.dosing.sub.Converter"), rate.classes());
        assertEquals(new Counter(3, 5), rate.lines());
        UnitVerification screen = unitOf(model, "com.acme.display.Screen");
        assertEquals("DISPLAY", screen.item().id());
        assertEquals(SafetyClass.A, screen.safetyClass());
        assertEquals(List.of("com.acme.display.Screen"), screen.classes());
        assertEquals(Optional.of("DISPLAY"), model.itemOf("com.acme.display.Font").map(SoftwareItem::id));
        assertEquals(Optional.of("DOSING"), model.itemOf("com.acme.dosing.DoseCalculator$Step")
                .map(SoftwareItem::id));
    }

    @Test
    void declaredUnitMatchingNoClassHasNoCode() {
        UnitModel model = infusion().unit(unit("TYPO", "DOSING", "com.acme.dosing.Dsoe*")).model();

        UnitVerification typo = unitOf(model, "TYPO");
        assertEquals(List.of(), typo.classes());
        assertFalse(typo.hasCode());
    }

    @Test
    void classClaimedByNoItem() {
        UnitModel model = infusion().cls("com.acme.util.Strings").cls("com.acme.dosingx.Rate").model();

        assertEquals(List.of(
                new AssignmentProblem("com.acme.dosingx.Rate", Kind.NO_ITEM, List.of(), null, SafetyClass.C),
                new AssignmentProblem("com.acme.util.Strings", Kind.NO_ITEM, List.of(), null, SafetyClass.C)),
                model.problems());
        assertEquals(Optional.empty(), model.itemOf("com.acme.util.Strings"));
        assertFalse(ids(model).contains("com.acme.util.Strings"));
    }

    @Test
    void classClaimedBySeveralItemsTakesTheHighestClass() {
        UnitModel model = new UnitProject(SafetyClass.C)
                .item(item("DISPLAY", SafetyClass.A, "own process", "com.acme.display"))
                .item(new SoftwareItem("ALARM", "Alarm", SafetyClass.B, "watchdog", List.of(),
                        List.of(new ClassPattern("com.acme.display.*View")), null, null, 6))
                .cls("com.acme.display.AlarmView")
                .cls("com.acme.display.Screen").model();

        assertEquals(List.of(new AssignmentProblem("com.acme.display.AlarmView", Kind.SEVERAL_ITEMS,
                List.of("ALARM", "DISPLAY"), null, SafetyClass.B)), model.problems());
        assertEquals(List.of("com.acme.display.Screen"), ids(model));
        assertEquals(Optional.empty(), model.itemOf("com.acme.display.AlarmView"));
    }

    @Test
    void classInNoUnitOrSeveralUnitsOfItsItem() {
        UnitModel model = infusion()
                .cls("com.acme.dosing.Helper")
                .cls("com.acme.dosing.DoseRate")
                .unit(unit("RATES", "DOSING", "com.acme.dosing.*Rate")).model();

        assertEquals(List.of(
                new AssignmentProblem("com.acme.dosing.DoseRate", Kind.SEVERAL_UNITS, List.of("CALC", "RATES"),
                        "DOSING", SafetyClass.C),
                new AssignmentProblem("com.acme.dosing.Helper", Kind.NO_UNIT, List.of(), "DOSING", SafetyClass.C),
                new AssignmentProblem("com.acme.dosing.Rate", Kind.SEVERAL_UNITS, List.of("RATE", "RATES"),
                        "DOSING", SafetyClass.C)),
                model.problems());
        assertEquals(Optional.of("DOSING"), model.itemOf("com.acme.dosing.Helper").map(SoftwareItem::id));
        assertEquals(List.of("com.acme.dosing.sub.Converter"), unitOf(model, "RATE").classes());
        assertEquals(List.of(), unitOf(model, "RATES").classes());
    }

    @Test
    void unitProblemsOfAClassAItemHaveClassA() {
        UnitModel model = new UnitProject(SafetyClass.C)
                .item(item("DISPLAY", SafetyClass.A, "own process", "com.acme.display"))
                .unit(unit("SCREENS", "DISPLAY", "com.acme.display.*Screen"))
                .cls("com.acme.display.Font").model();

        assertEquals(List.of(new AssignmentProblem("com.acme.display.Font", Kind.NO_UNIT, List.of(), "DISPLAY",
                SafetyClass.A)), model.problems());
    }

    @Test
    void ownTestsByNamingConventionInTheSamePackage() {
        UnitModel model = new UnitProject(SafetyClass.C)
                .cls("com.acme.Pump")
                .testClass("com.acme.PumpTest").ran("com.acme.PumpTest", "a", TestOutcome.PASSED, "")
                .ran("com.acme.PumpTest$WhenOccluded", "b", TestOutcome.FAILED, "boom")
                .testClass("com.acme.PumpTests").ran("com.acme.PumpTests", "c", TestOutcome.PASSED, "")
                .testClass("com.acme.TestPump").ran("com.acme.TestPump", "d", TestOutcome.SKIPPED, "")
                .testClass("com.acme.PumpIT").ran("com.acme.PumpIT", "e", TestOutcome.PASSED, "")
                .testClass("com.acme.PumpITCase").ran("com.acme.PumpITCase", "f", TestOutcome.ERROR, "npe")
                .testClass("com.other.PumpTest").ran("com.other.PumpTest", "x", TestOutcome.FAILED, "")
                .testClass("com.acme.sub.PumpTest").ran("com.acme.sub.PumpTest", "x", TestOutcome.FAILED, "")
                .testClass("com.acme.PumpTestHelper").ran("com.acme.PumpTestHelper", "x", TestOutcome.FAILED, "")
                .testClass("com.acme.PumpSpec").ran("com.acme.PumpSpec", "x", TestOutcome.FAILED, "")
                .testClass("com.acme.BigPumpTest").ran("com.acme.BigPumpTest", "x", TestOutcome.FAILED, "")
                .model();

        UnitVerification pump = unitOf(model, "com.acme.Pump");
        assertEquals(List.of("com.acme.PumpIT", "com.acme.PumpITCase", "com.acme.PumpTest", "com.acme.PumpTests",
                "com.acme.TestPump"), pump.testClasses());
        assertEquals(List.of("com.acme.PumpIT#e PASSED", "com.acme.PumpITCase#f ERROR", "com.acme.PumpTest#a PASSED",
                "com.acme.PumpTest$WhenOccluded#b FAILED", "com.acme.PumpTests#c PASSED",
                "com.acme.TestPump#d SKIPPED"),
                tests(pump));
        assertEquals(List.of(), pump.testClassesNotRun());
    }

    @Test
    void ownTestsOfEveryTopLevelClassOfADeclaredUnit() {
        UnitModel model = infusion()
                .passing("com.acme.dosing.DoseCalculatorTest")
                .passing("com.acme.dosing.DoseLimitsTest")
                .passing("com.acme.dosing.DoseCalculator$StepTest")
                .model();

        UnitVerification calc = unitOf(model, "CALC");
        assertEquals(List.of("com.acme.dosing.DoseCalculatorTest", "com.acme.dosing.DoseLimitsTest"),
                calc.testClasses());
        assertEquals(List.of(), unitOf(model, "RATE").testClasses());
    }

    @Test
    void conventionInTheDefaultPackage() {
        UnitModel model = new UnitProject(SafetyClass.B).cls("Main").passing("MainTest").passing("com.acme.MainTest")
                .model();

        assertEquals(List.of("MainTest"), unitOf(model, "Main").testClasses());
        assertEquals(List.of("MainTest#works PASSED"), tests(unitOf(model, "Main")));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "surefire {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"3.0.0", "3.5.2", "3.6.0"})
    void testsReportedUnderDisplayNamesBelongToTheirUnit(String version) throws Exception {
        // real reports of the phrased reporter: AlarmLimitTest is "Alarm limits", its @Nested ForNeonates
        // "Alarm limits for neonates" (3.0-3.5) or "for neonates" (3.6)
        java.nio.file.Path dir = java.nio.file.Path.of(getClass().getResource("/surefire-versions/" + version
                + "/phrased").toURI());
        io.github.iec62304.core.model.TestRecord record = io.github.iec62304.core.read.surefire.TestReports.read(
                List.of(new io.github.iec62304.core.read.surefire.TestReports.Directory(dir, "target/surefire-reports")),
                java.nio.file.attribute.FileTime.fromMillis(0));
        String alarm = "org.acme.monitor.AlarmLimitTest";
        UnitModel model = new UnitProject(SafetyClass.C).cls("org.acme.monitor.AlarmLimit")
                .testClass(alarm)
                .testMethod(alarm, "upperLimitRaisesAlarm", "Alarm limits", null)
                .testMethod(alarm + "$ForNeonates", "lowerLimitIsHigher", "for neonates", null)
                .reported(record).model();

        UnitVerification unit = unitOf(model, "org.acme.monitor.AlarmLimit");
        assertEquals(List.of(), unit.testClassesNotRun());
        assertEquals(2, unit.tests().size(), unit.tests().toString());
    }

    @Test
    void testClassWithoutResultsIsNotRun() {
        UnitModel model = new UnitProject(SafetyClass.C).cls("com.acme.Pump")
                .testClass("com.acme.PumpTest")
                .passing("com.acme.PumpIT").model();

        UnitVerification pump = unitOf(model, "com.acme.Pump");
        assertEquals(List.of("com.acme.PumpIT", "com.acme.PumpTest"), pump.testClasses());
        assertEquals(List.of("com.acme.PumpTest"), pump.testClassesNotRun());
        assertEquals(List.of("com.acme.PumpIT#works PASSED"), tests(pump));
    }

    @Test
    void explicitTestsMapping() {
        UnitModel model = infusion()
                .unit(new UnitDeclaration("CONV", "DOSING", List.of(new ClassPattern("com.acme.dosing.conv.*")),
                        List.of("com.acme.dosing.ConversionSpec", "com.acme.verify.Scenarios"), null, null, 20))
                .cls("com.acme.dosing.conv.Units")
                .passing("com.acme.dosing.ConversionSpec")
                .ran("com.acme.dosing.ConversionSpec$Edge", "zero", TestOutcome.PASSED, "")
                .passing("com.acme.dosing.conv.UnitsTest")
                .model();

        UnitVerification conv = unitOf(model, "CONV");
        assertEquals(List.of("com.acme.dosing.ConversionSpec", "com.acme.dosing.conv.UnitsTest",
                "com.acme.verify.Scenarios"), conv.testClasses());
        assertEquals(List.of("com.acme.dosing.ConversionSpec#works PASSED",
                "com.acme.dosing.ConversionSpec$Edge#zero PASSED", "com.acme.dosing.conv.UnitsTest#works PASSED"),
                tests(conv));
        assertEquals(List.of("com.acme.verify.Scenarios"), conv.testClassesNotRun());
    }

    @Test
    void criteriaFollowTheSafetyClass() {
        UnitModel model = new UnitProject(SafetyClass.C)
                .item(item("DOSING", null, null, "com.acme.dosing"))
                .item(item("LOG", SafetyClass.B, "no control", "com.acme.log"))
                .item(item("DISPLAY", SafetyClass.A, "own process", "com.acme.display"))
                .cls("com.acme.dosing.Rate").cls("com.acme.log.Logger").cls("com.acme.display.Screen").model();

        assertEquals(UnitCriteria.CLASS_C, unitOf(model, "com.acme.dosing.Rate").criteria());
        assertEquals(UnitCriteria.CLASS_B, unitOf(model, "com.acme.log.Logger").criteria());
        assertNull(unitOf(model, "com.acme.display.Screen").criteria());
        assertEquals(SafetyClass.A, unitOf(model, "com.acme.display.Screen").safetyClass());
    }

    @Test
    void theTeamsPlanReplacesTheDefaults() {
        UnitCriteria planned = new UnitCriteria(0.95, 0.9, true, true);
        UnitModel model = new UnitProject(SafetyClass.C).criteria(Map.of(SafetyClass.C, planned))
                .cls("com.acme.Pump").model();

        assertEquals(planned, unitOf(model, "com.acme.Pump").criteria());
        assertEquals(Map.of(SafetyClass.C, planned), model.criteria());
    }

    @Test
    void itemOverrideAppliesToItsUnitsWithItsRationale() {
        SoftwareItem parser = new SoftwareItem("PARSER", "Parser", SafetyClass.B, "input only",
                List.of("com.acme.parser"), List.of(), override(0.5, null, false, null, "generated parser"), null, 2);
        UnitModel model = new UnitProject(SafetyClass.C).item(parser)
                .cls("com.acme.parser.Lexer").cls("com.acme.parser.Grammar").model();

        for (String id : List.of("com.acme.parser.Lexer", "com.acme.parser.Grammar")) {
            UnitVerification u = unitOf(model, id);
            assertEquals(new UnitCriteria(0.5, 0.70, false, true), u.criteria());
            assertEquals("generated parser", u.overrideRationale());
        }
    }

    @Test
    void overridesChainFieldByFieldFromPlanToItemToUnit() {
        SoftwareItem dosing = new SoftwareItem("DOSING", "Dosing", null, null, List.of("com.acme.dosing"),
                List.of(), override(0.5, null, null, null, "legacy item"), null, 2);
        UnitModel model = new UnitProject(SafetyClass.C).item(dosing)
                .unit(new UnitDeclaration("CALC", "DOSING", List.of(new ClassPattern("com.acme.dosing.Calc")),
                        List.of(), override(null, 0.6, null, null, "defensive code"), null, 10))
                .cls("com.acme.dosing.Calc").model();

        // line from the item, branch from the unit, the rest from the plan's class C defaults
        assertEquals(new UnitCriteria(0.5, 0.6, true, true), unitOf(model, "CALC").criteria());
    }

    @Test
    void unitOverrideWinsOverItemOverride() {
        SoftwareItem dosing = new SoftwareItem("DOSING", "Dosing", null, null, List.of("com.acme.dosing"),
                List.of(), override(0.5, 0.4, null, null, "legacy item"), null, 2);
        UnitModel model = new UnitProject(SafetyClass.C).item(dosing)
                .unit(new UnitDeclaration("CALC", "DOSING", List.of(new ClassPattern("com.acme.dosing.Calc")),
                        List.of(), override(0.6, 0.55, null, false, "defensive code"), null, 10))
                .unit(unit("RATE", "DOSING", "com.acme.dosing.Rate"))
                .cls("com.acme.dosing.Calc").cls("com.acme.dosing.Rate").model();

        UnitVerification calc = unitOf(model, "CALC");
        assertEquals(new UnitCriteria(0.6, 0.55, true, false), calc.criteria());
        assertEquals("item: legacy item; unit: defensive code", calc.overrideRationale());
        UnitVerification rate = unitOf(model, "RATE");
        assertEquals(new UnitCriteria(0.5, 0.4, true, true), rate.criteria());
        assertEquals("legacy item", rate.overrideRationale());
    }

    @Test
    void classAUnitsHaveNoCriteriaEvenWithAnOverride() {
        SoftwareItem display = new SoftwareItem("DISPLAY", "Display", SafetyClass.A, "own process",
                List.of("com.acme.display"), List.of(), override(0.1, null, null, null, "cosmetic"), null, 2);
        UnitVerification screen = unitOf(new UnitProject(SafetyClass.C).item(display).cls("com.acme.display.Screen")
                .model(), "com.acme.display.Screen");

        assertNull(screen.criteria());
        assertNull(screen.overrideRationale());
    }

    @Test
    void classAUnitsOfAClassASystemHaveNoCriteria() {
        UnitVerification pump = unitOf(new UnitProject(SafetyClass.A).cls("com.acme.Pump").model(), "com.acme.Pump");

        assertNull(pump.criteria());
        assertEquals(SafetyClass.A, pump.safetyClass());
    }

    @Test
    void classCRecordOfTheUnitElseOfItsItem() {
        ClassCRecord itemRecord = completeRecord();
        ClassCRecord unitRecord = record(List.of("a", "b", "c", "d", "e", "f", "g", "h"), Map.of());
        SoftwareItem dosing = new SoftwareItem("DOSING", "Dosing", null, null, List.of("com.acme.dosing"),
                List.of(), null, itemRecord, 2);
        UnitModel model = new UnitProject(SafetyClass.C).item(dosing)
                .item(item("ALARM", null, null, "com.acme.alarm"))
                .unit(new UnitDeclaration("CALC", "DOSING", List.of(new ClassPattern("com.acme.dosing.Calc")),
                        List.of(), null, unitRecord, 10))
                .unit(unit("RATE", "DOSING", "com.acme.dosing.Rate"))
                .cls("com.acme.dosing.Calc").cls("com.acme.dosing.Rate").cls("com.acme.alarm.Siren").model();

        assertSame(unitRecord, unitOf(model, "CALC").classC());
        assertSame(itemRecord, unitOf(model, "RATE").classC());
        assertNull(unitOf(model, "com.acme.alarm.Siren").classC());
    }

    @Test
    void itemRecordAppliesToTheImplicitUnitsOfTheItem() {
        SoftwareItem dosing = new SoftwareItem("DOSING", "Dosing", null, null, List.of("com.acme.dosing"),
                List.of(), null, completeRecord(), 2);
        UnitModel model = new UnitProject(SafetyClass.C).item(dosing).cls("com.acme.dosing.Calc").model();

        assertEquals(completeRecord(), unitOf(model, "com.acme.dosing.Calc").classC());
    }
}
