package io.github.iec62304.core.evaluate.verification;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.link.JudgedRecord;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.model.SafetyClass;
import java.util.List;

/**
 * VERIFY-RECORD-PASSED: every verification record that names a requirement passed; one that passed with deviations
 * counts only when each deviation is an anomaly evaluated as acceptable. All classes.
 */
public final class RecordPassedRule extends RuleDefinition {

    public RecordPassedRule() {
        super("VERIFY-RECORD-PASSED", "5.7.1; 5.7.4; 5.8.2",
                "Every verification record of a requirement passed, its deviations evaluated");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        for (RequirementTrace row : evidence.trace().rows()) {
            List<String> failed = row.records().stream().filter(r -> r.verdict() == JudgedRecord.Verdict.FAILED)
                    .map(r -> "record " + r.record().id() + " (" + r.record().method() + ", "
                            + r.record().protocolLabel() + ", executed on " + r.record().version() + " by "
                            + r.record().executedBy() + " on " + r.record().date() + "): " + r.failure()).toList();
            if (!failed.isEmpty()) {
                findings.report(row.safetyClass(), row.requirement().id(), "not verified (class "
                        + row.safetyClass() + "): " + String.join("; ", failed) + ". Fix the cause and execute the "
                        + "protocol again, or evaluate each deviation in " + evidence.anomalies().register().source()
                        + ".");
            }
        }
    }
}
