package io.github.iec62304.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.core.link.RiskLinker;
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
import io.github.iec62304.core.read.risk.RiskFileReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 15: the risk chain hazard -> control -> requirement -> passing test, judged from the registers as written. */
class RiskRulesTest {

    private static final String TEST = "com.acme.DoseLimitTest";
    private static final String RISKS = io.github.iec62304.core.read.risk.RiskFileReaderTest.CHAIN;

    private static List<String> lines(String requirements, TestOutcome outcome) {
        RequirementCatalog catalog = new RequirementCatalogReader().read(in(requirements),
                "src/iec62304/requirements.yaml");
        CodeLocation test = new CodeLocation(TEST, "refusesAboveHardLimit");
        CodeScan scan = new CodeScan(List.of(new CodeLink(LinkKind.VERIFIES, "REQ-LIMIT", test)), Set.of(test),
                Map.of(), List.of(), FileTime.fromMillis(0), List.of(), List.of(), Set.of(TEST));
        TestRecord tests = new TestRecord(List.of(new TestCaseResult(TEST, "refusesAboveHardLimit", outcome, 0, 0,
                outcome == TestOutcome.PASSED ? "" : "expected refusal", List.of("TEST-x.xml"))), List.of(),
                Map.of());
        TraceMatrix trace = TraceLinker.link(catalog, SafetyClass.C, scan, tests);
        Architecture architecture = new Architecture("src/iec62304/architecture.yaml", List.of(
                new io.github.iec62304.core.model.SoftwareItem("DOSING", "Dosing", null, null, List.of("com.acme"),
                        List.of(), null, null, 2)), List.of());
        SoupModel soup = SoupModel.none("src/iec62304/soup.yaml", LocalDate.of(2026, 11, 20),
                io.github.iec62304.core.SoupSettings.DEFAULT_REVIEW_MAX_AGE);
        Evidence dev = new Evidence(SafetyClass.C, catalog, scan, tests, trace, UnitLinker.link(architecture,
                "src/iec62304/architecture.yaml", SafetyClass.C, io.github.iec62304.core.CheckSettings
                        .defaultCriteria(), scan, tests), soup);
        Evidence evidence = new Evidence(dev.systemClass(), catalog, scan, tests, trace, dev.units(), soup,
                dev.regression(), dev.anomalies(), dev.release(), RiskLinker.link(new RiskFileReader().read(in(RISKS),
                "src/iec62304/risks.yaml"), trace, architecture, null));
        return Gates.evaluate(Gates.all(), evidence, RuleLevels.defaults()).violations().stream()
                .filter(v -> v.ruleId().startsWith("RISK-")).map(v -> v.level() + " " + v.format()).toList();
    }

    private static ByteArrayInputStream in(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static final String CATALOG = """
            requirements:
              - id: REQ-LIMIT
                title: Hard limit
                text: The pump shall refuse a rate above the drug library's hard limit.
                riskControls: [%s]
            """;

    @Test
    void aCompleteChainPasses() {
        assertEquals(List.of(), lines(CATALOG.formatted("RC-OVERDOSE-01"), TestOutcome.PASSED));
    }

    @Test
    void aControlWhoseTestFailsNamesHazardControlRequirementAndTest() {
        assertEquals(List.of("ERROR RISK-CONTROL-VERIFIED RC-OVERDOSE-01: \"Rates above the drug library's hard limit are "
                + "refused\" controls HAZ-OVERDOSE but is not verified in this build: REQ-LIMIT is NOT_VERIFIED "
                + "(com.acme.DoseLimitTest#refusesAboveHardLimit FAILED). A risk control counts only when every "
                + "requirement implementing it is verified (see their TRACE-* findings). [IEC 62304 7.3.1]"),
                lines(CATALOG.formatted("RC-OVERDOSE-01"), TestOutcome.FAILED));
    }

    @Test
    void aSoftwareControlWithoutARequirementAndAnUnknownControlIdAreFindings() {
        assertEquals(List.of("ERROR RISK-CONTROL-IMPLEMENTED RC-OVERDOSE-01: \"Rates above the drug "
                + "library's hard limit are refused\" (controls HAZ-OVERDOSE) is implemented in software, but no "
                + "requirement of src/iec62304/requirements.yaml names it in riskControls. Write the requirement that "
                + "implements it (riskControls: [RC-OVERDOSE-01]). [IEC 62304 5.2.3; 7.2.2 a]",
                "ERROR RISK-REFERENCES REQ-LIMIT: names risk control RC-OVERDOSE-1 (riskControls), which is "
                + "not in src/iec62304/risks.yaml (controls:). Correct the id, or declare the risk control. "
                + "[IEC 62304 7.3.3]"),
                lines(CATALOG.formatted("RC-OVERDOSE-1"), TestOutcome.PASSED));
    }
}
