package io.github.iec62304.core.evaluate;

import static io.github.iec62304.core.link.SoupProject.component;
import static io.github.iec62304.core.link.SoupProject.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.link.SoupProject;
import io.github.iec62304.core.link.SoupProject.Entry;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.soup.SoupEntry;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The eight SOUP rules' exact log lines and levels, through {@link Gates#evaluate}. */
class SoupGateRulesTest {

    private static final String REGISTER = SoupProject.REGISTER;
    private static final String SLF4J = "org.slf4j:slf4j-api";
    private static final String MANUFACTURER_HINT = ". Add 'manufacturer:' to its entry in " + REGISTER
            + " (\"community\" plus 'website:' for community projects). [IEC 62304 8.1.2 b]";

    private static final Map<SafetyClass, Level> ALL_ERROR =
            Map.of(SafetyClass.A, Level.ERROR, SafetyClass.B, Level.ERROR, SafetyClass.C, Level.ERROR);
    private static final Map<SafetyClass, Level> B_AND_C =
            Map.of(SafetyClass.A, Level.OFF, SafetyClass.B, Level.ERROR, SafetyClass.C, Level.ERROR);
    private static final Map<SafetyClass, Level> ALL_WARN =
            Map.of(SafetyClass.A, Level.WARN, SafetyClass.B, Level.WARN, SafetyClass.C, Level.WARN);

    /** slf4j-api and a JRE, fully documented: every SOUP rule passes. */
    private static SoupProject documented(SafetyClass cls) {
        return new SoupProject(cls).ships(SLF4J, "2.0.17").entry(Entry.component(SLF4J, "2.0.17"))
                .entry(Entry.runtime("Eclipse Temurin JRE", "17.0.15"));
    }

    private static RuleVerdict verdict(GateReport report, String id) {
        return report.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static RuleLevels levels(String rule, String level) {
        return RuleLevels.parse(Map.of(rule, level), Gates.ids());
    }

    @Test
    void aDocumentedProjectPassesEverySoupRule() {
        GateReport report = documented(SafetyClass.C).evaluate(RuleLevels.defaults());

        assertEquals(List.of(), report.violations());
        assertEquals(List.of(
                new RuleVerdict("SOUP-REGISTERED", "8.1.2", "Every shipped third-party component has a SOUP register "
                        + "entry", ALL_ERROR, "PASSED", 0, 0),
                new RuleVerdict("SOUP-MANUFACTURER", "8.1.2 b", "The manufacturer of every SOUP is known", ALL_ERROR,
                        "PASSED", 0, 0),
                new RuleVerdict("SOUP-VERSION", "8.1.2 c", "The register names the version of each SOUP that ships",
                        ALL_ERROR, "PASSED", 0, 0),
                new RuleVerdict("SOUP-UNUSED", "8.1.2", "Every register entry matches a shipped component", ALL_WARN,
                        "PASSED", 0, 0),
                new RuleVerdict("SOUP-REQUIREMENTS", "5.3.3; 5.3.4", "Every SOUP states its functional, performance "
                        + "and system requirements", B_AND_C, "PASSED", 0, 0),
                new RuleVerdict("SOUP-RISK", "7.1.2 c", "Every SOUP is assessed as a potential cause of hazards",
                        B_AND_C, "PASSED", 0, 0),
                new RuleVerdict("SOUP-ANOMALY-REVIEW", "7.1.3", "The anomaly list of every SOUP was evaluated for the "
                        + "version that ships", B_AND_C, "PASSED", 0, 0),
                new RuleVerdict("SOUP-VULNERABILITY", "7.1.3", "Every vulnerability of a shipped SOUP has been "
                        + "analysed", ALL_ERROR, "PASSED", 0, 0),
                new RuleVerdict("SOUP-END-OF-SUPPORT", "6.1 f; 7.1.3", "Every SOUP states its support and end of "
                        + "support; a release ships none past its end of support", Map.of(SafetyClass.A, Level.WARN,
                        SafetyClass.B, Level.ERROR, SafetyClass.C, Level.ERROR), "PASSED", 0, 0)),
                report.rules().stream().filter(r -> r.id().startsWith("SOUP-") && !r.id().equals("SOUP-CHANGE")).toList());
    }

    /** Issue 17: a finding about a register entry points at the entry's line, for SARIF and the CI tools. */
    @Test
    void entryFindingsCarryTheEntrysLine() {
        GateReport report = new SoupProject(SafetyClass.C).ships(SLF4J, "2.0.17")
                .entry(Entry.runtime("Eclipse Temurin JRE", "17.0.15"))
                .entry(Entry.component(SLF4J, "2.0.16").functionalRequirements(null).systemRequirements(null))
                .entry(Entry.component("com.acme:gone", "1.0")).evaluate(RuleLevels.defaults());
        assertEquals(List.of(
                        "SOUP-REQUIREMENTS org.slf4j:slf4j-api " + REGISTER + ":12",
                        "SOUP-REQUIREMENTS org.slf4j:slf4j-api " + REGISTER + ":12",
                        "SOUP-UNUSED com.acme:gone " + REGISTER + ":22",
                        "SOUP-VERSION org.slf4j:slf4j-api:2.0.17 " + REGISTER + ":12"),
                report.violations().stream().filter(v -> !v.ruleId().equals("SOUP-ANOMALY-REVIEW"))
                        .map(v -> v.ruleId() + " " + v.subject() + " " + (v.location() == null ? "null"
                        : v.location().file() + ":" + v.location().line())).sorted().toList());
        assertEquals(List.of(REGISTER + ":12"), report.violations().stream()
                .filter(v -> v.ruleId().equals("SOUP-ANOMALY-REVIEW"))
                .map(v -> v.location().file() + ":" + v.location().line()).distinct().toList());
    }

    // SOUP-END-OF-SUPPORT

    private static final String EOS_TODO = "Upgrade to a supported version (a SOUP change, with its change record). "
            + "If this version must ship, take over its maintenance and say so in " + REGISTER + " (support: "
            + "in-house, endOfSupport: until when you maintain it), with an anomaly review that finds its unfixed "
            + "anomalies acceptable; the check cannot judge that review.";
    private static final String JUDGED = "judged against 2026-11-01, project.build.outputTimestamp of this release "
            + "build";

    private static SoupProject endedOn(SafetyClass cls, LocalDate end) {
        return new SoupProject(cls).ships(SLF4J, "1.7.36").entry(Entry.component(SLF4J, "1.7.36")
                .endOfSupport(new SoupEntry.EndOfSupport(end)));
    }

    private static List<String> levelled(SoupProject p) {
        return p.evaluate(RuleLevels.defaults()).violations().stream()
                .filter(v -> v.ruleId().equals("SOUP-END-OF-SUPPORT")).map(v -> v.level() + " " + v.format()).toList();
    }

    @Verifies("TOOL-SOUP-END-OF-SUPPORT")
    @Test
    void classCReleasePastEndOfSupportFails() {
        assertEquals(List.of("ERROR SOUP-END-OF-SUPPORT org.slf4j:slf4j-api:1.7.36: reached its end of support on "
                + "2026-10-31 (" + JUDGED + "): its maintainer no longer fixes its defects or vulnerabilities. "
                + EOS_TODO + " [IEC 62304 6.1 f; 7.1.3]"),
                levelled(endedOn(SafetyClass.C, LocalDate.of(2026, 10, 31)).release()));
        assertEquals(List.of("ERROR SOUP-END-OF-SUPPORT org.slf4j:slf4j-api:1.7.36: reached its end of support on "
                + "2026-10-31 (" + JUDGED + "): its maintainer no longer fixes its defects or vulnerabilities. "
                + EOS_TODO + " [IEC 62304 6.1 f; 7.1.3]"),
                levelled(endedOn(SafetyClass.B, LocalDate.of(2026, 10, 31)).release()));
    }

    @Test
    void supportEndingOnTheReferenceDateOrLaterPasses() {
        assertEquals(List.of(), levelled(endedOn(SafetyClass.C, SoupProject.BUILD_DATE).release()));
        assertEquals(List.of(), levelled(endedOn(SafetyClass.C, LocalDate.of(2027, 10, 1)).release()));
    }

    @Verifies("TOOL-SOUP-END-OF-SUPPORT")
    @Test
    void classAReleaseAndDevelopmentBuildsWarn() {
        assertEquals(List.of("WARN SOUP-END-OF-SUPPORT org.slf4j:slf4j-api:1.7.36: reached its end of support on "
                + "2026-10-31 (" + JUDGED + "): its maintainer no longer fixes its defects or vulnerabilities. "
                + EOS_TODO + " [IEC 62304 6.1 f; 7.1.3]"),
                levelled(endedOn(SafetyClass.A, LocalDate.of(2026, 10, 31)).release()));
        assertEquals(List.of("WARN SOUP-END-OF-SUPPORT org.slf4j:slf4j-api:1.7.36: reached its end of support on "
                + "2026-10-31 (judged against 2026-11-01, the day the build ran): its maintainer no longer fixes its "
                + "defects or vulnerabilities. " + EOS_TODO + " A release build fails on this (class B, C). "
                + "[IEC 62304 6.1 f; 7.1.3]"), levelled(endedOn(SafetyClass.C, LocalDate.of(2026, 10, 31))));
    }

    @Verifies("TOOL-SOUP-END-OF-SUPPORT")
    @Test
    void unsupportedFailsAReleaseWhateverTheDate() {
        SoupProject p = new SoupProject(SafetyClass.C).ships(SLF4J, "2.0.17").entry(Entry.component(SLF4J, "2.0.17")
                .support(SoupEntry.Support.UNSUPPORTED)).release();

        assertEquals(List.of("ERROR SOUP-END-OF-SUPPORT org.slf4j:slf4j-api:2.0.17: is unsupported (" + REGISTER
                + "): nobody fixes its defects or vulnerabilities. " + EOS_TODO + " [IEC 62304 6.1 f; 7.1.3]"),
                levelled(p));
    }

    @Test
    void inHouseSupportAndSecurityFixesOnlyPass() {
        assertEquals(List.of(), levelled(new SoupProject(SafetyClass.C).ships(SLF4J, "1.7.36")
                .entry(Entry.component(SLF4J, "1.7.36").support(SoupEntry.Support.IN_HOUSE)
                        .endOfSupport(new SoupEntry.EndOfSupport(LocalDate.of(2030, 1, 1))))
                .entry(Entry.runtime("Eclipse Temurin JRE", "17.0.15").support(SoupEntry.Support.SECURITY_FIXES_ONLY)
                        .endOfSupport(new SoupEntry.EndOfSupport(LocalDate.of(2027, 10, 1)))).release()));
    }

    @Verifies("TOOL-SOUP-END-OF-SUPPORT")
    @Test
    void runtimeSoupPastEndOfSupportNamesItsVersion() {
        SoupProject p = new SoupProject(SafetyClass.C).entry(Entry.runtime("Eclipse Temurin JRE", "11.0.25")
                .endOfSupport(new SoupEntry.EndOfSupport(LocalDate.of(2024, 10, 31)))).release();

        assertEquals(List.of("ERROR SOUP-END-OF-SUPPORT runtime Eclipse Temurin JRE 11.0.25: reached its end of "
                + "support on 2024-10-31 (" + JUDGED + "): its maintainer no longer fixes its defects or "
                + "vulnerabilities. " + EOS_TODO + " [IEC 62304 6.1 f; 7.1.3]"), levelled(p));
    }

    @Verifies("TOOL-SOUP-END-OF-SUPPORT")
    @Test
    void missingSupportFieldsAreAFindingNeverSilentlyFine() {
        SoupProject release = new SoupProject(SafetyClass.B).ships(SLF4J, "2.0.17")
                .entry(Entry.component(SLF4J, "2.0.17").support(null).endOfSupport(null))
                .entry(Entry.runtime("Eclipse Temurin JRE", "17.0.15").endOfSupport(null)).release();
        String add = " (FDA premarket cybersecurity: the level of support and end-of-support date of every "
                + "component). Add 'support:' (supported, security-fixes-only, in-house or unsupported) and "
                + "'endOfSupport:' (YYYY-MM-DD or none announced) to " + REGISTER + ".";

        assertEquals(List.of("ERROR SOUP-END-OF-SUPPORT org.slf4j:slf4j-api: has no support level or end of support"
                        + add + " [IEC 62304 6.1 f; 7.1.3]",
                "ERROR SOUP-END-OF-SUPPORT runtime Eclipse Temurin JRE: has no end of support" + add
                        + " [IEC 62304 6.1 f; 7.1.3]"), levelled(release));
        assertEquals(List.of("WARN SOUP-END-OF-SUPPORT org.slf4j:slf4j-api: has no support level or end of support"
                + add + " A release build fails on this (class B, C). [IEC 62304 6.1 f; 7.1.3]"),
                levelled(new SoupProject(SafetyClass.C).ships(SLF4J, "2.0.17")
                        .entry(Entry.component(SLF4J, "2.0.17").support(null).endOfSupport(null))));
    }

    @Verifies("TOOL-SOUP-END-OF-SUPPORT")
    @Test
    void endOfSupportLevelsCanBeRaised() {
        assertEquals(List.of("ERROR SOUP-END-OF-SUPPORT org.slf4j:slf4j-api:1.7.36: reached its end of support on "
                + "2026-10-31 (" + JUDGED + "): its maintainer no longer fixes its defects or vulnerabilities. "
                + EOS_TODO + " [IEC 62304 6.1 f; 7.1.3]"),
                endedOn(SafetyClass.A, LocalDate.of(2026, 10, 31)).release()
                        .evaluate(levels("SOUP-END-OF-SUPPORT", "ERROR")).violations().stream()
                        .filter(v -> v.ruleId().equals("SOUP-END-OF-SUPPORT"))
                        .map(v -> v.level() + " " + v.format()).toList());
    }

    // SOUP-REGISTERED

    @Verifies("TOOL-SOUP-REGISTERED")
    @Test
    void shippedComponentWithoutEntry() {
        GateReport report = new SoupProject(SafetyClass.A).ships(SLF4J, "2.0.17")
                .component(component("org.junit:junit", "4.13"), "test").ownModule("com.acme:pump-core")
                .ships("com.acme:pump-core", "1.0").evaluate(RuleLevels.defaults());

        assertEquals(List.of("SOUP-REGISTERED org.slf4j:slf4j-api:2.0.17: ships but has no entry in " + REGISTER
                + ". Add one (mvn iec62304:soup-register writes a starter entry). [IEC 62304 8.1.2]"),
                report.violations().stream().map(Violation::format).toList());
        assertEquals(Level.ERROR, report.violations().get(0).level());
        assertEquals("FAILED", verdict(report, "SOUP-REGISTERED").verdict());
    }

    // SOUP-MANUFACTURER

    @Verifies("TOOL-SOUP-MANUFACTURER")
    @Test
    void manufacturerUnknown() {
        assertEquals(List.of(
                "SOUP-MANUFACTURER org.slf4j:slf4j-api:2.0.17: no manufacturer in the SBOM or the register"
                        + MANUFACTURER_HINT,
                "SOUP-MANUFACTURER runtime JRE: no manufacturer in the register" + MANUFACTURER_HINT),
                new SoupProject(SafetyClass.A).ships(SLF4J, "2.0.17")
                        .entry(Entry.component(SLF4J, "2.0.17").manufacturer(null))
                        .entry(Entry.runtime("JRE", "17").manufacturer(null)).lines("SOUP-MANUFACTURER"));
    }

    @Test
    void manufacturerFromTheSbomIsEnough() {
        assertEquals(List.of(), new SoupProject(SafetyClass.C)
                .component(component(SLF4J, "2.0.17", "required", "QOS.ch", "SBOM supplier"), "compile")
                .entry(Entry.component(SLF4J, "2.0.17").manufacturer(null)).lines());
    }

    /** An unregistered component is SOUP-REGISTERED's finding only. */
    @Verifies("TOOL-SOUP-MANUFACTURER")
    @Test
    void unregisteredComponentIsNotAlsoAManufacturerFinding() {
        assertEquals(List.of(), new SoupProject(SafetyClass.C).ships(SLF4J, "2.0.17").lines("SOUP-MANUFACTURER"));
    }

    // SOUP-VERSION

    @Verifies("TOOL-SOUP-VERSION")
    @Test
    void versionDriftOfAGroupedEntry() {
        assertEquals(List.of("SOUP-VERSION com.fasterxml.jackson.core:jackson-databind:2.17.2: the register reviewed "
                        + "version 2.17.1 (entry com.fasterxml.jackson.core:*). Review 2.17.2 and update the entry. "
                        + "[IEC 62304 8.1.2 c]"),
                new SoupProject(SafetyClass.A)
                        .entry(Entry.component("com.fasterxml.jackson.core:*", "2.17.1"))
                        .ships("com.fasterxml.jackson.core:jackson-core", "2.17.1")
                        .ships("com.fasterxml.jackson.core:jackson-databind", "2.17.2").lines());
    }

    @Verifies("TOOL-SOUP-VERSION")
    @Test
    void noVersionInTheRegister() {
        assertEquals(List.of(
                "SOUP-VERSION org.slf4j:slf4j-api:2.0.17: its entry org.slf4j:slf4j-api names no version. Add "
                        + "'version: 2.0.17' after reviewing it. [IEC 62304 8.1.2 c]",
                "SOUP-VERSION runtime JRE: names no version. Add the exact version in use. [IEC 62304 8.1.2 c]"),
                new SoupProject(SafetyClass.A).ships(SLF4J, "2.0.17")
                        .entry(Entry.component(SLF4J, "2.0.17").version(null))
                        .entry(Entry.runtime("JRE", "17").version(null)).lines("SOUP-VERSION"));
    }

    @Verifies("TOOL-SOUP-VERSION")
    @Test
    void versionCanBeTurnedDown() {
        GateReport report = new SoupProject(SafetyClass.C).ships(SLF4J, "2.0.17")
                .entry(Entry.component(SLF4J, "2.0.16").reviewed("2.0.17", SoupProject.BUILD_DATE))
                .evaluate(levels("SOUP-VERSION", "WARN"));

        assertEquals(List.of("SOUP-VERSION WARN"), report.violations().stream()
                .map(v -> v.ruleId() + " " + v.level()).toList());
        assertEquals("WARNED", verdict(report, "SOUP-VERSION").verdict());
    }

    // SOUP-UNUSED

    @Verifies("TOOL-SOUP-UNUSED")
    @Test
    void unusedEntryIsAWarning() {
        GateReport report = documented(SafetyClass.C)
                .entry(Entry.component("org.apache.commons:commons-lang3", "3.14.0"))
                .entry(Entry.component("org.junit:junit", "4.13"))
                .component(component("org.junit:junit", "4.13"), "test").evaluate(RuleLevels.defaults());

        assertEquals(List.of(
                "SOUP-UNUSED org.apache.commons:commons-lang3: matches no shipped component. Remove the entry or check "
                        + "the SBOM. [IEC 62304 8.1.2]",
                "SOUP-UNUSED org.junit:junit: matches no shipped component. Remove the entry or check the SBOM. "
                        + "[IEC 62304 8.1.2]"),
                report.violations().stream().map(Violation::format).toList());
        assertEquals(List.of(Level.WARN, Level.WARN), report.violations().stream().map(Violation::level).toList());
        assertEquals(new RuleVerdict("SOUP-UNUSED", "8.1.2", "Every register entry matches a shipped component",
                ALL_WARN, "WARNED", 0, 2), verdict(report, "SOUP-UNUSED"));
        assertEquals(true, report.passed());
    }

    /** Unused entries are not judged by the rules on entries in use. */
    @Verifies("TOOL-SOUP-UNUSED")
    @Test
    void unusedEntryIsNotJudgedFurther() {
        assertEquals(List.of("SOUP-UNUSED"), new SoupProject(SafetyClass.C)
                .entry(Entry.component("org.apache.commons:commons-lang3", null).manufacturer(null)
                        .functionalRequirements(null).risk(null).anomalyList(null).review(null))
                .evaluate(RuleLevels.defaults()).violations().stream().map(Violation::ruleId).toList());
    }

    @Verifies("TOOL-SOUP-UNUSED")
    @Test
    void withoutAnSbomNoEntryIsUnused() {
        assertEquals(List.of(), new SoupProject(SafetyClass.C).entry(Entry.component(SLF4J, "2.0.17")).noSbom()
                .lines("SOUP-UNUSED"));
    }

    // SOUP-REQUIREMENTS

    @Verifies("TOOL-SOUP-REQUIREMENTS")
    @Test
    void requirementsMissing() {
        String add = "Add it to " + REGISTER + ". [IEC 62304 5.3.3; 5.3.4]";
        assertEquals(List.of(
                "SOUP-REQUIREMENTS org.slf4j:slf4j-api: has no functionalRequirements (5.3.3: what the device needs "
                        + "from it, including performance). " + add,
                "SOUP-REQUIREMENTS org.slf4j:slf4j-api: has no systemRequirements (5.3.4: the hardware and software "
                        + "it needs to work). " + add,
                "SOUP-REQUIREMENTS runtime JRE: has no systemRequirements (5.3.4: the hardware and software it needs "
                        + "to work). " + add),
                new SoupProject(SafetyClass.B).ships(SLF4J, "2.0.17")
                        .entry(Entry.component(SLF4J, "2.0.17").functionalRequirements(null).systemRequirements(null))
                        .entry(Entry.runtime("JRE", "17").systemRequirements(null)).lines("SOUP-REQUIREMENTS"));
    }

    /** One entry covering several artifacts is judged once, under its key. */
    @Verifies("TOOL-SOUP-REQUIREMENTS")
    @Test
    void groupedEntryIsReportedOnce() {
        assertEquals(List.of("SOUP-REQUIREMENTS com.fasterxml.jackson.core:*: has no functionalRequirements (5.3.3: "
                        + "what the device needs from it, including performance). Add it to " + REGISTER
                        + ". [IEC 62304 5.3.3; 5.3.4]"),
                new SoupProject(SafetyClass.C)
                        .entry(Entry.component("com.fasterxml.jackson.core:*", "2.17.1").functionalRequirements(null))
                        .ships("com.fasterxml.jackson.core:jackson-core", "2.17.1")
                        .ships("com.fasterxml.jackson.core:jackson-databind", "2.17.1").lines());
    }

    // SOUP-RISK

    @Verifies("TOOL-SOUP-RISK")
    @Test
    void riskMissingOrIncomplete() {
        String line = ": has no risk assessment (7.1.2 c). Add 'risk:' with the hazards it can contribute to, or a "
                + "level with its rationale, to " + REGISTER + ". [IEC 62304 7.1.2 c]";
        assertEquals(List.of("SOUP-RISK org.example:empty" + line, "SOUP-RISK org.example:level-only" + line,
                        "SOUP-RISK org.example:none" + line, "SOUP-RISK org.example:rationale-only" + line),
                new SoupProject(SafetyClass.C)
                        .ships("org.example:none", "1").entry(Entry.component("org.example:none", "1").risk(null))
                        .ships("org.example:empty", "1").entry(Entry.component("org.example:empty", "1")
                                .risk(new SoupEntry.Risk(List.of(), null, null)))
                        .ships("org.example:level-only", "1").entry(Entry.component("org.example:level-only", "1")
                                .risk(new SoupEntry.Risk(List.of(), "low", null)))
                        .ships("org.example:rationale-only", "1")
                        .entry(Entry.component("org.example:rationale-only", "1")
                                .risk(new SoupEntry.Risk(List.of(), null, "fail-safe")))
                        .ships("org.example:hazards", "1").entry(Entry.component("org.example:hazards", "1")
                                .risk(new SoupEntry.Risk(List.of("HAZ-1"), null, null)))
                        .ships("org.example:level", "1").entry(Entry.component("org.example:level", "1")
                                .risk(new SoupEntry.Risk(List.of(), "low", "fail-safe")))
                        .lines());
    }

    // SOUP-ANOMALY-REVIEW

    @Verifies("TOOL-SOUP-ANOMALY-REVIEW")
    @Test
    void anomalyListAndReviewMissing() {
        assertEquals(List.of(
                "SOUP-ANOMALY-REVIEW org.slf4j:slf4j-api: has no complete anomaly review (version, date, reviewer, "
                        + "result). Evaluate its anomaly list and record it under 'anomalyReview:' in " + REGISTER
                        + ". [IEC 62304 7.1.3]",
                "SOUP-ANOMALY-REVIEW org.slf4j:slf4j-api: names no published anomaly list. Add 'anomalyList:' (its "
                        + "issue tracker or security advisories) to " + REGISTER + ". [IEC 62304 7.1.3]"),
                new SoupProject(SafetyClass.B).ships(SLF4J, "2.0.17")
                        .entry(Entry.component(SLF4J, "2.0.17").anomalyList(null).review(null)).lines());
    }

    @Verifies("TOOL-SOUP-ANOMALY-REVIEW")
    @Test
    void incompleteReview() {
        String line = ": has no complete anomaly review (version, date, reviewer, result). Evaluate its anomaly list "
                + "and record it under 'anomalyReview:' in " + REGISTER + ". [IEC 62304 7.1.3]";
        LocalDate date = SoupProject.BUILD_DATE;
        assertEquals(List.of("SOUP-ANOMALY-REVIEW org.example:no-date" + line,
                        "SOUP-ANOMALY-REVIEW org.example:no-result" + line,
                        "SOUP-ANOMALY-REVIEW org.example:no-reviewer" + line,
                        "SOUP-ANOMALY-REVIEW org.example:no-version" + line),
                new SoupProject(SafetyClass.C)
                        .ships("org.example:no-date", "1").entry(Entry.component("org.example:no-date", "1")
                                .review(new SoupEntry.AnomalyReview("1", null, "J. Doe", "ok")))
                        .ships("org.example:no-reviewer", "1").entry(Entry.component("org.example:no-reviewer", "1")
                                .review(new SoupEntry.AnomalyReview("1", date, null, "ok")))
                        .ships("org.example:no-result", "1").entry(Entry.component("org.example:no-result", "1")
                                .review(new SoupEntry.AnomalyReview("1", date, "J. Doe", null)))
                        .ships("org.example:no-version", "1").entry(Entry.component("org.example:no-version", "1")
                                .review(new SoupEntry.AnomalyReview(null, date, "J. Doe", "ok")))
                        .lines());
    }

    @Verifies("TOOL-SOUP-ANOMALY-REVIEW")
    @Test
    void reviewOlderThanTheMaximumAge() {
        SoupProject p = new SoupProject(SafetyClass.C).ships(SLF4J, "2.0.17")
                .entry(Entry.component(SLF4J, "2.0.17").reviewed("2.0.17", LocalDate.of(2025, 10, 31)));

        assertEquals(List.of("SOUP-ANOMALY-REVIEW org.slf4j:slf4j-api: its anomaly review of 2025-10-31 is older than "
                + "12 months (judged against 2026-11-01, the day the build ran). Review the anomaly list again. [IEC 62304 7.1.3]"), p.lines());
        assertEquals(List.of(), p.buildDate(LocalDate.of(2026, 10, 31)).lines(), "exactly 12 months old is fine");
        assertEquals(List.of("SOUP-ANOMALY-REVIEW org.slf4j:slf4j-api: its anomaly review of 2025-10-31 is older than "
                + "90 days (judged against 2026-10-31, the day the build ran). Review the anomaly list again. [IEC 62304 7.1.3]"),
                p.reviewMaxAge(Period.ofDays(90)).lines());
    }

    /**
     * A review dated after the build that relies on it: a typo (2062 for 2026) kept it "fresh" for decades with only a
     * warning, and the build passed.
     */
    @Verifies("TOOL-SOUP-ANOMALY-REVIEW")
    @Test
    void reviewDatedAfterTheDateJudgedAgainstIsAViolation() {
        SoupProject p = new SoupProject(SafetyClass.C).ships(SLF4J, "2.0.17")
                .entry(Entry.component(SLF4J, "2.0.17").reviewed("2.0.17", LocalDate.of(2062, 1, 10)));

        assertEquals(List.of("SOUP-ANOMALY-REVIEW org.slf4j:slf4j-api: its anomaly review is dated 2062-01-10, after "
                + "the date it is judged against (2026-11-01, the day the build ran): a review cannot postdate the "
                + "build that relies on it. Correct the date. [IEC 62304 7.1.3]"), p.lines());
        assertEquals(List.of(Level.ERROR), p.evaluate(RuleLevels.defaults()).violations().stream()
                .map(v -> v.level()).toList());
        assertEquals(false, p.evaluate(RuleLevels.defaults()).passed());
    }

    /** The date judged against is UTC; a reviewer east of it may date a review one day later. */
    @Verifies("TOOL-SOUP-ANOMALY-REVIEW")
    @Test
    void reviewDatedOneDayAfterTheDateJudgedAgainstIsWithinTheTolerance() {
        SoupProject p = new SoupProject(SafetyClass.C).ships(SLF4J, "2.0.17")
                .entry(Entry.component(SLF4J, "2.0.17").reviewed("2.0.17", LocalDate.of(2026, 11, 2)));

        assertEquals(List.of(), p.lines(), "one day after: within the tolerance");
        assertEquals(List.of(), p.buildDate(LocalDate.of(2026, 11, 2)).lines(), "dated on the day judged: fine");
        assertEquals(List.of("SOUP-ANOMALY-REVIEW org.slf4j:slf4j-api: its anomaly review is dated 2026-11-02, after "
                + "the date it is judged against (2026-10-31, the day the build ran): a review cannot postdate the "
                + "build that relies on it. Correct the date. [IEC 62304 7.1.3]"),
                p.buildDate(LocalDate.of(2026, 10, 31)).lines(), "two days after");
    }

    @Verifies("TOOL-SOUP-ANOMALY-REVIEW")
    @Test
    void reviewForAnotherVersion() {
        assertEquals(List.of(
                "SOUP-ANOMALY-REVIEW com.fasterxml.jackson.core:jackson-databind:2.17.2: its anomaly review is for "
                        + "version 2.17.1; review the published anomaly list for 2.17.2. [IEC 62304 7.1.3]",
                "SOUP-ANOMALY-REVIEW runtime JRE: its anomaly review is for version 17.0.14; review the published "
                        + "anomaly list for 17.0.15. [IEC 62304 7.1.3]"),
                new SoupProject(SafetyClass.C)
                        .entry(Entry.component("com.fasterxml.jackson.core:*", "2.17.2").reviewed("2.17.1",
                                SoupProject.BUILD_DATE))
                        .ships("com.fasterxml.jackson.core:jackson-core", "2.17.1")
                        .ships("com.fasterxml.jackson.core:jackson-databind", "2.17.2")
                        .entry(Entry.runtime("JRE", "17.0.15").reviewed("17.0.14", SoupProject.BUILD_DATE))
                        .lines("SOUP-ANOMALY-REVIEW"));
    }

    // SOUP-VULNERABILITY

    @Verifies("TOOL-SOUP-VULNERABILITY")
    @Test
    void vulnerabilityStates() {
        String lib = ref("org.example:lib", "1.0");
        String other = ref("org.example:other", "2.0");
        assertEquals(List.of(
                "SOUP-VULNERABILITY CVE-2026-0001 (org.example:lib:1.0): has no analysis state. Analyse it in the VEX "
                        + "(not_affected, false_positive, resolved, ...). [IEC 62304 7.1.3]",
                "SOUP-VULNERABILITY CVE-2026-0002 (org.example:lib:1.0, org.example:other:2.0): is in triage; finish "
                        + "the analysis. [IEC 62304 7.1.3]",
                "SOUP-VULNERABILITY CVE-2026-0003 (org.example:other:2.0): is exploitable; evaluate it as a known "
                        + "residual anomaly in src/iec62304/anomalies.yaml (vulnerabilities: [CVE-2026-0003]). "
                        + "[IEC 62304 7.1.3]"),
                new SoupProject(SafetyClass.A).ships("org.example:lib", "1.0").ships("org.example:other", "2.0")
                        .entry(Entry.component("org.example:*", "1.0")).entry(Entry.component("org.example:other", "2.0"))
                        .component(component("org.junit:junit", "4.13"), "test")
                        .vulnerability("CVE-2026-0001", "", lib)
                        .vulnerability("CVE-2026-0002", "in_triage", lib, other)
                        .vulnerability("CVE-2026-0003", "exploitable", other)
                        .vulnerability("CVE-2026-0004", "not_affected", lib)
                        .vulnerability("CVE-2026-0005", "false_positive", lib)
                        .vulnerability("CVE-2026-0006", "resolved", lib)
                        .vulnerability("CVE-2026-0007", "resolved_with_pedigree", lib)
                        .vulnerability("CVE-2026-0008", "", ref("org.junit:junit", "4.13"))
                        .lines());
    }

    // levels

    @Verifies({"TOOL-SOUP-ANOMALY-REVIEW", "TOOL-SOUP-REQUIREMENTS", "TOOL-SOUP-RISK"})
    @Test
    void classAOnlyNeedsTheEntryTheManufacturerAndTheVersion() {
        SoupProject p = new SoupProject(SafetyClass.A).ships(SLF4J, "2.0.17")
                .entry(Entry.component(SLF4J, "2.0.17").functionalRequirements(null).systemRequirements(null)
                        .risk(null).anomalyList(null).review(null));
        GateReport report = p.evaluate(RuleLevels.defaults());

        assertEquals(List.of(), report.violations());
        for (String off : List.of("SOUP-REQUIREMENTS", "SOUP-RISK", "SOUP-ANOMALY-REVIEW")) {
            assertEquals("OFF", verdict(report, off).verdict(), off);
        }
        assertEquals(List.of("SOUP-ANOMALY-REVIEW", "SOUP-ANOMALY-REVIEW", "SOUP-REQUIREMENTS", "SOUP-REQUIREMENTS",
                "SOUP-RISK"), new SoupProject(SafetyClass.B).ships(SLF4J, "2.0.17")
                .entry(Entry.component(SLF4J, "2.0.17").functionalRequirements(null).systemRequirements(null)
                        .risk(null).anomalyList(null).review(null))
                .evaluate(RuleLevels.defaults()).violations().stream().map(Violation::ruleId).toList());
    }

    @Test
    void errorsComeBeforeWarnings() {
        assertEquals(List.of("ERROR SOUP-REGISTERED", "WARN SOUP-UNUSED"), new SoupProject(SafetyClass.A)
                .entry(Entry.component("org.apache.commons:commons-lang3", "3.14.0")).ships(SLF4J, "2.0.17")
                .evaluate(RuleLevels.defaults()).violations().stream().map(v -> v.level() + " " + v.ruleId()).toList());
    }
}
