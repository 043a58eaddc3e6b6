package io.github.iec62304.core.evaluate.regression;

import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.model.SafetyClass;

/**
 * SOUP-CHANGE: every SOUP added, removed or changed in version since the baseline has its change analysed in a
 * change record of this release (IEC 62304 7.4.1).
 */
public final class SoupChangeRule extends RegressionRule {

    public SoupChangeRule() {
        super("SOUP-CHANGE", "7.4.1", "Every SOUP added, removed or changed since the baseline has a change "
                + "analysis", RegressionModel.Kind.SOUP, SafetyClass.A);
    }

    @Override
    String message(RegressionModel.Difference d, RegressionModel regression) {
        String what;
        if (d.before() == null) {
            what = "was added (" + version(d.now()) + ") since " + baseline(regression);
        } else if (d.now() == null) {
            what = "was removed (it was " + version(d.before()) + ") since " + baseline(regression);
        } else {
            what = "changed from " + version(d.before()) + " (" + baseline(regression) + ") to " + version(d.now());
        }
        String version = d.now() == null ? "removed" : d.now();
        return what + " with no change analysis. Add it to " + record(regression, "soup").replace("(soup:)",
                "(soup: component " + d.subject() + ", version " + version + ", analysis)") + ".";
    }

    private static String version(String v) {
        return v.isEmpty() ? "no version" : v;
    }
}
