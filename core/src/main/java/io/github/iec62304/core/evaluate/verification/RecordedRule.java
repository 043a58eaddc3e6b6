package io.github.iec62304.core.evaluate.verification;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.verification.VerificationMethod;

/**
 * VERIFY-RECORDED: every method other than automated tests that a requirement's verification plan names has a record
 * of its execution. All classes.
 */
public final class RecordedRule extends RuleDefinition {

    public RecordedRule() {
        super("VERIFY-RECORDED", "5.1.1 c; 5.7.1",
                "Every manual test, inspection, analysis or demonstration a requirement's plan names has a record");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        String register = evidence.trace().records().register().source();
        for (RequirementTrace row : evidence.trace().rows()) {
            for (VerificationMethod m : row.missingMethods()) {
                if (m == VerificationMethod.TEST) {
                    continue; // TRACE-TESTED's finding
                }
                String id = row.requirement().id();
                findings.at(evidence.catalog().source(), row.requirement().line()).report(row.safetyClass(), id,
                        "\"" + row.requirement().title() + "\" (class "
                        + row.safetyClass() + ") plans verification by " + m + ", but no record of an executed " + m
                        + " names it in " + register + ". Execute the protocol and add the record (method: " + m
                        + ", requirements: [" + id + "]).");
            }
        }
    }
}
