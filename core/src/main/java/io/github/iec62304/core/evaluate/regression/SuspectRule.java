package io.github.iec62304.core.evaluate.regression;

import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.model.SafetyClass;

/**
 * REGRESSION-SUSPECT: a requirement whose meaning (title, text, risk controls) changed since the
 * previous release keeps its tests' verdict only when a change record of this release says they were reviewed and
 * still verify what it now says (IEC 62304 7.4.2, 8.2.3). Until then its verification is suspect: an error for classes
 * B and C, a warning for A.
 */
public final class SuspectRule extends RegressionRule {

    public SuspectRule() {
        super("REGRESSION-SUSPECT", "7.4.2; 8.2.3",
                "A requirement changed since the previous release has a change record saying its tests still verify it",
                RegressionModel.Kind.SUSPECT, SafetyClass.B);
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return safetyClass == SafetyClass.A ? Level.WARN : Level.ERROR;
    }

    @Override
    String message(RegressionModel.Difference d, RegressionModel regression) {
        return d.detail() + ". Its verification is suspect: review whether its tests still verify what it says now "
                + "(adapt them if not), and record that in " + record(regression, "requirements") + ".";
    }
}
