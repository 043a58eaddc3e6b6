package io.github.iec62304.core.evaluate.architecture;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;
import java.util.Optional;

/**
 * ARCH-IMPLEMENTS-CLASS: code implementing a requirement sits in an item of at least the requirement's class: a
 * class C requirement implemented in a class A item would escape the class C verification.
 */
public final class ImplementationClassRule extends RuleDefinition {

    public ImplementationClassRule() {
        super("ARCH-IMPLEMENTS-CLASS", "4.3; 5.3.1",
                "Code implementing a requirement belongs to an item of at least the requirement's class");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        for (RequirementTrace row : evidence.trace().rows()) {
            for (CodeLocation at : row.implementedBy()) {
                Optional<SoftwareItem> item = evidence.units().itemOf(at.className());
                if (item.isEmpty()) {
                    continue; // a class outside every item is ARCH-ASSIGNED's finding
                }
                SafetyClass itemClass = item.get().effectiveClass(evidence.systemClass());
                if (itemClass.compareTo(row.safetyClass()) < 0) {
                    String id = row.requirement().id();
                    findings.at(evidence.sourceOf(at)).report(row.safetyClass(), at.toString(), "implements " + id + " (class "
                            + row.safetyClass() + ") but belongs to item " + item.get().id() + " (class " + itemClass
                            + "). Move it to an item of class " + row.safetyClass() + " or raise the class of "
                            + item.get().id() + ".");
                }
            }
        }
    }
}
