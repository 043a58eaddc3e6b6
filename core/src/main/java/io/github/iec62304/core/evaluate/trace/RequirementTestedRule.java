package io.github.iec62304.core.evaluate.trace;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.model.SafetyClass;

/**
 * TRACE-TESTED: every requirement whose verification plan names automated tests (the default) has at least one test
 * that declares it verifies it. All classes.
 */
public final class RequirementTestedRule extends RuleDefinition {

    public RequirementTestedRule() {
        super("TRACE-TESTED", "5.1.1 c; 5.7.1",
                "Every requirement has at least one verifying test");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        for (RequirementTrace row : evidence.trace().rows()) {
            if (row.requirement().verifiedByTests() && row.verifiedBy().isEmpty()) {
                String id = row.requirement().id();
                findings.report(row.safetyClass(), id, "\"" + row.requirement().title() + "\" (class "
                        + row.safetyClass() + ") has no verifying test. Add @Verifies(\"" + id
                        + "\") to the test that checks it.", new Violation.Location(evidence.catalog().source(),
                        row.requirement().line()));
            }
        }
    }
}
