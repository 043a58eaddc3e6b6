package io.github.iec62304.core.read.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.Architecture;
import io.github.iec62304.core.model.ClassCRecord;
import io.github.iec62304.core.model.ClassPattern;
import io.github.iec62304.core.model.CriteriaOverride;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.UnitDeclaration;
import io.github.iec62304.core.read.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The architecture registry: every field read, every problem one line naming file, line and field. */
@Verifies("TOOL-READ-REGISTERS")
class ArchitectureReaderTest {

    private static final String FILE = "src/iec62304/architecture.yaml";
    private static final String NOT_A_RATIO = " is not a ratio; write 0.80 or 80% (between 0 and 1)";

    private static Architecture read(String yaml) {
        return new ArchitectureReader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static String error(String yaml) {
        return assertThrows(InputException.class, () -> read(yaml)).getMessage();
    }

    private static List<String> globs(List<ClassPattern> patterns) {
        return patterns.stream().map(ClassPattern::glob).toList();
    }

    private static ClassCRecord record(List<String> applicable, Map<String, String> notApplicable) {
        return new ClassCRecord(new TreeSet<>(applicable), new TreeMap<>(notApplicable));
    }

    @Test
    void readsAFullRegistry() {
        Architecture a = read("""
                items:
                  - id: DOSING
                    title: Dose calculation
                    safetyClass: C
                    packages: [com.example.infusion.dosing]
                    classes: [com.example.infusion.Main]
                    criteria:
                      lineCoverage: 70%
                      branchCoverage: 0.6
                      ownTestRequired: false
                      testsMustPass: true
                      rationale: generated parser
                    classC:
                      applicable: [a, b, D, h]
                      notApplicable:
                        c: fixed-size buffers only
                        e: "  all fields final  "
                        f: no self-test hardware
                        g: no dynamic allocation
                  - id: DISPLAY
                    title: "  Display  "
                    safetyClass: class a
                    rationale: >
                      Runs in its own process; the dosing item
                      checks every value it shows.
                    packages:
                      - com.example.infusion.display
                units:
                  - id: DOSE-CALC
                    item: DOSING
                    classes: [com.example.infusion.dosing.DoseCalculator, com.example.infusion.dosing.Dose*]
                    tests: [com.example.infusion.dosing.DoseCalcSpec]
                    criteria:
                      branchCoverage: "55%"
                      rationale: defensive branches only
                    classC:
                      applicable: [a, b, c, d, e, f, g, h]
                  - id: MAIN
                    item: DOSING
                    classes: [com.example.infusion.**]
                """);

        assertEquals(FILE, a.source());
        assertTrue(a.declared());
        assertEquals(2, a.items().size());
        SoftwareItem dosing = a.items().get(0);
        assertEquals("DOSING", dosing.id());
        assertEquals("Dose calculation", dosing.title());
        assertEquals(SafetyClass.C, dosing.safetyClass());
        assertNull(dosing.rationale());
        assertEquals(List.of("com.example.infusion.dosing"), dosing.packages());
        assertEquals(List.of("com.example.infusion.Main"), globs(dosing.classes()));
        assertEquals(new CriteriaOverride(0.70, 0.60, false, true, "generated parser"), dosing.criteria());
        assertEquals(record(List.of("a", "b", "d", "h"), Map.of("c", "fixed-size buffers only",
                "e", "all fields final", "f", "no self-test hardware", "g", "no dynamic allocation")), dosing.classC());
        assertEquals(List.of(), dosing.classC().missing());
        assertEquals(2, dosing.line());

        SoftwareItem display = a.items().get(1);
        assertEquals("DISPLAY", display.id());
        assertEquals("Display", display.title());
        assertEquals(SafetyClass.A, display.safetyClass());
        assertEquals("Runs in its own process; the dosing item checks every value it shows.", display.rationale());
        assertEquals(List.of("com.example.infusion.display"), display.packages());
        assertEquals(List.of(), display.classes());
        assertNull(display.criteria());
        assertNull(display.classC());
        assertEquals(20, display.line());

        assertEquals(2, a.units().size());
        UnitDeclaration calc = a.units().get(0);
        assertEquals("DOSE-CALC", calc.id());
        assertEquals("DOSING", calc.itemId());
        assertEquals(List.of("com.example.infusion.dosing.DoseCalculator", "com.example.infusion.dosing.Dose*"),
                globs(calc.classes()));
        assertEquals(List.of("com.example.infusion.dosing.DoseCalcSpec"), calc.tests());
        assertEquals(new CriteriaOverride(null, 0.55, null, null, "defensive branches only"), calc.criteria());
        assertEquals(record(List.of("a", "b", "c", "d", "e", "f", "g", "h"), Map.of()), calc.classC());
        assertEquals(29, calc.line());
        UnitDeclaration main = a.units().get(1);
        assertEquals(List.of("com.example.infusion.**"), globs(main.classes()));
        assertEquals(List.of(), main.tests());
        assertNull(main.criteria());
        assertNull(main.classC());
        assertEquals(38, main.line());
    }

    @Test
    void itemWithoutClassInheritsTheSystemClassAndUnitsAreOptional() {
        Architecture a = read("""
                items:
                  - id: SYSTEM-CORE
                    title: Everything
                    packages: [com.example]
                """);

        assertNull(a.items().get(0).safetyClass());
        assertEquals(SafetyClass.B, a.items().get(0).effectiveClass(SafetyClass.B));
        assertEquals(List.of(), a.units());
    }

    @Test
    void implicitArchitectureIsOneSystemItemOwningEveryClass() {
        Architecture a = Architecture.implicit();

        assertEquals(false, a.declared());
        assertNull(a.source());
        assertEquals(1, a.items().size());
        SoftwareItem system = a.items().get(0);
        assertEquals("SYSTEM", system.id());
        assertNull(system.safetyClass());
        assertEquals(SafetyClass.A, system.effectiveClass(SafetyClass.A));
        assertTrue(system.owns("com.acme.Pump"));
        assertTrue(system.owns("Main"));
        assertEquals(List.of(), a.units());
    }

    @Test
    void emptyFile() {
        assertEquals(FILE + ": the file is empty; it must start with 'items:'", error(""));
    }

    @Test
    void noItems() {
        assertEquals(FILE + ": declares no software items; list them under 'items:' (IEC 62304 5.3.1)",
                error("items: []\n"));
        assertEquals(FILE + ": declares no software items; list them under 'items:' (IEC 62304 5.3.1)", error("""
                units:
                  - id: U
                    item: X
                    classes: [com.acme.Foo]
                """));
    }

    @Test
    void duplicateItemId() {
        assertEquals(FILE + ":5: duplicate item id 'DOSING' (first defined at line 2); ids must be unique", error("""
                items:
                  - id: DOSING
                    title: Dose
                    packages: [com.acme.dosing]
                  - id: DOSING
                    title: Dose again
                    packages: [com.acme.dose]
                """));
    }

    @Test
    void duplicateUnitId() {
        assertEquals(FILE + ":10: duplicate unit id 'CALC' (first defined at line 6); ids must be unique", error("""
                items:
                  - id: DOSING
                    title: Dose
                    packages: [com.acme.dosing]
                units:
                  - id: CALC
                    item: DOSING
                    classes: [com.acme.dosing.Calc]
                    tests: [com.acme.dosing.CalcSpec]
                  - id: CALC
                    item: DOSING
                    classes: [com.acme.dosing.Rate]
                """));
    }

    @Test
    void unitNamingAnUnknownItem() {
        assertEquals(FILE + ":6: unit CALC names item 'DOSE', which is not declared under 'items:'", error("""
                items:
                  - id: DOSING
                    title: Dose
                    packages: [com.acme.dosing]
                units:
                  - id: CALC
                    item: DOSE
                    classes: [com.acme.dosing.Calc]
                """));
    }

    @Test
    void unitWithoutClassesOrItem() {
        String items = """
                items:
                  - id: DOSING
                    title: Dose
                    packages: [com.acme.dosing]
                units:
                """;
        assertEquals(FILE + ":6: field 'classes' of unit CALC is missing or empty", error(items + """
                  - id: CALC
                    item: DOSING
                    classes: []
                """));
        assertEquals(FILE + ":6: field 'item' of unit CALC is missing or empty", error(items + """
                  - id: CALC
                    classes: [com.acme.dosing.Calc]
                """));
    }

    @Test
    void itemOwningNoCode() {
        assertEquals(FILE + ":2: item DOSING owns no code; give 'packages', 'classes' or (in a multi-module device) 'modules'", error("""
                items:
                  - id: DOSING
                    title: Dose
                    packages: []
                """));
    }

    @Test
    void itemWithoutTitleOrWithABadId() {
        assertEquals(FILE + ":2: field 'title' of item DOSING is missing or empty", error("""
                items:
                  - id: DOSING
                    title: "  "
                    packages: [com.acme]
                """));
        assertEquals(FILE + ":2: field 'id': 'DOSE CALC' is not a valid id; use letters, digits and . _ : - "
                + "(e.g. DOSING)", error("""
                items:
                  - id: DOSE CALC
                    title: Dose
                    packages: [com.acme]
                """));
    }

    @Test
    void badSafetyClass() {
        assertEquals(FILE + ":2: field 'safetyClass' of item DOSING: safety class must be A, B or C, was 'D'",
                error("""
                items:
                  - id: DOSING
                    title: Dose
                    safetyClass: D
                    packages: [com.acme]
                """));
    }

    @Test
    void badPackageOrClassName() {
        assertEquals(FILE + ":2: field 'packages' of item DOSING contains an invalid name 'com/acme'", error("""
                items:
                  - id: DOSING
                    title: Dose
                    packages: [com/acme]
                """));
        assertEquals(FILE + ":2: field 'classes' of item DOSING contains an invalid name 'com.acme.Foo#run'", error("""
                items:
                  - id: DOSING
                    title: Dose
                    classes: ["com.acme.Foo#run"]
                """));
    }

    @Test
    void packageWithAWildcardOrAStrayDot() {
        for (String written : List.of("com.acme.*", "com.acme.**", "com.acme.", ".com.acme", "com..acme", "1com")) {
            assertEquals(FILE + ":2: field 'packages' of item DOSING contains '" + written + "', which is not a "
                    + "package name; write the package without wildcards (it includes its subpackages)", error("""
                    items:
                      - id: DOSING
                        title: Dose
                        packages: ["%s"]
                    """.formatted(written)), written);
        }
    }

    @Test
    void criteriaWithoutRationale() {
        assertEquals(FILE + ":2: field 'criteria.rationale' of item DOSING (a deviation from the plan's criteria "
                + "needs its reason) is missing or empty", error("""
                items:
                  - id: DOSING
                    title: Dose
                    packages: [com.acme]
                    criteria:
                      lineCoverage: 70%
                """));
        assertEquals(FILE + ":6: field 'criteria.rationale' of unit CALC (a deviation from the plan's criteria "
                + "needs its reason) is missing or empty", error("""
                items:
                  - id: DOSING
                    title: Dose
                    packages: [com.acme]
                units:
                  - id: CALC
                    item: DOSING
                    classes: [com.acme.Calc]
                    criteria:
                      ownTestRequired: false
                      rationale: ""
                """));
    }

    private static String itemCriteria(String field, String value) {
        return """
                items:
                  - id: DOSING
                    title: Dose
                    packages: [com.acme]
                    criteria:
                      %s: %s
                      rationale: generated code
                """.formatted(field, value);
    }

    @Test
    void ratioAbove100Percent() {
        assertEquals(FILE + ":2: field 'criteria.lineCoverage' of item DOSING: '120%'" + NOT_A_RATIO,
                error(itemCriteria("lineCoverage", "120%")));
        assertEquals(FILE + ":2: field 'criteria.branchCoverage' of item DOSING: '1.01'" + NOT_A_RATIO,
                error(itemCriteria("branchCoverage", "1.01")));
    }

    @Test
    void ratioThatIsNotANumber() {
        assertEquals(FILE + ":2: field 'criteria.branchCoverage' of item DOSING: 'abc'" + NOT_A_RATIO,
                error(itemCriteria("branchCoverage", "abc")));
        assertEquals(FILE + ":2: field 'criteria.lineCoverage' of item DOSING: '-5%'" + NOT_A_RATIO,
                error(itemCriteria("lineCoverage", "-5%")));
    }

    @Test
    void ratioAsYamlNumberOrPercent() {
        assertEquals(new CriteriaOverride(0.8, 1.0, null, null, "generated code"),
                read(itemCriteria("lineCoverage", "0.80").replace("rationale", "branchCoverage: 100%\n      rationale"))
                        .items().get(0).criteria());
    }

    private static String itemClassC(String body) {
        return """
                items:
                  - id: DOSING
                    title: Dose
                    packages: [com.acme]
                    classC:
                """ + body;
    }

    @Test
    void classCLetterOutsideAToH() {
        assertEquals(FILE + ":2: field 'classC' of item DOSING: 'i' is not one of the 5.5.4 criteria a-h",
                error(itemClassC("      applicable: [a, i]\n")));
        assertEquals(FILE + ":2: field 'classC' of item DOSING: 'z' is not one of the 5.5.4 criteria a-h",
                error(itemClassC("      notApplicable:\n        z: not a criterion\n")));
        assertEquals(FILE + ":2: field 'classC' of item DOSING: 'ab' is not one of the 5.5.4 criteria a-h",
                error(itemClassC("      applicable: [ab]\n")));
    }

    @Test
    void classCLetterBothApplicableAndNot() {
        assertEquals(FILE + ":2: field 'classC' of item DOSING: criterion c is listed both as applicable and as not "
                + "applicable",
                error(itemClassC("      applicable: [a, c]\n      notApplicable:\n        C: no heap\n")));
    }

    @Test
    void classCBlankReason() {
        assertEquals(FILE + ":2: field 'classC.notApplicable.g' of item DOSING (the reason it does not apply) is "
                + "missing or empty",
                error(itemClassC("      notApplicable:\n        c: fixed buffers\n        g:\n")));
        assertEquals(FILE + ":2: field 'classC.notApplicable.c' of item DOSING (the reason it does not apply) is "
                + "missing or empty", error(itemClassC("      notApplicable:\n        c: \"   \"\n")));
    }

    @Test
    void unitClassCIsNamedAfterTheUnit() {
        assertEquals(FILE + ":6: field 'classC' of unit CALC: 'x' is not one of the 5.5.4 criteria a-h", error("""
                items:
                  - id: DOSING
                    title: Dose
                    packages: [com.acme]
                units:
                  - id: CALC
                    item: DOSING
                    classes: [com.acme.Calc]
                    classC:
                      applicable: [x]
                """));
    }

    /** Issue 14: an item of a multi-module device may own whole modules. */
    @Test
    void itemsOwnModulesByArtifactId() {
        Architecture a = read("""
                items:
                  - id: CORE
                    title: Core
                    modules: [pump-core, pump.alarms_2]
                """);

        assertEquals(List.of("pump-core", "pump.alarms_2"), a.items().get(0).modules());
        assertEquals(FILE + ":2: field 'modules' of item CORE contains 'pump core', which is not a module's artifactId",
                error("""
                items:
                  - id: CORE
                    title: Core
                    modules: [pump core]
                """));
    }

    @Test
    void unknownFieldInAnItem() {
        assertEquals(FILE + ":4: unknown field 'package'; an item has: id, title, safetyClass, rationale, modules, packages, "
                + "classes, criteria, classC", error("""
                items:
                  - id: DOSING
                    title: Dose
                    package: com.acme
                """));
    }

    @Test
    void unknownFieldInAUnit() {
        assertEquals(FILE + ":8: unknown field 'test'; a unit has: id, item, classes, tests, criteria, classC",
                error("""
                items:
                  - id: DOSING
                    title: Dose
                    packages: [com.acme]
                units:
                  - id: CALC
                    item: DOSING
                    test: [com.acme.CalcTest]
                    classes: [com.acme.Calc]
                """));
    }

    @Test
    void unknownFieldInCriteriaNamesCriteria() {
        assertEquals(FILE + ":7: unknown field 'minimum'; 'criteria' has: lineCoverage, branchCoverage, "
                + "ownTestRequired, testsMustPass, rationale", error("""
                items:
                  - id: DOSING
                    title: Dose
                    packages: [com.acme]
                    criteria:
                      lineCoverage: 70%
                      minimum: 60%
                      rationale: legacy
                """));
    }

    @Test
    void unknownFieldInClassCNamesClassC() {
        assertEquals(FILE + ":10: unknown field 'applies'; 'classC' has: applicable, notApplicable", error("""
                items:
                  - id: DOSING
                    title: Dose
                    packages: [com.acme]
                units:
                  - id: CALC
                    item: DOSING
                    classes: [com.acme.Calc]
                    classC:
                      applies: [a]
                """));
    }

    @Test
    void unknownTopLevelField() {
        assertEquals(FILE + ":5: unknown top-level field 'unit'; the file has: items, units", error("""
                items:
                  - id: DOSING
                    title: Dose
                    packages: [com.acme]
                unit: []
                """));
    }

    @Test
    void wrongTypes() {
        assertEquals(FILE + ":4: field 'packages' has the wrong type (expected a list, e.g. [A-1, A-2])", error("""
                items:
                  - id: DOSING
                    title: Dose
                    packages: com.acme
                """));
        assertEquals(FILE + ":6: field 'ownTestRequired' has the wrong type (expected true or false)", error("""
                items:
                  - id: DOSING
                    title: Dose
                    packages: [com.acme]
                    criteria:
                      ownTestRequired: sometimes
                      rationale: legacy
                """));
        assertEquals(FILE + ":5: field 'criteria' has the wrong type (expected a mapping)", error("""
                items:
                  - id: DOSING
                    title: Dose
                    packages: [com.acme]
                    criteria: 70%
                """));
        assertEquals(FILE + ":6: field 'notApplicable' has the wrong type (expected a mapping of names to text)",
                error(itemClassC("      notApplicable: [c, g]\n")));
        assertEquals(FILE + ":2: field 'items' must be a list of items (each item starts with '- id:')",
                error("items:\n  id: DOSING\n"));
        assertEquals(FILE + ":2: each item must be a mapping with id, title and packages or classes",
                error("items:\n  - DOSING\n"));
    }

    @Test
    void duplicateKeyIsRejected() {
        String message = error("""
                items:
                  - id: DOSING
                    title: Dose
                    title: Dose again
                    packages: [com.acme]
                """);
        assertTrue(message.startsWith(FILE + ":4: "), message);
        assertTrue(message.contains("title"), message);
    }
}
