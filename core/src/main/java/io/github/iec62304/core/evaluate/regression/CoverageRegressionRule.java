package io.github.iec62304.core.evaluate.regression;

import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.model.SafetyClass;
import java.math.BigDecimal;

/**
 * REGRESSION-COVERAGE: a class C unit's line or branch coverage has not fallen below the baseline's by more than
 * the tolerance, unless a change record of this release covers the unit (IEC 62304 5.5.5, 9.7 d).
 */
public final class CoverageRegressionRule extends RegressionRule {

    public CoverageRegressionRule() {
        super("REGRESSION-COVERAGE", "5.5.5; 9.7 d", "A class C unit's coverage has not fallen below the "
                + "baseline's, unless a change record covers it", RegressionModel.Kind.UNIT_COVERAGE, SafetyClass.C);
    }

    @Override
    String message(RegressionModel.Difference d, RegressionModel regression) {
        return d.detail() + " since " + baseline(regression) + " (tolerance " + regression.tolerance().multiply(BigDecimal.valueOf(100)).stripTrailingZeros()
                .toPlainString() + "%). Restore the tests, or record the change in " + record(regression, "units")
                + ".";
    }
}
