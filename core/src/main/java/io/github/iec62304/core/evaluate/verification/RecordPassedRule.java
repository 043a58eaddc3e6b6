package io.github.iec62304.core.evaluate.verification;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.link.JudgedRecord;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.verification.VerificationRecord;
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
            List<JudgedRecord> failed = row.records().stream()
                    .filter(r -> r.verdict() == JudgedRecord.Verdict.FAILED).toList();
            if (failed.isEmpty()) {
                continue;
            }
            String register = evidence.trace().records().register().source();
            List<String> what = failed.stream().map(r -> "record " + r.record().id() + " (" + r.record().method()
                    + ", protocol " + r.record().protocolLabel() + ") " + (r.record().result()
                    == VerificationRecord.Result.FAIL ? "failed in " + register
                    : "passed with deviations, but " + r.failure())).toList();
            boolean anyFailed = failed.stream().anyMatch(r -> r.record().result() == VerificationRecord.Result.FAIL);
            boolean unknown = failed.stream().flatMap(r -> r.record().deviations().stream()).anyMatch(d ->
                    evidence.anomalies().register().records().stream().noneMatch(a -> a.id().equals(d)));
            String todo = anyFailed ? "Fix the cause, execute the protocol again and replace the record."
                    : unknown ? "Add the anomaly with its evaluation, or correct the id."
                    : "Evaluate the deviation, or execute the protocol again.";
            findings.at(register, failed.get(0).record().line()).report(row.safetyClass(),
                    row.requirement().id(), "not verified (class " + row.safetyClass()
                    + "): " + String.join("; ", what) + ". " + todo);
        }
    }
}
