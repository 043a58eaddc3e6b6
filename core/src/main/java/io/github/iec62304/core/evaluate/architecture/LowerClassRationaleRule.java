package io.github.iec62304.core.evaluate.architecture;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;

/** ARCH-CLASS-RATIONALE: an item below the system's class states the segregation that justifies it (4.3). */
public final class LowerClassRationaleRule extends RuleDefinition {

    public LowerClassRationaleRule() {
        super("ARCH-CLASS-RATIONALE", "4.3",
                "An item classified below the system has a rationale for the lower class");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        SafetyClass system = evidence.systemClass();
        for (SoftwareItem item : evidence.units().architecture().items()) {
            SafetyClass cls = item.effectiveClass(system);
            if (cls.compareTo(system) < 0 && item.rationale() == null) {
                findings.at(evidence.units().architecture().source(), item.line()).report(system, "item "
                        + item.id() + " (class " + cls + ")", "is below the system's class "
                        + system + " without a rationale. Add 'rationale:' stating the segregation that justifies "
                        + "the lower class.");
            }
        }
    }
}
