package io.github.iec62304.core.evaluate.risk;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.link.RiskModel;
import io.github.iec62304.core.model.SafetyClass;

/**
 * RISK-CONTROL-IMPLEMENTED: every risk control implemented in this software is a software requirement: at least one
 * requirement of the catalog names it in {@code riskControls} (IEC 62304 5.2.3, 7.2.2 a). Classes B and C.
 */
public final class ControlImplementedRule extends RiskRule {

    public ControlImplementedRule() {
        super("RISK-CONTROL-IMPLEMENTED", "5.2.3; 7.2.2 a",
                "Every risk control implemented in software is implemented by a software requirement");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return safetyClass == SafetyClass.A ? Level.OFF : Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        for (RiskModel.ControlTrace c : evidence.risks().controls()) {
            if (c.control().inSoftware() && c.requirements().isEmpty()) {
                String hazards = ids(c.hazards());
                findings.at(evidence.risks().file().source(), c.control().line()).report(evidence.systemClass(),
                        c.control().id(), "\"" + c.control().title() + "\" (controls "
                        + hazards + ") is implemented in software, but no requirement of "
                        + evidence.catalog().source() + " names it in riskControls. Write the requirement that "
                        + "implements it (riskControls: [" + c.control().id() + "]).");
            }
        }
    }
}
