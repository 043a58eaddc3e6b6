package io.github.iec62304.core.evaluate.risk;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.link.RiskModel;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.risk.Hazard;
import io.github.iec62304.core.model.risk.RiskFile;
import java.util.Comparator;
import java.util.Optional;

/**
 * RISK-CONTROL-CLASS: a software risk control is implemented at the rigor its hazard demands (IEC 62304 4.3): every
 * requirement implementing it, and every item holding code that implements such a requirement, has at least the class
 * the severity of the controlled hazard demands on the team's scale; A when the controls outside the software alone
 * make the risk acceptable ({@code afterExternal}, as 4.3 allows). An error for every class: the finding is that the
 * declared class is too low.
 */
public final class ControlClassRule extends RiskRule {

    public ControlClassRule() {
        super("RISK-CONTROL-CLASS", "4.3; 7.2.2",
                "Requirements and items implementing a risk control have the class its hazard demands");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        RiskFile file = evidence.risks().file();
        for (RiskModel.ControlTrace c : evidence.risks().controls()) {
            Optional<Hazard> worst = c.hazards().stream().max(Comparator.comparing(file::demandedClass));
            if (!c.control().inSoftware() || worst.isEmpty()) {
                continue;
            }
            Hazard hazard = worst.get();
            SafetyClass demanded = file.demandedClass(hazard);
            String because = "risk control " + c.control().id() + " of hazard " + hazard.id() + " (severity "
                    + hazard.severity() + ", which demands class " + demanded + " in " + file.source() + ")";
            String orExternal = file.externallyAcceptable(hazard) ? ""
                    : " If a control outside the software makes the risk acceptable on its own (4.3), record the "
                    + "risk after it as 'afterExternal' of " + hazard.id() + ".";
            for (RequirementTrace row : c.requirements()) {
                String id = row.requirement().id();
                if (row.safetyClass().compareTo(demanded) < 0) {
                    findings.at(evidence.catalog().source(), row.requirement().line()).report(demanded, id,
                            "is class " + row.safetyClass() + " but implements " + because
                            + ". Give " + id + " safetyClass: " + demanded + " in " + evidence.catalog().source()
                            + "." + orExternal);
                }
                for (CodeLocation at : row.implementedBy()) {
                    Optional<SoftwareItem> item = evidence.units().itemOf(at.className());
                    if (item.isEmpty()) {
                        continue; // ARCH-ASSIGNED's finding
                    }
                    SafetyClass itemClass = item.get().effectiveClass(evidence.systemClass());
                    if (itemClass.compareTo(demanded) < 0) {
                        findings.at(evidence.sourceOf(at)).report(demanded, at.toString(), "implements " + id + ", and so " + because
                                + ", but belongs to item " + item.get().id() + " (class " + itemClass + "). Move it "
                                + "to an item of class " + demanded + ", or raise the class of " + item.get().id()
                                + "." + orExternal);
                    }
                }
            }
        }
    }
}
