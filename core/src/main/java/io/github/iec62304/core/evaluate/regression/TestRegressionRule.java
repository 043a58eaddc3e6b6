package io.github.iec62304.core.evaluate.regression;

import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.model.SafetyClass;

/**
 * REGRESSION-TEST: every test that passed in the baseline still passes: it has not failed, errored, been skipped
 * or gone, unless a change record of this release retires it (IEC 62304 5.6.6, 5.7.3, 9.7 d).
 */
public final class TestRegressionRule extends RegressionRule {

    public TestRegressionRule() {
        super("REGRESSION-TEST", "5.6.6; 5.7.3; 9.7 d", "Every test that passed in the baseline still passes, "
                + "unless a change record retires it", RegressionModel.Kind.TEST, SafetyClass.A);
    }

    @Override
    String message(RegressionModel.Difference d, RegressionModel regression) {
        String state = d.now().equals("GONE") ? "is gone: no test report has it now"
                : "is now " + d.now() + (d.detail().isEmpty() ? "" : " (" + d.detail() + ")");
        return "passed in " + baseline(regression) + " and " + state + ". Fix it, or retire it in "
                + record(regression, "tests") + ".";
    }
}
