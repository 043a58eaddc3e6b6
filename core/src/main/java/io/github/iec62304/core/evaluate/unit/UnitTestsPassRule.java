package io.github.iec62304.core.evaluate.unit;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.link.UnitVerification;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import java.util.ArrayList;
import io.github.iec62304.core.link.AnomalyModel;
import io.github.iec62304.core.model.release.AnomalyRecord;
import java.util.List;
import java.util.Optional;

/**
 * UNIT-TESTS-PASS: every test of a unit ran in this build and passed, where its criteria require it. A test whose
 * failure an anomaly record evaluates as an acceptable residual anomaly (IEC 62304 5.8.3) is reported as a warning
 * naming that record.
 */
public final class UnitTestsPassRule extends UnitRule {

    public UnitTestsPassRule() {
        super("UNIT-TESTS-PASS", "5.5.5", "Every test of a unit ran in this build and passed");
    }

    @Override
    void check(UnitVerification unit, Evidence evidence, Findings findings) {
        if (!unit.criteria().testsMustPass()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        boolean allAccepted = true;
        for (TestCaseResult t : unit.tests()) {
            if (t.outcome() != TestOutcome.PASSED) {
                Optional<AnomalyRecord> accepted = evidence.anomalies().acceptedFor(t.id());
                problems.add("test " + t.displayName() + " " + t.outcome().label()
                        + (t.message().isEmpty() ? "" : " (" + t.message() + ")")
                        + accepted.map(r -> ", " + AnomalyModel.accepted(r)).orElse(""));
                allAccepted &= accepted.isPresent();
            }
        }
        for (String c : unit.testClassesNotRun()) {
            Optional<AnomalyRecord> accepted = evidence.anomalies().acceptedFor(c);
            problems.add("test class " + c + " NOT RUN (no result in this build)"
                    + accepted.map(r -> ", " + AnomalyModel.accepted(r)).orElse(""));
            allAccepted &= accepted.isPresent();
        }
        if (problems.isEmpty()) {
            return;
        }
        if (allAccepted) {
            findings.warn(unit.safetyClass(), unit.subject(), String.join("; ", problems)
                    + ". It ships as a known residual anomaly (anomalies.json).");
        } else {
            findings.report(unit.safetyClass(), unit.subject(), String.join("; ", problems)
                    + ". Make every test of the unit run and pass.");
        }
    }
}
