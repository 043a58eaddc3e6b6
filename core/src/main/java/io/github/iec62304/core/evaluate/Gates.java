package io.github.iec62304.core.evaluate;

import io.github.iec62304.core.evaluate.architecture.ClassAssignedRule;
import io.github.iec62304.core.evaluate.architecture.ImplementationClassRule;
import io.github.iec62304.core.evaluate.architecture.LowerClassRationaleRule;
import io.github.iec62304.core.evaluate.regression.CoverageRegressionRule;
import io.github.iec62304.core.evaluate.regression.RequirementRegressionRule;
import io.github.iec62304.core.evaluate.regression.SoupChangeRule;
import io.github.iec62304.core.evaluate.regression.TestRegressionRule;
import io.github.iec62304.core.evaluate.release.AnomalyAcceptableRule;
import io.github.iec62304.core.evaluate.release.AnomalyEvaluatedRule;
import io.github.iec62304.core.evaluate.approval.ApprovalStaleRule;
import io.github.iec62304.core.evaluate.release.ArchivedRule;
import io.github.iec62304.core.evaluate.release.ReleaseApprovedRule;
import io.github.iec62304.core.evaluate.release.BaselineDeclaredRule;
import io.github.iec62304.core.evaluate.release.GitRule;
import io.github.iec62304.core.evaluate.release.ReproducibleRule;
import io.github.iec62304.core.evaluate.release.SnapshotRule;
import io.github.iec62304.core.evaluate.release.VerificationCompleteRule;
import io.github.iec62304.core.evaluate.soup.SoupAnomalyReviewRule;
import io.github.iec62304.core.evaluate.soup.SoupEndOfSupportRule;
import io.github.iec62304.core.evaluate.soup.SoupManufacturerRule;
import io.github.iec62304.core.evaluate.soup.SoupRegisteredRule;
import io.github.iec62304.core.evaluate.soup.SoupRequirementsRule;
import io.github.iec62304.core.evaluate.soup.SoupRiskRule;
import io.github.iec62304.core.evaluate.soup.SoupUnusedRule;
import io.github.iec62304.core.evaluate.soup.SoupVersionRule;
import io.github.iec62304.core.evaluate.soup.SoupVulnerabilityRule;
import io.github.iec62304.core.evaluate.verification.RecordCurrentRule;
import io.github.iec62304.core.evaluate.verification.RecordDanglingRule;
import io.github.iec62304.core.evaluate.verification.RecordPassedRule;
import io.github.iec62304.core.evaluate.verification.RecordedRule;
import io.github.iec62304.core.evaluate.regression.ImpactRule;
import io.github.iec62304.core.evaluate.regression.LinkRule;
import io.github.iec62304.core.evaluate.waiver.WaiverExpiredRule;
import io.github.iec62304.core.evaluate.waiver.WaiverUnusedRule;
import io.github.iec62304.core.evaluate.regression.RiskChangeRule;
import io.github.iec62304.core.evaluate.regression.SuspectRule;
import io.github.iec62304.core.evaluate.risk.ControlClassRule;
import io.github.iec62304.core.evaluate.risk.ControlImplementedRule;
import io.github.iec62304.core.evaluate.risk.HazardCauseClassRule;
import io.github.iec62304.core.evaluate.risk.ResidualRiskRule;
import io.github.iec62304.core.evaluate.risk.SoupHazardRule;
import io.github.iec62304.core.evaluate.risk.ControlVerifiedRule;
import io.github.iec62304.core.evaluate.risk.RiskReferencesRule;
import io.github.iec62304.core.evaluate.trace.ParentResolvesRule;
import io.github.iec62304.core.evaluate.trace.ReferenceResolvesRule;
import io.github.iec62304.core.evaluate.trace.RequirementImplementedRule;
import io.github.iec62304.core.evaluate.trace.RequirementTestedRule;
import io.github.iec62304.core.evaluate.trace.SystemRequirementAllocatedRule;
import io.github.iec62304.core.evaluate.trace.VerifyingTestsPassRule;
import io.github.iec62304.core.evaluate.unit.ClassCRecordRule;
import io.github.iec62304.core.evaluate.unit.UnitCoverageRule;
import io.github.iec62304.core.evaluate.unit.UnitTestedRule;
import io.github.iec62304.core.evaluate.unit.UnitTestsPassRule;
import io.github.iec62304.core.model.SafetyClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs every rule over the evidence and collects all violations at once. */
public final class Gates {

    private Gates() {
    }

    /**
     * @return every rule the plugin has, in the order they are reported; the WAIVER-* rules come after every rule a
     *         waiver may name, and RELEASE-VERIFIED last, since it judges the others
     */
    public static List<Rule> all() {
        return List.of(new RequirementTestedRule(), new VerifyingTestsPassRule(), new ReferenceResolvesRule(),
                new RequirementImplementedRule(), new ParentResolvesRule(), new SystemRequirementAllocatedRule(),
                new RecordedRule(), new RecordPassedRule(), new RecordCurrentRule(),
                new RecordDanglingRule(), new RiskReferencesRule(), new ControlImplementedRule(),
                new ControlVerifiedRule(), new ControlClassRule(), new HazardCauseClassRule(), new SoupHazardRule(),
                new ClassAssignedRule(), new LowerClassRationaleRule(), new ImplementationClassRule(),
                new UnitCoverageRule(), new UnitTestedRule(), new UnitTestsPassRule(),
                new ClassCRecordRule(), new SoupRegisteredRule(), new SoupManufacturerRule(), new SoupVersionRule(),
                new SoupUnusedRule(), new SoupRequirementsRule(), new SoupRiskRule(), new SoupAnomalyReviewRule(),
                new SoupVulnerabilityRule(), new SoupEndOfSupportRule(),
                new SoupChangeRule(), new RiskChangeRule(), new TestRegressionRule(),
                new RequirementRegressionRule(), new SuspectRule(), new LinkRule(), new ImpactRule(),
                new CoverageRegressionRule(), new BaselineDeclaredRule(),
                new AnomalyEvaluatedRule(), new AnomalyAcceptableRule(), new ResidualRiskRule(), new SnapshotRule(),
                new GitRule(), new ReproducibleRule(), new ArchivedRule(), new ApprovalStaleRule(),
                new ReleaseApprovedRule(), new WaiverExpiredRule(),
                new WaiverUnusedRule(), new VerificationCompleteRule());
    }

    /** @return the ids of {@link #all()} */
    public static Set<String> ids() {
        return all().stream().map(Rule::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Evaluates the rules in order; never stops at the first violation. A rule that does not apply to this build is
     * not checked; each rule's violations that a waiver in force names are WAIVED ({@link Waivers#apply}) before an
     * {@link OutcomeRule} sees the violations of the rules before it, so RELEASE-VERIFIED does not count them. A
     * rule's verdict is FAILED with any ERROR, else WAIVED with any waived violation (an accepted error weighs more
     * than a warning), else WARNED with any warning.
     */
    public static GateReport evaluate(List<Rule> rules, Evidence evidence, RuleLevels levels) {
        List<Violation> all = new ArrayList<>();
        List<RuleVerdict> verdicts = new ArrayList<>();
        for (Rule rule : rules) {
            Findings findings = new Findings(rule, levels);
            String notApplicable = rule.notApplicable(evidence);
            if (notApplicable == null && rule instanceof OutcomeRule outcome) {
                outcome.check(evidence, List.copyOf(all), findings);
            } else if (notApplicable == null) {
                rule.check(evidence, findings);
            }
            List<Violation> found = Waivers.apply(findings.violations(), evidence.waivers(),
                    evidence.release().referenceDate().date());
            int errors = count(found, Level.ERROR);
            int warnings = count(found, Level.WARN);
            int waived = count(found, Level.WAIVED);
            Map<SafetyClass, Level> inForce = new EnumMap<>(SafetyClass.class);
            for (SafetyClass c : SafetyClass.values()) {
                inForce.put(c, levels.levelOf(rule, c));
            }
            boolean off = evidence.classesInPlay().stream().allMatch(c -> inForce.get(c) == Level.OFF);
            String verdict = errors > 0 ? "FAILED" : waived > 0 ? RuleVerdict.WAIVED : warnings > 0 ? "WARNED"
                    : off ? "OFF" : notApplicable != null ? RuleVerdict.NOT_APPLICABLE : "PASSED";
            verdicts.add(new RuleVerdict(rule.id(), rule.clause(), rule.title(), inForce, verdict, errors, warnings,
                    RuleVerdict.NOT_APPLICABLE.equals(verdict) ? notApplicable : null, waived));
            all.addAll(found);
        }
        Collections.sort(all);
        return new GateReport(all, verdicts);
    }

    private static int count(List<Violation> violations, Level level) {
        return (int) violations.stream().filter(v -> v.level() == level).count();
    }
}
