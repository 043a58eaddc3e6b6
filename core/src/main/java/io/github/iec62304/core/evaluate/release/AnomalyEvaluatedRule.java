package io.github.iec62304.core.evaluate.release;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.link.AnomalyModel;

/**
 * ANOMALY-EVALUATED: every residual anomaly of a release (open problem reports, verifying and unit tests that did
 * not pass, exploitable or unanalysed vulnerabilities) has an evaluation (IEC 62304 5.8.2, 5.8.3).
 */
public final class AnomalyEvaluatedRule extends ReleaseRule {

    public AnomalyEvaluatedRule() {
        super("ANOMALY-EVALUATED", "5.8.2; 5.8.3", "Every residual anomaly of the release has an evaluation", true);
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        String file = evidence.anomalies().register().source();
        for (AnomalyModel.Residual r : evidence.anomalies().residual()) {
            if (r.evaluated()) {
                continue;
            }
            String message;
            if (r.kind() == AnomalyModel.Kind.PROBLEM_REPORT) {
                message = "is " + r.detail() + " and has no evaluation (missing: "
                        + String.join(", ", r.record().missingEvaluation()) + ") in " + file + ".";
            } else if (r.record() != null) {
                message = "is " + r.detail() + "; anomaly record " + r.record().id() + " refers to it but has no "
                        + "evaluation (missing: " + String.join(", ", r.record().missingEvaluation()) + ") in "
                        + file + ".";
            } else {
                String list = r.kind() == AnomalyModel.Kind.TEST ? "tests" : "vulnerabilities";
                message = (r.kind() == AnomalyModel.Kind.TEST ? "was " + r.detail() + " in the release run"
                        : "is " + r.detail()) + " and no anomaly record evaluates it. Add a record to " + file
                        + " with " + list + ": [" + r.key() + "] and its evaluation (safetyImpact, evaluation, "
                        + "evaluatedBy, date, acceptable).";
            }
            findings.at(r.record() == null ? null : file, r.record() == null ? 0 : r.record().line())
                    .report(evidence.systemClass(), subject(r), message);
        }
    }

    /** @return {@code PR-12}, {@code test com.x.T#m}, {@code vulnerability CVE-1 (g:a:v)} */
    static String subject(AnomalyModel.Residual r) {
        return switch (r.kind()) {
            case PROBLEM_REPORT -> r.subject();
            case TEST -> "test " + r.subject();
            case VULNERABILITY -> "vulnerability " + r.subject();
        };
    }
}
