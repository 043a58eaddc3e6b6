package io.github.iec62304.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ChangeRecord;
import io.github.iec62304.core.model.risk.RiskFile;
import io.github.iec62304.core.read.catalog.RequirementCatalogReader;
import io.github.iec62304.core.read.risk.RiskFileReader;
import io.github.iec62304.core.read.risk.RiskFileReaderTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 15: a risk control, or a requirement implementing one, changed since the release needs a change record. */
@Verifies("TOOL-RISK-CHANGE")
class RiskChangeLinkerTest {

    private static final String CATALOG = """
            requirements:
              - id: REQ-LIMIT
                title: Hard limit
                text: The pump shall refuse a rate above the drug library's hard limit.
                riskControls: [RC-OVERDOSE-01]
            """;
    private static final Baseline.BaselineControl OVERDOSE = new Baseline.BaselineControl(
            "Rates above the drug library's hard limit are refused", "protective-measure", "software", null,
            List.of("HAZ-OVERDOSE"));
    private static final Baseline.BaselineControl MOTOR = new Baseline.BaselineControl(
            "The motor supervisor stops a motor that runs faster than commanded", "protective-measure", "hardware",
            "HW-SPEC-012 section 4", List.of("HAZ-OVERDOSE"));
    private static final Baseline.BaselineHazard OVERDOSE_HAZARD = new Baseline.BaselineHazard("serious", null,
            List.of("item DOSING", "soup org.slf4j:slf4j-api", "notSoftware the pump motor runs away"),
            List.of("RC-OVERDOSE-01", "RC-MOTOR-01"));
    private static final Baseline.BaselineRequirement LIMIT = new Baseline.BaselineRequirement("VERIFIED",
            SafetyClass.C, "Hard limit", "The pump shall refuse a rate above the drug library's hard limit.",
            List.of("RC-OVERDOSE-01"));

    private static List<String> differences(String catalog, Map<String, Baseline.BaselineControl> controls,
                                            boolean recorded, ChangeLog changes) {
        RequirementCatalog read = new RequirementCatalogReader().read(in(catalog), "src/iec62304/requirements.yaml");
        CodeScan scan = new CodeScan(List.of(), Set.of(), Map.of(), List.of(), FileTime.fromMillis(0), List.of(),
                List.of(), Set.of());
        TraceMatrix trace = TraceLinker.link(read, SafetyClass.C, scan, new TestRecord(List.of(), List.of(),
                Map.of()));
        RiskFile file = new RiskFileReader().read(in(RiskFileReaderTest.CHAIN), "src/iec62304/risks.yaml");
        Baseline baseline = new Baseline("pump 1.0.0", "ab".repeat(32), "com.acme", "pump", "1.0.0", null, null,
                Map.of(), Map.of("REQ-LIMIT", LIMIT), Map.of(), null, controls, recorded,
                recorded ? Map.of("HAZ-OVERDOSE", OVERDOSE_HAZARD) : Map.of());
        return RiskChangeLinker.differences(baseline, file, trace, changes, "1.1.0-SNAPSHOT", SafetyClass.C).stream()
                .map(d -> d.subject() + " " + d.detail() + (d.justification() == null ? ""
                        : " [" + d.justification().change() + "]")).toList();
    }

    private static ByteArrayInputStream in(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static ChangeLog record(List<ChangeRecord.Reference> requirements, List<ChangeRecord.Reference> controls) {
        return new ChangeLog("src/iec62304/changes.yaml", List.of(new ChangeRecord("CR-7", "1.1.0", "limits",
                "QA", null, List.of(), requirements, List.of(), List.of(), 1, List.of(), controls)));
    }

    @Test
    void nothingChangedIsNoDifference() {
        assertEquals(List.of(), differences(CATALOG, Map.of("RC-OVERDOSE-01", OVERDOSE, "RC-MOTOR-01", MOTOR), true,
                ChangeLog.empty("src/iec62304/changes.yaml")));
    }

    @Test
    void controlsAddedRemovedOrChangedAreDifferencesUntilAChangeRecordNamesThem() {
        Baseline.BaselineControl wasInformation = new Baseline.BaselineControl(OVERDOSE.title(),
                "information-for-safety", "software", null, List.of("HAZ-OVERDOSE"));
        Map<String, Baseline.BaselineControl> then = Map.of("RC-OVERDOSE-01", wasInformation, "RC-OLD-01", MOTOR);
        assertEquals(List.of("RC-MOTOR-01 is a risk control added since baseline 1.0.0",
                "RC-OLD-01 was a risk control (hardware protective-measure of HAZ-OVERDOSE) and has been removed "
                        + "since baseline 1.0.0",
                "RC-OVERDOSE-01 is a risk control changed since baseline 1.0.0: kind 'information-for-safety' -> "
                        + "'protective-measure'"),
                differences(CATALOG, then, true, ChangeLog.empty("src/iec62304/changes.yaml")));
        assertEquals(List.of("RC-MOTOR-01 is a risk control added since baseline 1.0.0",
                "RC-OLD-01 was a risk control (hardware protective-measure of HAZ-OVERDOSE) and has been removed "
                        + "since baseline 1.0.0",
                "RC-OVERDOSE-01 is a risk control changed since baseline 1.0.0: kind 'information-for-safety' -> "
                        + "'protective-measure' [CR-7]"),
                differences(CATALOG, then, true, record(List.of(), List.of(new ChangeRecord.Reference(
                        "RC-OVERDOSE-01", "now refuses instead of warning")))));
    }

    @Test
    void aBaselineWithoutRiskTraceRecordedNoControl() {
        assertEquals(List.of("RC-MOTOR-01 is a risk control added since baseline 1.0.0, which recorded no risk control"
                        + " (it has no risk-trace.json)",
                "RC-OVERDOSE-01 is a risk control added since baseline 1.0.0, which recorded no risk control (it has "
                        + "no risk-trace.json)",
                "HAZ-OVERDOSE is a hazard added since baseline 1.0.0, which recorded no hazard (it has no "
                        + "risk-trace.json)"),
                differences(CATALOG, Map.of(), false, ChangeLog.empty("src/iec62304/changes.yaml")));
    }

    @Test
    void aRequirementImplementingAControlWhoseTextChangedIsADifference() {
        Map<String, Baseline.BaselineControl> same = Map.of("RC-OVERDOSE-01", OVERDOSE, "RC-MOTOR-01", MOTOR);
        String changed = CATALOG.replace("hard limit.", "hard limit, and stop the infusion.");
        String detail = "REQ-LIMIT is a requirement implementing RC-OVERDOSE-01 changed since baseline 1.0.0: text "
                + "'The pump shall refuse a rate above the drug library's hard limit.' -> 'The pump shall refuse a "
                + "rate above the drug library's hard limit, and stop the infusion.'";
        assertEquals(List.of(detail), differences(changed, same, true, ChangeLog.empty("x")));
        assertEquals(List.of(detail + " [CR-7]"), differences(changed, same, true, record(List.of(),
                List.of(new ChangeRecord.Reference("RC-OVERDOSE-01", "the control now stops the infusion")))));
        assertEquals(List.of(detail + " [CR-7]"), differences(changed, same, true, record(List.of(
                new ChangeRecord.Reference("REQ-LIMIT", "stops the infusion too")), List.of())));
        assertEquals(List.of("REQ-LIMIT was a requirement implementing RC-OVERDOSE-01 and has been removed since "
                + "baseline 1.0.0"), differences(CATALOG.replace("REQ-LIMIT", "REQ-OTHER").replace(
                "riskControls: [RC-OVERDOSE-01]", "riskControls: []"), same, true, ChangeLog.empty("x")).stream()
                .filter(d -> d.startsWith("REQ")).toList());
    }

    @Test
    void withoutARiskExtractOnEitherSideNothingIsCompared() {
        RequirementCatalog read = new RequirementCatalogReader().read(in(CATALOG.replace("hard limit.", "limit.")),
                "src/iec62304/requirements.yaml");
        CodeScan scan = new CodeScan(List.of(), Set.of(), Map.of(), List.of(), FileTime.fromMillis(0), List.of(),
                List.of(), Set.of());
        TraceMatrix trace = TraceLinker.link(read, SafetyClass.C, scan, new TestRecord(List.of(), List.of(),
                Map.of()));
        Baseline baseline = new Baseline("pump 1.0.0", "ab".repeat(32), "com.acme", "pump", "1.0.0", null, null,
                Map.of(), Map.of("REQ-LIMIT", LIMIT), Map.of(), null, Map.of(), false);
        assertEquals(List.of(), RiskChangeLinker.differences(baseline, RiskFile.empty("src/iec62304/risks.yaml"),
                trace, ChangeLog.empty("x"), "1.1.0", SafetyClass.C));
    }

    @Test
    void aHazardWhoseSeverityWasLoweredIsADifferenceUntilAChangeRecordNamesIt() {
        // serious -> minor lowers the class the hazard demands: that must not pass unseen
        String lowered = RiskFileReaderTest.CHAIN.replace("severity: serious\n    causes", "severity: minor\n    causes");
        RequirementCatalog read = new RequirementCatalogReader().read(in(CATALOG), "src/iec62304/requirements.yaml");
        CodeScan scan = new CodeScan(List.of(), Set.of(), Map.of(), List.of(), FileTime.fromMillis(0), List.of(),
                List.of(), Set.of());
        TraceMatrix trace = TraceLinker.link(read, SafetyClass.C, scan, new TestRecord(List.of(), List.of(),
                Map.of()));
        RiskFile file = new RiskFileReader().read(in(lowered), "src/iec62304/risks.yaml");
        Baseline baseline = new Baseline("pump 1.0.0", "ab".repeat(32), "com.acme", "pump", "1.0.0", null, null,
                Map.of(), Map.of("REQ-LIMIT", LIMIT), Map.of(), null, Map.of("RC-OVERDOSE-01", OVERDOSE,
                "RC-MOTOR-01", MOTOR), true, Map.of("HAZ-OVERDOSE", OVERDOSE_HAZARD));
        ChangeLog none = ChangeLog.empty("src/iec62304/changes.yaml");
        assertEquals(List.of("HAZ-OVERDOSE is a hazard changed since baseline 1.0.0: severity 'serious' -> 'minor'"),
                RiskChangeLinker.differences(baseline, file, trace, none, "1.1.0", SafetyClass.C).stream()
                        .map(RegressionModel.Difference::detail).map(d -> "HAZ-OVERDOSE " + d).toList());
        ChangeLog record = new ChangeLog("src/iec62304/changes.yaml", List.of(new ChangeRecord("CR-8", "1.1.0", "d",
                "QA", null, List.of(), List.of(), List.of(), List.of(), 1, List.of(), List.of(),
                List.of(new ChangeRecord.Reference("HAZ-OVERDOSE", "re-estimated with the new motor supervisor")))));
        assertEquals("CR-8", RiskChangeLinker.differences(baseline, file, trace, record, "1.1.0", SafetyClass.C)
                .get(0).justification().change());
    }
}
