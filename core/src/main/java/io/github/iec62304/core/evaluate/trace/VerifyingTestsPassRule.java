package io.github.iec62304.core.evaluate.trace;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.link.AnomalyModel;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.link.TestLink;
import io.github.iec62304.core.link.VerifyingTest;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestOutcome;
import java.util.ArrayList;
import io.github.iec62304.core.model.release.AnomalyRecord;
import java.util.List;
import java.util.Optional;

/**
 * TRACE-PASSED: every verifying test of a requirement ran in this build and passed. A failed, errored, skipped
 * or not-run test leaves the requirement unverified. All classes. A test whose failure an anomaly record evaluates
 * as an acceptable residual anomaly (IEC 62304 5.8.3) is reported as a warning naming that record. A test linked by
 * a catalog {@code tests:} selector counts like one carrying {@code @Verifies}; a selector that matches no reported
 * test case is a verifying test that did not run, reported at the selector's catalog line.
 */
public final class VerifyingTestsPassRule extends RuleDefinition {

    public VerifyingTestsPassRule() {
        super("TRACE-PASSED", "5.7.1; 5.7.4",
                "Every verifying test of a requirement ran in this build and passed");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        for (RequirementTrace row : evidence.trace().rows()) {
            if (row.verifiedBy().stream().allMatch(VerifyingTest::passed)) { // records: VERIFY-RECORD-*
                continue;
            }
            List<String> problems = new ArrayList<>();
            boolean notRun = false;
            boolean allAccepted = true;
            for (VerifyingTest t : row.verifiedBy()) {
                if (!t.passed()) {
                    Optional<AnomalyRecord> accepted = evidence.anomalies().acceptedFor(t.test().toString());
                    problems.add(describe(t, evidence.scan().moduleOf(t.test().className())) + accepted.map(r -> ", " + AnomalyModel.accepted(r)).orElse(""));
                    notRun |= t.outcome() == TestOutcome.NOT_RUN || t.outcome() == TestOutcome.SKIPPED;
                    allAccepted &= accepted.isPresent();
                }
            }
            String message = "not verified (class " + row.safetyClass() + "): " + String.join("; ", problems) + ". ";
            Violation.Location failing = row.verifiedBy().stream().filter(t -> !t.passed())
                    .map(t -> sourceOf(evidence, t)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (allAccepted) {
                findings.at(failing).warn(row.safetyClass(), row.requirement().id(), message + "It ships as a known "
                        + "residual anomaly (anomalies.json).");
            } else {
                String advice = notRun ? "Run every verifying test in this build and make it pass (check "
                        + "surefire/failsafe includes, -DskipTests, -DskipITs, -Dtest, @Disabled, assumptions)."
                        : "Fix the code or the test until it passes; see the reports named above.";
                Optional<TestLink> selector = unmatchedSelector(row);
                if (selector.isPresent()) { // points the IDE and SARIF at the catalog line to fix
                    findings.report(row.safetyClass(), row.requirement().id(), message + advice,
                            new Violation.Location(selector.get().file(), selector.get().line()));
                } else { // the first test that did not pass, where its @Verifies is in the sources
                    findings.report(row.safetyClass(), row.requirement().id(), message + advice, failing);
                }
            }
        }
    }

    /** @return the first catalog selector of the row that matched no reported test case */
    private static Optional<TestLink> unmatchedSelector(RequirementTrace row) {
        return row.verifiedBy().stream().filter(t -> t.outcome() == TestOutcome.NOT_RUN && t.declaredOnly())
                .flatMap(t -> t.links().stream()).findFirst();
    }

    /** @param module the test's module in a multi-module device, else {@code null} */
    private static String describe(VerifyingTest t, String module) {
        StringBuilder s = new StringBuilder(t.declaredOnly() ? "declared test " : "test ").append(t.test());
        if (module != null) {
            s.append(" (module ").append(module).append(')');
        }
        s.append(' ').append(t.outcome().label());
        if (!t.message().isEmpty()) {
            s.append(" (").append(t.message()).append(')');
        }
        if (t.outcome() == TestOutcome.NOT_RUN) {
            s.append(" - ").append(t.notRunReason());
        } else if (!t.sources().isEmpty()) {
            s.append(" in ").append(String.join(", ", t.sources()));
        }
        return s.toString();
    }

    /** @return the test method's @Verifies in the sources, else its class's; {@code null} when the scan cannot tell */
    private static Violation.Location sourceOf(Evidence evidence, VerifyingTest t) {
        Violation.Location method = evidence.sourceOf(t.test());
        return method != null ? method
                : evidence.sourceOf(new io.github.iec62304.core.model.CodeLocation(t.test().className(), null));
    }
}
