package io.github.iec62304.core.evaluate.regression;

import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.model.SafetyClass;

/**
 * RISK-CHANGE: a hazard or a risk control added, removed or changed since the previous release, or a requirement
 * implementing a control
 * that was added, removed or changed, is covered by a change record of this release that analyses its effect on the
 * risk controls (IEC 62304 7.4.2, 7.4.3). Classes B and C; judged when this build or the baseline has a risk
 * extract.
 */
public final class RiskChangeRule extends RegressionRule {

    public RiskChangeRule() {
        super("RISK-CHANGE", "7.4.2; 7.4.3",
                "Every risk control, or requirement implementing one, changed since the previous release has a change "
                        + "record", RegressionModel.Kind.RISK, SafetyClass.B);
    }

    /** Not applicable without a baseline, or when neither this build nor the baseline has a risk extract. */
    @Override
    public String notApplicable(io.github.iec62304.core.evaluate.Evidence evidence) {
        String noBaseline = super.notApplicable(evidence);
        if (noBaseline != null || evidence.risks().file().declared() || evidence.regression().baseline()
                .riskRecorded()) {
            return noBaseline;
        }
        return "no risk extract (" + evidence.risks().file().source() + ")";
    }

    @Override
    String message(RegressionModel.Difference d, RegressionModel regression) {
        return d.detail() + ". Analyse its effect on the risk "
                + "controls (7.4.2) and record it in a change record of release " + regression.release() + " in "
                + regression.changes().source() + " (hazards: naming the hazard, riskControls: the control, or "
                + "requirements: the requirement).";
    }
}
