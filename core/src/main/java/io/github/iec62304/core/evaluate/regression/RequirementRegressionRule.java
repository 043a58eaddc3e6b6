package io.github.iec62304.core.evaluate.regression;

import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.model.SafetyClass;

/**
 * REGRESSION-REQUIREMENT: every requirement verified in the baseline is still in the catalog and verified, unless
 * a change record of this release covers it (IEC 62304 5.7.3, 9.7 d).
 */
public final class RequirementRegressionRule extends RegressionRule {

    public RequirementRegressionRule() {
        super("REGRESSION-REQUIREMENT", "5.7.3; 9.7 d", "Every requirement verified in the baseline is still in "
                + "the catalog and verified, unless a change record covers it", RegressionModel.Kind.REQUIREMENT,
                SafetyClass.A);
    }

    @Override
    String message(RegressionModel.Difference d, RegressionModel regression) {
        if (d.now().equals("REMOVED")) {
            return "was in " + baseline(regression) + "'s catalog and has been removed. Record the change in "
                    + record(regression, "requirements") + ".";
        }
        return "was " + d.before() + " in " + baseline(regression) + " and is now " + d.now() + " (see its "
                + "TRACE-* findings). Restore its verification, or record the change in "
                + record(regression, "requirements") + ".";
    }
}
