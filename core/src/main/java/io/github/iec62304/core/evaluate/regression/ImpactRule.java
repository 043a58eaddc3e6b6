package io.github.iec62304.core.evaluate.regression;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.model.SafetyClass;

/**
 * REGRESSION-IMPACT: the change impact is analysed (IEC 62304 7.4.2, 7.4.3, 8.2.1): every class C unit whose code
 * changed since the previous release, or is new, and every risk control implemented in changed code, is covered by a
 * change record of this release ({@code units:}, {@code riskControls:}; a risk control's record must name every
 * changed unit that implements it too, so that a {@code riskControls:} entry written for another purpose does not justify it). Classes
 * B and C. Not applicable when the
 * baseline records no unit fingerprints.
 */
public final class ImpactRule extends RegressionRule {

    public ImpactRule() {
        super("REGRESSION-IMPACT", "7.4.2; 7.4.3; 8.2.1",
                "Every changed class C unit and every risk control in changed code has a change record",
                RegressionModel.Kind.IMPACT, SafetyClass.B);
    }

    @Override
    public String notApplicable(Evidence evidence) {
        String reason = super.notApplicable(evidence);
        return reason != null ? reason : evidence.regression().impact().notComputed();
    }

    @Override
    String message(RegressionModel.Difference d, RegressionModel regression) {
        boolean unit = d.detail().startsWith("is a class C unit");
        return d.detail() + ". Analyse the change's effect" + (unit ? "" : " on the risk control") + " and record it in "
                + record(regression, unit ? "units" : "riskControls") + (unit ? "" : " that also names the changed "
                + "unit (units:)") + "; the impact report (regression-report.json, change-impact.csv) lists the "
                + "requirements and tests it touches.";
    }
}
