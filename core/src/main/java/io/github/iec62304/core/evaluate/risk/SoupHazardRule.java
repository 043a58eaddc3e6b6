package io.github.iec62304.core.evaluate.risk;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.risk.Hazard;
import io.github.iec62304.core.model.soup.SoupEntry;
import io.github.iec62304.core.model.soup.SoupRegister;
import java.util.List;
import java.util.Optional;

/**
 * RISK-SOUP-HAZARD: a SOUP the risk extract names as a cause of a hazard says so in its register entry (IEC 62304
 * 7.1.2 c): its {@code risk.hazards} names that hazard, so the SOUP list an auditor reads and the risk file agree.
 * Classes B and C, as 7.1.2.
 */
public final class SoupHazardRule extends RiskRule {

    public SoupHazardRule() {
        super("RISK-SOUP-HAZARD", "7.1.2 c",
                "Every SOUP named as the cause of a hazard names that hazard in its register entry");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return safetyClass == SafetyClass.A ? Level.OFF : Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        SoupRegister register = evidence.soup().register();
        if (register == null) {
            return;
        }
        for (Hazard h : evidence.risks().file().hazards()) {
            for (Hazard.Cause cause : h.causes()) {
                Optional<SoupEntry> entry = cause.soup() == null ? Optional.empty()
                        : register.entries().stream().filter(e -> e.namedBy(cause.soup())).findFirst();
                if (entry.isEmpty()) {
                    continue; // not a SOUP, or RISK-REFERENCES' finding
                }
                List<String> named = entry.get().risk() == null ? List.of() : entry.get().risk().hazards();
                if (!named.contains(h.id())) {
                    findings.report(evidence.systemClass(), cause.soup(), "is a cause of hazard " + h.id() + " in "
                            + evidence.risks().file().source() + " (" + cause.description() + "), but its entry in "
                            + register.source() + " does not name it" + (named.isEmpty() ? ""
                            : " (risk.hazards: " + String.join(", ", named) + ")") + ". Add " + h.id()
                            + " to risk.hazards of " + cause.soup() + ".");
                }
            }
        }
    }
}
