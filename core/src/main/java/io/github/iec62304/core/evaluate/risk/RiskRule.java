package io.github.iec62304.core.evaluate.risk;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.model.risk.Hazard;
import java.util.Collection;
import java.util.stream.Collectors;

/** A rule of the risk chain: not applicable to a project without a risk extract. */
abstract class RiskRule extends RuleDefinition {

    RiskRule(String id, String clause, String title) {
        super(id, clause, title);
    }

    @Override
    public String notApplicable(Evidence evidence) {
        return evidence.risks().file().declared() ? null
                : "no risk extract (" + evidence.risks().file().source() + ")";
    }

    /** @return the hazards' ids, comma-separated, or {@code no hazard} */
    static String ids(Collection<Hazard> hazards) {
        return hazards.isEmpty() ? "no hazard" : hazards.stream().map(Hazard::id).collect(Collectors.joining(", "));
    }
}
