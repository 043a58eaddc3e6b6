package io.github.iec62304.core.evaluate.release;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.link.AnomalyModel;

/**
 * ANOMALY-ACCEPTABLE: no residual anomaly of a release is evaluated as unacceptable (IEC 62304 5.8.3), at every
 * class.
 */
public final class AnomalyAcceptableRule extends ReleaseRule {

    public AnomalyAcceptableRule() {
        super("ANOMALY-ACCEPTABLE", "5.8.3", "No residual anomaly of the release is evaluated as unacceptable", false);
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        for (AnomalyModel.Residual r : evidence.anomalies().residual()) {
            if (r.evaluated() && !r.record().acceptable()) {
                String via = r.kind() == AnomalyModel.Kind.PROBLEM_REPORT ? "" : " (anomaly record "
                        + r.record().id() + ")";
                findings.at(evidence.anomalies().register().source(), r.record().line()).report(
                        evidence.systemClass(), AnomalyEvaluatedRule.subject(r), "is evaluated as not "
                        + "acceptable" + via + " by " + r.record().evaluatedBy() + " on " + r.record().date()
                        + ". Fix it before release and mark the record resolved.");
            }
        }
    }
}
