package io.github.iec62304.core.evaluate.risk;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.risk.Hazard;
import io.github.iec62304.core.model.risk.RiskFile;
import java.util.Optional;

/**
 * RISK-CLASS: the declared classes agree with the risk extract (IEC 62304 4.3, Amendment 1): the software system, and
 * every item named as a cause of a hazard, has at least the class the hazard's severity demands on the team's scale,
 * after the controls outside the software ({@code afterExternal}: A when they make the risk acceptable on their own).
 * An item declared A that can cause a serious injury with no external control is the violation. An error for every
 * class: the finding is that the declared class is too low.
 */
public final class HazardCauseClassRule extends RiskRule {

    public HazardCauseClassRule() {
        super("RISK-CLASS", "4.3",
                "The system and every item causing a hazard have the class the hazard's severity demands");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        RiskFile file = evidence.risks().file();
        Hazard worst = null;
        for (Hazard h : file.hazards()) {
            if (!h.causedBySoftware()) {
                continue;
            }
            SafetyClass demanded = file.demandedClass(h);
            if (worst == null || demanded.compareTo(file.demandedClass(worst)) > 0) {
                worst = h;
            }
            for (Hazard.Cause cause : h.causes()) {
                Optional<SoftwareItem> item = cause.item() == null ? Optional.empty()
                        : evidence.units().architecture().items().stream().filter(i -> i.id().equals(cause.item()))
                        .findFirst();
                if (item.isEmpty()) {
                    continue; // not an item, or RISK-REFERENCES' finding
                }
                SafetyClass declared = item.get().effectiveClass(evidence.systemClass());
                if (declared.compareTo(demanded) < 0) {
                    findings.at(evidence.units().architecture().source(), item.get().line()).report(demanded,
                            item.get().id(), "is class " + declared + " but is a cause of hazard "
                            + h.id() + " (" + h.harm() + "; severity " + h.severity() + ", which demands class "
                            + demanded + " in " + file.source() + ")" + external(file, h) + ". Raise the class of "
                            + item.get().id() + " to " + demanded + " in " + evidence.units().registry()
                            + ", or record the risk after the controls outside the software as 'afterExternal' of "
                            + h.id() + " if they make it acceptable.");
                }
            }
        }
        if (worst != null && evidence.systemClass().compareTo(file.demandedClass(worst)) < 0) {
            SafetyClass demanded = file.demandedClass(worst);
            findings.report(demanded, "software system", "is class " + evidence.systemClass() + " but can "
                    + "contribute to hazard " + worst.id() + " (" + worst.harm() + "; severity " + worst.severity()
                    + ", which demands class " + demanded + " in " + file.source() + ")" + external(file, worst)
                    + ". Set <safetyClass>" + demanded + "</safetyClass>.");
        }
    }

    private static String external(RiskFile file, Hazard h) {
        return h.afterExternal() == null ? " and no control outside the software makes it acceptable"
                : "; the risk after the controls outside the software (" + h.afterExternal() + ") is not acceptable";
    }
}
