package io.github.iec62304.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.CheckSettings;
import io.github.iec62304.core.ReleaseSettings;
import io.github.iec62304.core.model.Architecture;
import io.github.iec62304.core.model.ClassCoverage;
import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.model.Fingerprint;
import io.github.iec62304.core.model.LinkKind;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ChangeRecord;
import io.github.iec62304.core.read.catalog.RequirementCatalogReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: what changed since the baseline beyond outcomes: a requirement whose text changed (suspect), a test that
 * no longer verifies a requirement although others still do, and the units whose code changed with what they touch.
 */
@Verifies({"TOOL-REGRESSION-IMPACT", "TOOL-REGRESSION-LINK", "TOOL-REGRESSION-SUSPECT"})
class ChangeLinkerTest {

    private static final String LIMIT = "com.acme.DoseLimit";
    private static final String UNIT_TEST = "com.acme.DoseLimitTest";
    private static final String SYSTEM_TEST = "com.acme.PumpIT";
    private static final String TEXT = "The pump shall refuse a rate above the drug library's hard limit.";
    private static final String CATALOG = """
            requirements:
              - id: REQ-LIMIT
                title: Hard limit
                text: %s
                riskControls: [RC-OVERDOSE-01]
            """;
    private static final String PRINT = "v1:" + "a".repeat(64);

    /** The build now: DoseLimit implements REQ-LIMIT; the unit test and (unless dropped) the system test verify it. */
    private static RegressionModel link(String text, boolean systemTestLinked, String classPrint,
                                        Map<String, Baseline.BaselineUnit> baselineUnits, ChangeLog changes) {
        RequirementCatalog catalog = new RequirementCatalogReader().read(new ByteArrayInputStream(
                CATALOG.formatted(text).getBytes(StandardCharsets.UTF_8)), "src/iec62304/requirements.yaml");
        CodeLocation impl = new CodeLocation(LIMIT, "refuse");
        CodeLocation unitTest = new CodeLocation(UNIT_TEST, "refusesAboveLimit");
        CodeLocation systemTest = new CodeLocation(SYSTEM_TEST, "stopsAtLimit");
        List<CodeLink> links = new java.util.ArrayList<>(List.of(new CodeLink(LinkKind.IMPLEMENTS, "REQ-LIMIT", impl),
                new CodeLink(LinkKind.VERIFIES, "REQ-LIMIT", unitTest)));
        if (systemTestLinked) {
            links.add(new CodeLink(LinkKind.VERIFIES, "REQ-LIMIT", systemTest));
        }
        CodeScan scan = new CodeScan(links, Set.of(unitTest, systemTest), Map.of(), List.of(), FileTime.fromMillis(0),
                List.of(new ClassCoverage(LIMIT, new Counter(1, 1), new Counter(1, 1), Counter.EMPTY)), List.of(),
                Set.of(UNIT_TEST, SYSTEM_TEST), Map.of(), Map.of(), Map.of(), Map.of(LIMIT, classPrint));
        TestRecord tests = new TestRecord(List.of(
                new TestCaseResult(UNIT_TEST, "refusesAboveLimit", TestOutcome.PASSED, 0, 0, "", List.of("x.xml")),
                new TestCaseResult(SYSTEM_TEST, "stopsAtLimit", TestOutcome.PASSED, 0, 0, "", List.of("y.xml"))),
                List.of(), Map.of());
        TraceMatrix trace = TraceLinker.link(catalog, SafetyClass.C, scan, tests);
        Architecture architecture = new Architecture("src/iec62304/architecture.yaml", List.of(new SoftwareItem(
                "DOSING", "Dosing", null, null, List.of("com.acme"), List.of(), null, null, 2)), List.of());
        UnitModel units = UnitLinker.link(architecture, "src/iec62304/architecture.yaml", SafetyClass.C,
                CheckSettings.defaultCriteria(), scan, tests);
        Baseline baseline = new Baseline("pump 1.0.0", "ab".repeat(32), "com.acme", "pump", "1.0.0", null, null,
                Map.of(), Map.of("REQ-LIMIT", new Baseline.BaselineRequirement("VERIFIED", SafetyClass.C, "Hard limit",
                TEXT, List.of("RC-OVERDOSE-01"), null, List.of(UNIT_TEST + "#refusesAboveLimit",
                SYSTEM_TEST + "#stopsAtLimit"))), baselineUnits, null);
        RegressionModel regression = RegressionLinker.link(baseline, "1.1.0", changes,
                ReleaseSettings.DEFAULT_COVERAGE_TOLERANCE, SafetyClass.C, tests, trace, units,
                SoupModel.none("soup.yaml", java.time.LocalDate.of(2026, 11, 1), java.time.Period.ofDays(365)));
        return ChangeLinker.link(regression, trace, units, scan, "1.1.0");
    }

    private static Map<String, Baseline.BaselineUnit> unitPrinted(String classPrint) {
        return Map.of(LIMIT, new Baseline.BaselineUnit(SafetyClass.C, new Counter(1, 1), Counter.EMPTY,
                Fingerprint.unit(Map.of(LIMIT, classPrint))));
    }

    private static List<String> differences(RegressionModel r) {
        return r.differences().stream().map(d -> d.kind() + " " + d.subject() + ": " + d.detail()
                + (d.justification() == null ? "" : " [" + d.justification().change() + "]")).toList();
    }

    private static ChangeLog record(List<ChangeRecord.Reference> tests, List<ChangeRecord.Reference> requirements,
                                    List<ChangeRecord.Reference> units, List<ChangeRecord.Reference> controls) {
        return new ChangeLog("src/iec62304/changes.yaml", List.of(new ChangeRecord("CR-9", "1.1.0", "d", "CCB", null,
                tests, requirements, units, List.of(), 1, List.of(), controls)));
    }

    private static final ChangeLog NONE = ChangeLog.empty("src/iec62304/changes.yaml");

    @Test
    void nothingChangedIsNoDifferenceAndNoImpact() {
        RegressionModel r = link(TEXT, true, PRINT, unitPrinted(PRINT), NONE);
        assertEquals(List.of(), differences(r));
        assertEquals(new ChangeImpact(List.of(), null), r.impact());
    }

    @Test
    void aChangedTextIsSuspectUntilAChangeRecordNamesTheRequirement() {
        String changed = TEXT.replace("refuse", "refuse and log");
        String suspect = "SUSPECT REQ-LIMIT: changed since baseline 1.0.0: text '" + TEXT + "' -> '" + changed
                + "'; its tests (com.acme.DoseLimitTest#refusesAboveLimit, com.acme.PumpIT#stopsAtLimit) were written "
                + "for the old one";
        assertEquals(List.of(suspect), differences(link(changed, true, PRINT, unitPrinted(PRINT), NONE)));
        assertEquals(List.of(suspect + " [CR-9]"), differences(link(changed, true, PRINT, unitPrinted(PRINT),
                record(List.of(), List.of(new ChangeRecord.Reference("REQ-LIMIT", "tests reviewed: unchanged")),
                        List.of(), List.of()))));
        // white space alone is no change of meaning
        assertEquals(List.of(), differences(link(TEXT.replace(" shall ", "   shall "), true, PRINT, unitPrinted(PRINT),
                NONE)));
    }

    @Test
    void aRequirementLoweredToClassAWhileItsTextChangedIsStillJudgedAtItsBaselineClass() {
        // review of issue 16: the class was taken from the catalog now only, so lowering a class C requirement to A in
        // the same change as its text made its suspect verification a warning
        String changed = TEXT.replace("refuse", "refuse and log");
        RegressionModel r = link(changed + "\n    safetyClass: A", true, PRINT, unitPrinted(PRINT), NONE);
        assertEquals(List.of("SUSPECT C"), r.differences().stream().map(d -> d.kind() + " " + d.safetyClass())
                .toList());
    }

    @Test
    void oneOfTwoVerifyingTestsUnlinkedIsReportedAlthoughTheOtherStillVerifies() {
        String link = "LINK REQ-LIMIT: was verified by com.acme.PumpIT#stopsAtLimit in baseline 1.0.0, which no longer "
                + "verifies it (the @Verifies link removed, or the test gone or renamed); it is still verified by "
                + "com.acme.DoseLimitTest#refusesAboveLimit; it implements risk control RC-OVERDOSE-01, so this is "
                + "judged as class C";
        RegressionModel r = link(TEXT, false, PRINT, unitPrinted(PRINT), NONE);
        assertEquals(List.of(link), differences(r));
        assertEquals(SafetyClass.C, r.differences().get(0).safetyClass());
        assertEquals(List.of(link + " [CR-9]"), differences(link(TEXT, false, PRINT, unitPrinted(PRINT),
                record(List.of(new ChangeRecord.Reference(SYSTEM_TEST, "system test retired")), List.of(), List.of(),
                        List.of()))));
    }

    @Test
    void changedCodeOfAClassCUnitNamesItsRequirementsAndRiskControls() {
        String other = "v1:" + "b".repeat(64);
        RegressionModel r = link(TEXT, true, other, unitPrinted(PRINT), NONE);
        assertEquals(List.of("IMPACT RC-OVERDOSE-01: is a risk control implemented in code that changed since baseline "
                        + "1.0.0: unit com.acme.DoseLimit (REQ-LIMIT)",
                "IMPACT com.acme.DoseLimit: is a class C unit whose code changed since baseline 1.0.0; it implements "
                        + "REQ-LIMIT (VERIFIED) and so risk control RC-OVERDOSE-01"), differences(r));
        ChangeImpact.Unit unit = r.impact().units().get(0);
        assertEquals(List.of(LIMIT, "CHANGED", List.of("REQ-LIMIT"), List.of("RC-OVERDOSE-01")), List.of(unit.id(),
                unit.change(), unit.requirements().stream().map(q -> q.requirement().id()).toList(),
                unit.riskControls()));
        ChangeLog covered = record(List.of(), List.of(), List.of(new ChangeRecord.Reference(LIMIT, "refactored")),
                List.of(new ChangeRecord.Reference("RC-OVERDOSE-01", "same limit, new code; its tests passed")));
        assertEquals(2, link(TEXT, true, other, unitPrinted(PRINT), covered).differences().stream()
                .filter(d -> d.justification() != null).count());
    }

    @Verifies("TOOL-RISK-CHANGE")
    @Test
    void aRiskControlEntryOfARecordThatDoesNotNameTheChangedUnitDoesNotJustifyTheImpact() {
        // found on the sample pump: CR-2026-024 brought the risk controls under the build ("unchanged since 1.0.0",
        // for RISK-CHANGE); its riskControls entry justified the impact of a later code change of the control's
        // unit, a change it never analysed
        String other = "v1:" + "b".repeat(64);
        ChangeLog extractOnly = record(List.of(), List.of(), List.of(),
                List.of(new ChangeRecord.Reference("RC-OVERDOSE-01", "unchanged since 1.0.0")));
        RegressionModel r = link(TEXT, true, other, unitPrinted(PRINT), extractOnly);
        assertEquals(List.of("IMPACT RC-OVERDOSE-01 null", "IMPACT com.acme.DoseLimit null"), r.differences().stream()
                .map(d -> d.kind() + " " + d.subject() + " " + d.justification()).toList());
    }

    /**
     * Review finding: a class B risk control implemented by two units whose code both changed. The change record names
     * one unit and the control; the other unit's change (class B: no IMPACT of its own) reaches the control only
     * through the control's difference, and the record that analysed the first unit justifies it.
     */
    @Test
    void aRiskControlRecordNamingOnlyOneOfTwoChangedUnitsDoesNotJustifyTheOthersChange() {
        String rate = "com.acme.RateCheck";
        RequirementCatalog catalog = new RequirementCatalogReader().read(new ByteArrayInputStream("""
                requirements:
                  - id: REQ-LIMIT
                    title: Hard limit
                    text: The pump shall refuse a rate above the hard limit.
                    riskControls: [RC-OVERDOSE-01]
                  - id: REQ-RATE
                    title: Rate check
                    text: The pump shall check the rate before it starts.
                    riskControls: [RC-OVERDOSE-01]
                """.getBytes(StandardCharsets.UTF_8)), "src/iec62304/requirements.yaml");
        CodeScan scan = new CodeScan(List.of(new CodeLink(LinkKind.IMPLEMENTS, "REQ-LIMIT", new CodeLocation(LIMIT,
                "refuse")), new CodeLink(LinkKind.IMPLEMENTS, "REQ-RATE", new CodeLocation(rate, "check"))), Set.of(),
                Map.of(), List.of(), FileTime.fromMillis(0), List.of(new ClassCoverage(LIMIT, new Counter(1, 1),
                new Counter(1, 1), Counter.EMPTY), new ClassCoverage(rate, new Counter(1, 1), new Counter(1, 1),
                Counter.EMPTY)), List.of(), Set.of(), Map.of(), Map.of(), Map.of(), Map.of(LIMIT, "v1:" + "b".repeat(64),
                rate, "v1:" + "c".repeat(64)));
        TestRecord tests = new TestRecord(List.of(), List.of(), Map.of());
        TraceMatrix trace = TraceLinker.link(catalog, SafetyClass.B, scan, tests);
        UnitModel units = UnitLinker.link(new Architecture("src/iec62304/architecture.yaml", List.of(new SoftwareItem(
                "DOSING", "Dosing", null, null, List.of("com.acme"), List.of(), null, null, 2)), List.of()),
                "src/iec62304/architecture.yaml", SafetyClass.B, CheckSettings.defaultCriteria(), scan, tests);
        Map<String, Baseline.BaselineUnit> then = Map.of(
                LIMIT, new Baseline.BaselineUnit(SafetyClass.B, new Counter(1, 1), Counter.EMPTY,
                        Fingerprint.unit(Map.of(LIMIT, PRINT))),
                rate, new Baseline.BaselineUnit(SafetyClass.B, new Counter(1, 1), Counter.EMPTY,
                        Fingerprint.unit(Map.of(rate, PRINT))));
        Baseline baseline = new Baseline("pump 1.0.0", "ab".repeat(32), "com.acme", "pump", "1.0.0", null, null,
                Map.of(), Map.of(), then, null);
        ChangeLog limitOnly = record(List.of(), List.of(), List.of(new ChangeRecord.Reference(LIMIT, "refactored")),
                List.of(new ChangeRecord.Reference("RC-OVERDOSE-01", "same limit, new code in DoseLimit")));
        RegressionModel regression = RegressionLinker.link(baseline, "1.1.0", limitOnly,
                ReleaseSettings.DEFAULT_COVERAGE_TOLERANCE, SafetyClass.B, tests, trace, units,
                SoupModel.none("soup.yaml", java.time.LocalDate.of(2026, 11, 1), java.time.Period.ofDays(365)));
        RegressionModel r = ChangeLinker.link(regression, trace, units, scan, "1.1.0");

        assertEquals(List.of("IMPACT RC-OVERDOSE-01: is a risk control implemented in code that changed since baseline "
                + "1.0.0: unit com.acme.DoseLimit (REQ-LIMIT); unit com.acme.RateCheck (REQ-RATE)"), differences(r));
    }

    @Test
    void aClassCUnitOfTheBaselineWhoseCodeIsGoneIsAChangeToo() {
        // review of issue 16: a class C unit removed (its classes deleted, or the unit renamed) changed no unit that
        // is still there, so the impact passed although class C code was removed without any change record
        String alarm = "com.acme.Alarm";
        Map<String, Baseline.BaselineUnit> then = new java.util.HashMap<>(unitPrinted(PRINT));
        then.put(alarm, new Baseline.BaselineUnit(SafetyClass.C, new Counter(1, 1), Counter.EMPTY,
                Fingerprint.unit(Map.of(alarm, PRINT))));
        RegressionModel r = link(TEXT, true, PRINT, then, NONE);
        assertEquals(List.of("IMPACT com.acme.Alarm: is a class C unit of baseline 1.0.0 whose code is gone (its "
                + "classes removed, or the unit renamed or re-assigned)"), differences(r));
        assertEquals(List.of(), link(TEXT, true, PRINT, then, record(List.of(), List.of(), List.of(
                new ChangeRecord.Reference(alarm, "alarm moved to the monitor")), List.of())).differences().stream()
                .filter(d -> d.justification() == null).toList());
    }

    @Test
    void aBaselineWithoutUnitFingerprintsComputesNoImpact() {
        RegressionModel r = link(TEXT, true, PRINT, Map.of(LIMIT, new Baseline.BaselineUnit(SafetyClass.C,
                new Counter(1, 1), Counter.EMPTY)), NONE);
        assertEquals(List.of(), differences(r));
        assertEquals("baseline 1.0.0 records no unit fingerprints (its bundle was written before they existed); the "
                + "change impact is computed against the next release", r.impact().notComputed());
    }

    @Test
    void unitFingerprintsOfAnotherAlgorithmAreNotReadAsAChangeOfEveryUnit() {
        RegressionModel r = link(TEXT, true, PRINT, Map.of(LIMIT, new Baseline.BaselineUnit(SafetyClass.C,
                new Counter(1, 1), Counter.EMPTY, "v2:" + "c".repeat(64))), NONE);
        assertEquals(List.of(), differences(r));
        assertEquals("baseline 1.0.0 records unit fingerprints of algorithm v2: and this plugin computes v1:; the "
                + "change impact is computed against the next release", r.impact().notComputed());
    }
}
