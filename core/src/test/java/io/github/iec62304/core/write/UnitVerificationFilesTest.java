package io.github.iec62304.core.write;

import static io.github.iec62304.core.link.UnitProject.completeRecord;
import static io.github.iec62304.core.link.UnitProject.item;
import static io.github.iec62304.core.link.UnitProject.override;
import static io.github.iec62304.core.link.UnitProject.record;
import static io.github.iec62304.core.link.UnitProject.unit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.link.UnitProject;
import io.github.iec62304.core.model.ClassPattern;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.UnitDeclaration;
import io.github.iec62304.core.project.ProjectInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@code unit-verification.json} and {@code .csv}, rendered with the rest of the bundle. */
@Verifies("TOOL-BUNDLE-CONTENT")
class UnitVerificationFilesTest {

    /** LOG's missing own test is only a warning: its unit still passes. */
    private static final RuleLevels LEVELS = RuleLevels.parse(Map.of("UNIT-TESTED", "B=WARN"), Gates.ids());

    /**
     * Units with every verdict: CALC fails (branch coverage, a failed test, a mapped test that did not run), RATE
     * and the LOG unit pass, LIMITS has no code, the DISPLAY unit is class A. Two classes are unassigned.
     * {@code reversed} feeds the same classes and results in the opposite order.
     */
    static UnitProject infusion(boolean reversed) {
        UnitProject p = new UnitProject(SafetyClass.C)
                .item(new SoftwareItem("DOSING", "Dose calculation", null, null, List.of("com.acme.dosing"), List.of(),
                        null, completeRecord(), 2))
                .item(item("DISPLAY", SafetyClass.A, "own process", "com.acme.display"))
                .item(new SoftwareItem("LOG", "Logging", SafetyClass.B, "no control", List.of(),
                        List.of(new ClassPattern("com.acme.Logger*")), null, null, 12))
                .unit(new UnitDeclaration("CALC", "DOSING", List.of(new ClassPattern("com.acme.dosing.Dose*")),
                        List.of("com.acme.dosing.DoseSpec"), override(0.5, null, null, null, "legacy"), null, 20))
                .unit(new UnitDeclaration("RATE", "DOSING", List.of(new ClassPattern("com.acme.dosing.Rate")),
                        List.of(), null, record(List.of("h", "g", "f", "e", "d", "c", "b", "a"), Map.of()), 26))
                .unit(unit("LIMITS", "DOSING", "com.acme.dosing.Limits"));
        List<UnaryOperator<UnitProject>> facts = new ArrayList<>(List.of(
                q -> q.cls("com.acme.dosing.DoseCalculator", 9, 10, 3, 4),
                q -> q.cls("com.acme.dosing.DoseCalculator$Step", 0, 0, 0, 0),
                q -> q.passing("com.acme.dosing.DoseCalculatorTest"),
                q -> q.ran("com.acme.dosing.DoseCalculatorTest", "rounds", TestOutcome.FAILED, "off by one"),
                q -> q.cls("com.acme.dosing.Rate", 10, 10, 2, 2),
                q -> q.passing("com.acme.dosing.RateTest"),
                q -> q.ran("com.acme.dosing.RateTest$Edge", "zero", TestOutcome.PASSED, ""),
                q -> q.noCode("com.acme.dosing.Limits"),
                q -> q.cls("com.acme.display.Screen", 0, 5, 0, 0),
                q -> q.cls("com.acme.LoggerFactory", 8, 10, 0, 0),
                q -> q.cls("com.acme.util.Strings"),
                q -> q.cls("com.acme.dosing.Helper")));
        if (reversed) {
            Collections.reverse(facts);
        }
        for (UnaryOperator<UnitProject> f : facts) {
            p = f.apply(p);
        }
        return p;
    }

    static SortedMap<String, byte[]> render(UnitProject p) {
        Evidence evidence = p.evidence();
        GateReport report = Gates.evaluate(Gates.all(), evidence, LEVELS);
        return EvidenceBundleWriter.render(new BundleContent(new ProjectInfo("com.acme", "pump", "1.0", "Pump",
                "0.1.0-SNAPSHOT", Instant.parse("2026-01-31T10:00:00Z"), null), true, evidence, report, List.of(), Map.of()));
    }

    private static JsonNode json() throws Exception {
        return new ObjectMapper().readTree(render(infusion(false)).get("unit-verification.json"));
    }

    private static String text(SortedMap<String, byte[]> files, String name) {
        return CsvText.file(files, name);
    }

    @Test
    void planCriteriaPerClass() throws Exception {
        assertEquals("{\"A\":null,"
                + "\"B\":{\"lineCoverage\":0.8,\"branchCoverage\":0.7,\"ownTestRequired\":true,\"testsMustPass\":true},"
                + "\"C\":{\"lineCoverage\":0.9,\"branchCoverage\":0.85,\"ownTestRequired\":true,\"testsMustPass\":true}}",
                json().get("criteria").toString());
    }

    @Test
    void itemsInFileOrderWithTheirEffectiveClass() throws Exception {
        assertEquals("[{\"id\":\"DOSING\",\"title\":\"Dose calculation\",\"safetyClass\":\"C\",\"rationale\":null,"
                + "\"packages\":[\"com.acme.dosing\"],\"classes\":[]},"
                + "{\"id\":\"DISPLAY\",\"title\":\"DISPLAY title\",\"safetyClass\":\"A\",\"rationale\":\"own process\","
                + "\"packages\":[\"com.acme.display\"],\"classes\":[]},"
                + "{\"id\":\"LOG\",\"title\":\"Logging\",\"safetyClass\":\"B\",\"rationale\":\"no control\","
                + "\"packages\":[],\"classes\":[\"com.acme.Logger*\"]}]", json().get("items").toString());
    }

    @Test
    void unitVerdicts() throws Exception {
        List<String> verdicts = new ArrayList<>();
        json().get("units").forEach(u -> verdicts.add(u.get("id").asText() + " " + u.get("verdict").asText()));

        assertEquals(List.of("CALC FAILED", "LIMITS NO_CODE", "RATE PASSED", "com.acme.LoggerFactory PASSED",
                "com.acme.display.Screen NOT_REQUIRED"), verdicts);
    }

    @Test
    void failedUnitWithEveryField() throws Exception {
        assertEquals("{\"id\":\"CALC\",\"item\":\"DOSING\",\"safetyClass\":\"C\","
                + "\"classes\":[\"com.acme.dosing.DoseCalculator\",\"com.acme.dosing.DoseCalculator$Step\"],"
                + "\"criteria\":{\"lineCoverage\":0.5,\"branchCoverage\":0.85,\"ownTestRequired\":true,"
                + "\"testsMustPass\":true,\"overrideRationale\":\"legacy\"},"
                + "\"coverage\":{\"lines\":{\"covered\":9,\"total\":10},\"branches\":{\"covered\":3,\"total\":4}},"
                + "\"tests\":[{\"class\":\"com.acme.dosing.DoseCalculatorTest\",\"name\":\"rounds\","
                + "\"outcome\":\"FAILED\"},"
                + "{\"class\":\"com.acme.dosing.DoseCalculatorTest\",\"name\":\"works\",\"outcome\":\"PASSED\"}],"
                + "\"testClassesNotRun\":[\"com.acme.dosing.DoseSpec\"],"
                + "\"classC\":{\"applicable\":[\"a\",\"b\",\"d\",\"h\"],\"notApplicable\":{\"c\":\"fixed buffers\","
                + "\"e\":\"finals only\",\"f\":\"no self-test\",\"g\":\"no heap\"}},"
                + "\"verdict\":\"FAILED\"}", json().at("/units/0").toString());
    }

    @Test
    void passingUnitWithItsOwnRecordAndNestedTestClass() throws Exception {
        JsonNode rate = json().at("/units/2");

        assertEquals("RATE", rate.get("id").asText());
        assertEquals("[{\"class\":\"com.acme.dosing.RateTest\",\"name\":\"works\",\"outcome\":\"PASSED\"},"
                + "{\"class\":\"com.acme.dosing.RateTest$Edge\",\"name\":\"zero\",\"outcome\":\"PASSED\"}]",
                rate.get("tests").toString());
        assertEquals("{\"applicable\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\"],\"notApplicable\":{}}",
                rate.get("classC").toString());
        assertEquals("PASSED", rate.get("verdict").asText());
    }

    @Test
    void classAUnitHasNoCriteria() throws Exception {
        JsonNode screen = json().at("/units/4");

        assertEquals("com.acme.display.Screen", screen.get("id").asText());
        assertTrue(screen.get("criteria").isNull());
        assertTrue(screen.get("classC").isNull());
        assertEquals("{\"lines\":{\"covered\":0,\"total\":5},\"branches\":{\"covered\":0,\"total\":0}}",
                screen.get("coverage").toString());
        assertEquals("NOT_REQUIRED", screen.get("verdict").asText());
    }

    @Test
    void unassignedClasses() throws Exception {
        assertEquals("[{\"class\":\"com.acme.dosing.Helper\",\"problem\":\"NO_UNIT\",\"candidates\":[],"
                + "\"item\":\"DOSING\"},"
                + "{\"class\":\"com.acme.util.Strings\",\"problem\":\"NO_ITEM\",\"candidates\":[],\"item\":null}]",
                json().get("unassignedClasses").toString());
    }

    @Test
    void unitWarnedOnlyStillPasses() throws Exception {
        JsonNode log = json().at("/units/3");

        assertEquals("com.acme.LoggerFactory", log.get("id").asText());
        assertEquals("[]", log.get("tests").toString());
        assertEquals("PASSED", log.get("verdict").asText());
    }

    @Test
    void unitWithAnErrorOfTheDefaultLevelsFails() throws Exception {
        UnitProject p = infusion(false);
        Evidence evidence = p.evidence();
        GateReport report = Gates.evaluate(Gates.all(), evidence, RuleLevels.defaults());
        JsonNode json = new ObjectMapper().readTree(EvidenceBundleWriter.render(new BundleContent(new ProjectInfo(
                "com.acme", "pump", "1.0", "Pump", "0.1.0-SNAPSHOT", null, null), true, evidence, report, List.of(), Map.of()))
                .get("unit-verification.json"));

        assertEquals("com.acme.LoggerFactory", json.at("/units/3/id").asText());
        assertEquals("FAILED", json.at("/units/3/verdict").asText());
    }

    @Test
    void csvHasOneRowPerUnit() {
        assertEquals("unit,item,safety class,classes,line coverage,required line,branch coverage,required branch,"
                + "tests,tests not passed,5.5.4 record,verdict\r\n"
                + "CALC,DOSING,C,\"com.acme.dosing.DoseCalculator; com.acme.dosing.DoseCalculator$Step\",0.90,0.5,0.75,"
                + "0.85,2,2,\"applies: a, b, d, h\",FAILED\r\n"
                + "LIMITS,DOSING,C,com.acme.dosing.Limits,,0.9,,0.85,0,0,\"applies: a, b, d, h\",NO_CODE\r\n"
                + "RATE,DOSING,C,com.acme.dosing.Rate,1.00,0.9,1.00,0.85,2,0,\"applies: a, b, c, d, e, f, g, h\","
                + "PASSED\r\n"
                + "com.acme.LoggerFactory,LOG,B,com.acme.LoggerFactory,0.80,0.8,,0.7,0,0,,PASSED\r\n"
                + "com.acme.display.Screen,DISPLAY,A,com.acme.display.Screen,0.00,,,,0,0,,NOT_REQUIRED\r\n",
                text(render(infusion(false)), "unit-verification.csv"));
    }

    @Test
    void csvNamesTheMissingLettersOfAnIncompleteRecord() {
        UnitProject p = new UnitProject(SafetyClass.C).item(new SoftwareItem("SYSTEM", "System", null, null,
                        List.of("com.acme"), List.of(), null, record(List.of("a", "b"), Map.of("c", "no heap")), 2))
                .cls("com.acme.Pump", 1, 3, 0, 0);

        assertEquals("unit,item,safety class,classes,line coverage,required line,branch coverage,required branch,"
                + "tests,tests not passed,5.5.4 record,verdict\r\n"
                + "com.acme.Pump,SYSTEM,C,com.acme.Pump,0.33,0.9,,0.85,0,0,\"applies: a, b; missing: d, e, f, g, h\",FAILED\r\n",
                text(render(p), "unit-verification.csv"));
    }

    @Verifies("TOOL-BUNDLE-REPRODUCIBLE")
    @Test
    void sameFactsInAnotherOrderGiveTheSameBytes() {
        SortedMap<String, byte[]> first = render(infusion(false));
        SortedMap<String, byte[]> second = render(infusion(true));

        assertEquals(first.keySet(), second.keySet());
        for (String name : first.keySet()) {
            assertArrayEquals(first.get(name), second.get(name), name);
        }
    }

    @Test
    void jsonUsesUnixLineEndsAndEndsWithNewline() {
        String json = text(render(infusion(false)), "unit-verification.json");

        assertFalse(json.contains("\r"));
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void implicitArchitectureRecordsTheSystemItem() throws Exception {
        JsonNode json = new ObjectMapper().readTree(render(new UnitProject(SafetyClass.B).cls("com.acme.Pump")
                .passing("com.acme.PumpTest")).get("unit-verification.json"));

        assertEquals("[{\"id\":\"SYSTEM\",\"title\":\"The software system\",\"safetyClass\":\"B\",\"rationale\":null,"
                + "\"packages\":[\"\"],\"classes\":[]}]", json.get("items").toString());
        assertEquals("com.acme.Pump PASSED", json.at("/units/0/id").asText() + " "
                + json.at("/units/0/verdict").asText());
        assertEquals(0, json.get("unassignedClasses").size());
    }
}
