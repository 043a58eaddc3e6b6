package io.github.iec62304.core.evaluate.regression;

import io.github.iec62304.core.link.RegressionLinker;
import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.model.SafetyClass;

/**
 * REGRESSION-REQUIREMENT: every requirement verified in the baseline is still in the catalog and verified, unless
 * a change record of this release covers it (IEC 62304 5.7.3, 9.7 d); and verified by every method its plan named in the
 * baseline (a method dropped from {@code verification:} lowers how it is verified).
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
        if (d.detail().startsWith(RegressionLinker.DROPPED)) {
            String dropped = d.detail().substring(RegressionLinker.DROPPED.length());
            return "its verification plan was " + d.before().substring(RegressionLinker.PLAN.length()) + " in "
                    + baseline(regression) + " and is now " + d.now().substring(RegressionLinker.PLAN.length())
                    + ": " + dropped + (dropped.contains(",") ? " were" : " was") + " dropped, so it is verified in"
                    + " fewer ways than before. Put " + dropped + " back in its 'verification:' in the catalog, or"
                    + " record the change in " + record(regression, "requirements") + ".";
        }
        return "was " + d.before() + " in " + baseline(regression) + " and is now " + d.now() + " (see its "
                + "TRACE-* findings). Restore its verification, or record the change in "
                + record(regression, "requirements") + ".";
    }
}
