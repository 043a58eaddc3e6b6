package io.github.iec62304.core.evaluate.regression;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.model.SafetyClass;

/**
 * A rule over the differences from the baseline: applies whenever a baseline bundle is declared, and reports each
 * difference of its kind that no change record of this release justifies.
 */
abstract class RegressionRule extends RuleDefinition {

    private final RegressionModel.Kind kind;
    private final SafetyClass lowestClass;

    /**
     * @param lowestClass the lowest class at which the rule is an ERROR by default (OFF below)
     */
    RegressionRule(String id, String clause, String title, RegressionModel.Kind kind, SafetyClass lowestClass) {
        super(id, clause, title);
        this.kind = kind;
        this.lowestClass = lowestClass;
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return safetyClass.compareTo(lowestClass) >= 0 ? Level.ERROR : Level.OFF;
    }

    @Override
    public String notApplicable(Evidence evidence) {
        return evidence.regression().baseline() == null ? evidence.regression().notApplicable() : null;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        RegressionModel regression = evidence.regression();
        for (RegressionModel.Difference d : regression.of(kind)) {
            if (d.justification() == null) {
                findings.report(d.safetyClass(), d.subject(), message(d, regression));
            }
        }
    }

    /** @return what the difference is and how to fix or justify it */
    abstract String message(RegressionModel.Difference difference, RegressionModel regression);

    /** @return {@code baseline 1.0.0} */
    static String baseline(RegressionModel regression) {
        return "baseline " + regression.baseline().version();
    }

    /** @return {@code a change record of release 1.1.0 in src/iec62304/changes.yaml (tests:)} */
    static String record(RegressionModel regression, String list) {
        return "a change record of release " + regression.release() + " in " + regression.changes().source() + " ("
                + list + ":)";
    }
}
