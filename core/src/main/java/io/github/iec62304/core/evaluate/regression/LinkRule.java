package io.github.iec62304.core.evaluate.regression;

import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.model.SafetyClass;

/**
 * REGRESSION-LINK: a test that verified a requirement in the previous release and no longer does (its
 * {@code @Verifies} removed, the test deleted or renamed) is reported even when other tests still verify the
 * requirement (IEC 62304 5.7.3, 9.7 d; 8.2.3): an error for class C requirements and for requirements implementing a
 * risk control (judged as class C), a warning otherwise. A change record naming the test or the requirement covers it.
 */
public final class LinkRule extends RegressionRule {

    public LinkRule() {
        super("REGRESSION-LINK", "5.7.3; 9.7 d; 8.2.3",
                "A test that verified a requirement in the previous release still verifies it, or a change record says "
                        + "why not", RegressionModel.Kind.LINK, SafetyClass.C);
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return safetyClass == SafetyClass.C ? Level.ERROR : Level.WARN;
    }

    @Override
    String message(RegressionModel.Difference d, RegressionModel regression) {
        return d.detail() + ". Restore the @Verifies link, or record why the test no longer verifies it in a change "
                + "record of release " + regression.release() + " in " + regression.changes().source() + ", naming the "
                + "test (tests:) or the requirement (requirements:).";
    }
}
