package io.github.iec62304.core.evaluate.trace;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.link.VerifyingTest;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * TRACE-PASSED: every verifying test of a requirement ran in this build and passed. A failed, errored, skipped
 * or not-run test leaves the requirement unverified. All classes.
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
            if (row.status() != RequirementTrace.Status.NOT_VERIFIED) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            boolean notRun = false;
            for (VerifyingTest t : row.verifiedBy()) {
                if (!t.passed()) {
                    problems.add(describe(t));
                    notRun |= t.outcome() == TestOutcome.NOT_RUN || t.outcome() == TestOutcome.SKIPPED;
                }
            }
            findings.report(row.safetyClass(), row.requirement().id(), "not verified (class " + row.safetyClass()
                    + "): " + String.join("; ", problems) + ". "
                    + (notRun ? "Run every verifying test in this build and make it pass (check surefire/failsafe "
                    + "includes, -DskipTests, -DskipITs, -Dtest, @Disabled, assumptions)."
                    : "Fix the code or the test until it passes; see the reports named above."));
        }
    }

    private static String describe(VerifyingTest t) {
        StringBuilder s = new StringBuilder("test ").append(t.test()).append(' ').append(t.outcome().label());
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
}
