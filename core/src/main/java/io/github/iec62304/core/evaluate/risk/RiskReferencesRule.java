package io.github.iec62304.core.evaluate.risk;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.link.RiskModel;
import io.github.iec62304.core.model.SafetyClass;

/**
 * RISK-REFERENCES: every risk control a requirement names, every item and SOUP a hazard names as its cause, and every
 * hazard a SOUP entry names exists (IEC 62304 7.3.3: traceability of hazard, cause, control and requirement). Judged
 * when the project has a risk extract.
 */
public final class RiskReferencesRule extends RiskRule {

    public RiskReferencesRule() {
        super("RISK-REFERENCES", "7.3.3", "Every risk control, hazard, item and SOUP id of the risk chain exists");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return safetyClass == SafetyClass.A ? Level.WARN : Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        for (RiskModel.Dangling d : evidence.risks().dangling()) {
            findings.at(where(evidence, d)).report(evidence.systemClass(), d.subject(), "names " + d.kind() + " " + d.id() + " ("
                    + d.field() + "), which is not in " + d.in() + ". Correct the id, or declare the " + d.kind()
                    + ".");
        }
    }

    /** @return the line that names the missing id: the requirement, the hazard or the SOUP entry */
    private static Violation.Location where(Evidence evidence, RiskModel.Dangling d) {
        return switch (d.field()) {
            case "riskControls" -> evidence.catalog().find(d.subject()).map(r -> new Violation.Location(
                    evidence.catalog().source(), r.line())).orElse(null);
            case "causes" -> evidence.risks().file().hazard(d.subject()).map(h -> new Violation.Location(
                    evidence.risks().file().source(), h.line())).orElse(null);
            default -> evidence.soup().register().entries().stream().filter(e -> e.key().equals(d.subject()))
                    .findFirst().map(e -> new Violation.Location(evidence.soup().register().source(), e.line()))
                    .orElse(null);
        };
    }
}
