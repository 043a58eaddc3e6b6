package io.github.iec62304.core.evaluate.unit;

import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.link.UnitVerification;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import java.util.ArrayList;
import java.util.List;

/** UNIT-TESTS-PASS: every test of a unit ran in this build and passed, where its criteria require it. */
public final class UnitTestsPassRule extends UnitRule {

    public UnitTestsPassRule() {
        super("UNIT-TESTS-PASS", "5.5.5", "Every test of a unit ran in this build and passed");
    }

    @Override
    void check(UnitVerification unit, String registry, Findings findings) {
        if (!unit.criteria().testsMustPass()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (TestCaseResult t : unit.tests()) {
            if (t.outcome() != TestOutcome.PASSED) {
                problems.add("test " + t.displayName() + " " + t.outcome().label()
                        + (t.message().isEmpty() ? "" : " (" + t.message() + ")"));
            }
        }
        unit.testClassesNotRun().forEach(c -> problems.add("test class " + c + " NOT RUN (no result in this build)"));
        if (!problems.isEmpty()) {
            findings.report(unit.safetyClass(), unit.subject(), String.join("; ", problems)
                    + ". Make every test of the unit run and pass.");
        }
    }
}
