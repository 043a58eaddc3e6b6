package io.github.iec62304.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
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
        return lines(requirements, outcome, RISKS, null, false);
    }

    /**
     * @param itemClass the class of item DOSING (which holds the test's package and is a cause of HAZ-OVERDOSE), or
     *                  {@code null} to inherit the system's C
     * @param release   whether the build is a release
     */
    private static List<String> lines(String requirements, TestOutcome outcome, String risks, SafetyClass itemClass,
                                      boolean release) {
        return lines(requirements, outcome, risks, itemClass, release, null);
    }

    /** @param register the SOUP register the SOUP gate read, or {@code null} when it read none */
    private static List<String> lines(String requirements, TestOutcome outcome, String risks, SafetyClass itemClass,
                                      boolean release, io.github.iec62304.core.model.soup.SoupRegister register) {
        return violations(requirements, outcome, risks, itemClass, release, register).stream()
                .map(v -> v.level() + " " + v.format()).toList();
    }

    private static List<Violation> violations(String requirements, TestOutcome outcome, String risks,
                                              SafetyClass itemClass, boolean release,
                                              io.github.iec62304.core.model.soup.SoupRegister register) {
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
                new io.github.iec62304.core.model.SoftwareItem("DOSING", "Dosing", itemClass, itemClass == null ? null
                        : "segregated", List.of("com.acme"),
                        List.of(), null, null, 2)), List.of());
        SoupModel none = SoupModel.none("src/iec62304/soup.yaml", LocalDate.of(2026, 11, 20),
                io.github.iec62304.core.SoupSettings.DEFAULT_REVIEW_MAX_AGE);
        SoupModel soup = register == null ? none : new SoupModel(none.sbom(), register, List.of(), List.of(),
                List.of(), List.of(), none.buildDate(), none.reviewMaxAge(), null, List.of());
        Evidence dev = new Evidence(SafetyClass.C, catalog, scan, tests, trace, UnitLinker.link(architecture,
                "src/iec62304/architecture.yaml", SafetyClass.C, io.github.iec62304.core.CheckSettings
                        .defaultCriteria(), scan, tests), soup);
        Evidence evidence = new Evidence(dev.systemClass(), catalog, scan, tests, trace, dev.units(), soup,
                dev.regression(), dev.anomalies(), release ? release(dev.release()) : dev.release(),
                RiskLinker.link(new RiskFileReader().read(in(risks),
                "src/iec62304/risks.yaml"), trace, architecture, register));
        return Gates.evaluate(Gates.all(), evidence, RuleLevels.defaults()).violations().stream()
                .filter(v -> v.ruleId().startsWith("RISK-")).toList();
    }

    private static io.github.iec62304.core.model.release.ReleaseFacts release(
            io.github.iec62304.core.model.release.ReleaseFacts dev) {
        return new io.github.iec62304.core.model.release.ReleaseFacts(true, "not a SNAPSHOT", dev.subject(),
                dev.version(), dev.baselineDeclared(), dev.snapshots(), dev.git(), dev.withoutGit(), dev.reproducible(),
                dev.attached(), dev.environment(), dev.referenceDate(), dev.timestampOfBaseline(),
                dev.outputTimestamp());
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

    @Verifies("TOOL-RISK-CONTROL-VERIFIED")
    @Test
    void aControlWhoseTestFailsNamesHazardControlRequirementAndTest() {
        assertEquals(List.of("ERROR RISK-CONTROL-VERIFIED RC-OVERDOSE-01: \"Rates above the drug library's hard limit are "
                + "refused\" controls HAZ-OVERDOSE but is not verified in this build: REQ-LIMIT is NOT_VERIFIED "
                + "(com.acme.DoseLimitTest#refusesAboveHardLimit FAILED). A risk control counts only when every "
                + "requirement implementing it is verified (see their TRACE-* findings). [IEC 62304 7.3.1]"),
                lines(CATALOG.formatted("RC-OVERDOSE-01"), TestOutcome.FAILED));
    }

    @Verifies("TOOL-RISK-CONTROL-VERIFIED")
    @Test
    void aControlWhoseRequirementLacksAMethodOfItsPlanSaysWhichOne() {
        // the tests passed, but the plan also asks for an inspection that has no record: the message must say what
        // is missing, not only that the requirement is NOT_VERIFIED
        assertEquals(List.of("ERROR RISK-CONTROL-VERIFIED RC-OVERDOSE-01: \"Rates above the drug library's hard limit "
                + "are refused\" controls HAZ-OVERDOSE but is not verified in this build: REQ-LIMIT is NOT_VERIFIED "
                + "(no inspection record). A risk control counts only when every requirement implementing it is "
                + "verified (see their TRACE-* findings). [IEC 62304 7.3.1]"),
                lines(CATALOG.formatted("RC-OVERDOSE-01") + "    verification: [test, inspection]\n",
                        TestOutcome.PASSED));
    }

    @Verifies({"TOOL-RISK-CONTROL-IMPLEMENTED", "TOOL-RISK-REFERENCES"})
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

    /**
     * Issue 17: a finding about a risk control, a hazard or an item points at its line in the risk extract or the
     * architecture registry, for SARIF and the CI tools.
     */
    @Test
    void riskFindingsCarryTheLineOfWhatTheyAreAbout() {
        java.util.function.Function<List<Violation>, List<String>> located = list -> list.stream()
                .map(v -> v.ruleId() + " " + v.subject() + " " + (v.location() == null ? "null"
                        : v.location().file() + ":" + v.location().line())).sorted().toList();
        int control = line(RISKS, "- id: RC-OVERDOSE-01");
        int hazard = line(RISKS, "- id: HAZ-OVERDOSE");
        assertEquals(List.of("RISK-CONTROL-IMPLEMENTED RC-OVERDOSE-01 src/iec62304/risks.yaml:" + control,
                        "RISK-REFERENCES REQ-LIMIT src/iec62304/requirements.yaml:2"),
                located.apply(violations(CATALOG.formatted("RC-OVERDOSE-1"), TestOutcome.PASSED, RISKS, null, false,
                        null)));
        assertEquals(List.of("RISK-CONTROL-VERIFIED RC-OVERDOSE-01 src/iec62304/risks.yaml:" + control),
                located.apply(violations(CATALOG.formatted("RC-OVERDOSE-01"), TestOutcome.FAILED, RISKS, null, false,
                        null)));
        assertEquals(List.of("RISK-CLASS DOSING src/iec62304/architecture.yaml:2"),
                located.apply(violations(CATALOG.formatted("RC-OVERDOSE-01"), TestOutcome.PASSED, RISKS,
                        SafetyClass.A, false, null)).stream().filter(l -> l.startsWith("RISK-CLASS")).toList());
        String unevaluated = RISKS.replace("after: improbable", "after: frequent");
        assertEquals(List.of("RISK-RESIDUAL HAZ-OVERDOSE src/iec62304/risks.yaml:" + hazard),
                located.apply(violations(CATALOG.formatted("RC-OVERDOSE-01"), TestOutcome.PASSED, unevaluated, null,
                        true, null)).stream().filter(l -> l.startsWith("RISK-RESIDUAL")).toList());
    }

    private static int line(String yaml, String text) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in the risk extract");
    }

    private static final String CODE = "com.acme.DoseLimit#refuse";

    /** The catalog with an implementation of REQ-LIMIT in item DOSING, which the scan of {@link #lines} lacks. */
    @Verifies("TOOL-RISK-CLASS")
    @Test
    void aClassAItemCausingASeriousHazardIsWrongUnlessAnExternalControlMakesItAcceptable() {
        assertEquals(List.of("ERROR RISK-CLASS DOSING: is class A but is a cause of hazard HAZ-OVERDOSE (Overdose, up "
                + "to death; severity serious, which demands class C in src/iec62304/risks.yaml) and no control "
                + "outside the software makes it acceptable. Raise the class of DOSING to C in "
                + "src/iec62304/architecture.yaml, or record the risk after the controls outside the software as "
                + "'afterExternal' of HAZ-OVERDOSE if they make it acceptable. [IEC 62304 4.3]"),
                lines(CATALOG.formatted("RC-OVERDOSE-01"), TestOutcome.PASSED, RISKS, SafetyClass.A, false));
        String external = RISKS.replace("after: improbable", "after: improbable\n    afterExternal: improbable");
        assertEquals(List.of(), lines(CATALOG.formatted("RC-OVERDOSE-01"), TestOutcome.PASSED, external,
                SafetyClass.A, false));
        String notAcceptable = RISKS.replace("after: improbable", "after: improbable\n    afterExternal: remote");
        assertEquals(1, lines(CATALOG.formatted("RC-OVERDOSE-01"), TestOutcome.PASSED, notAcceptable,
                SafetyClass.A, false).size());
    }

    @Verifies("TOOL-RISK-CONTROL-CLASS")
    @Test
    void aRequirementImplementingAControlOfASeriousHazardIsClassC() {
        String classA = CATALOG.formatted("RC-OVERDOSE-01") + "    safetyClass: A\n";
        assertEquals(List.of("ERROR RISK-CONTROL-CLASS REQ-LIMIT: is class A but implements risk control "
                + "RC-OVERDOSE-01 of hazard HAZ-OVERDOSE (severity serious, which demands class C in "
                + "src/iec62304/risks.yaml). Give REQ-LIMIT safetyClass: C in src/iec62304/requirements.yaml. If a "
                + "control outside the software makes the risk acceptable on its own (4.3), record the risk after it "
                + "as 'afterExternal' of HAZ-OVERDOSE. [IEC 62304 4.3; 7.2.2]"),
                lines(classA, TestOutcome.PASSED));
    }

    @Verifies("TOOL-RISK-RESIDUAL")
    @Test
    void aReleaseNeedsAnAcceptableResidualRiskOrItsBenefitRiskAnalysis() {
        String unacceptable = RISKS.replace("acceptable: yes", "acceptable: no");
        String finding = "RISK-RESIDUAL HAZ-OVERDOSE: has an unacceptable residual risk (serious, improbable) and no "
                + "benefit-risk analysis: it cannot be released.";
        assertEquals(List.of("ERROR " + finding + " Reduce the risk further, or name the benefit-risk analysis that "
                + "justifies it (residual.benefitRisk: document id) in src/iec62304/risks.yaml. [IEC 62304 7.3; 5.8]"),
                lines(CATALOG.formatted("RC-OVERDOSE-01"), TestOutcome.PASSED, unacceptable, null, true));
        assertEquals(List.of("WARN " + finding + " Before the release: Reduce the risk further, or name the "
                + "benefit-risk analysis that justifies it (residual.benefitRisk: document id) in "
                + "src/iec62304/risks.yaml. [IEC 62304 7.3; 5.8]"),
                lines(CATALOG.formatted("RC-OVERDOSE-01"), TestOutcome.PASSED, unacceptable, null, false));
        assertEquals(List.of(), lines(CATALOG.formatted("RC-OVERDOSE-01"), TestOutcome.PASSED, unacceptable.replace(
                "rationale: the limit check", "benefitRisk: BRA-007\n      rationale: the limit check"), null, true));
        String missing = RISKS.replaceAll("(?s)    residual:.*?together\n", "");
        assertEquals(List.of("ERROR RISK-RESIDUAL HAZ-OVERDOSE: has no residual risk evaluation in "
                + "src/iec62304/risks.yaml. Estimate the risk after control ('after') and evaluate it under "
                + "'residual:' (acceptable, rationale) for HAZ-OVERDOSE. [IEC 62304 7.3; 5.8]"),
                lines(CATALOG.formatted("RC-OVERDOSE-01"), TestOutcome.PASSED, missing, null, true));
        String contradicting = RISKS.replace("after: improbable", "after: remote");
        assertEquals(List.of("ERROR RISK-RESIDUAL HAZ-OVERDOSE: is evaluated acceptable, but the team's matrix does not "
                + "accept probability remote for severity serious. Reduce the risk further, or evaluate it as not "
                + "acceptable with its benefit-risk analysis (residual.benefitRisk). [IEC 62304 7.3; 5.8]"),
                lines(CATALOG.formatted("RC-OVERDOSE-01"), TestOutcome.PASSED, contradicting, null, true));
    }

    private static io.github.iec62304.core.model.soup.SoupRegister slf4j(List<String> hazards) {
        return new io.github.iec62304.core.model.soup.SoupRegister("src/iec62304/soup.yaml", List.of(
                new io.github.iec62304.core.model.soup.SoupEntry("org.slf4j:slf4j-api", null, "SLF4J API", "QOS.ch",
                        null, "2.0.17", "logging", "Java 8", new io.github.iec62304.core.model.soup.SoupEntry.Risk(
                        hazards, "low", "no-operation logger"), null, null, 3)));
    }

    /** RISK-SOUP-HAZARD: the SOUP a hazard names as its cause names that hazard in the register (7.1.2 c). */
    @Verifies("TOOL-RISK-SOUP-HAZARD")
    @Test
    void aSoupCauseWhoseRegisterEntryDoesNotNameTheHazardIsAFinding() {
        assertEquals(List.of("ERROR RISK-SOUP-HAZARD org.slf4j:slf4j-api: is a cause of hazard HAZ-OVERDOSE in "
                + "src/iec62304/risks.yaml (a logging call throws in the dosing path), but its entry in "
                + "src/iec62304/soup.yaml does not name it. Add HAZ-OVERDOSE to risk.hazards of org.slf4j:slf4j-api. "
                + "[IEC 62304 7.1.2 c]"), lines(CATALOG.formatted("RC-OVERDOSE-01"), TestOutcome.PASSED, RISKS, null,
                false, slf4j(List.of())));
        assertEquals(List.of(), lines(CATALOG.formatted("RC-OVERDOSE-01"), TestOutcome.PASSED, RISKS, null, false,
                slf4j(List.of("HAZ-OVERDOSE"))));
    }
}
