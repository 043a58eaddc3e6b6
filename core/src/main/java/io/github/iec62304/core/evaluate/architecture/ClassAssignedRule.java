package io.github.iec62304.core.evaluate.architecture;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.link.AssignmentProblem;
import io.github.iec62304.core.model.SafetyClass;

/** ARCH-ASSIGNED: every production class belongs to exactly one item and, where units are declared, one unit. */
public final class ClassAssignedRule extends RuleDefinition {

    public ClassAssignedRule() {
        super("ARCH-ASSIGNED", "5.3.1; 5.4.1",
                "Every production class belongs to exactly one software item and one software unit");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return safetyClass == SafetyClass.A ? Level.OFF : Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        String registry = evidence.units().registry();
        for (AssignmentProblem p : evidence.units().problems()) {
            String names = String.join(" and ", p.candidates());
            String message = switch (p.kind()) {
                case NO_ITEM -> p.module() == null
                        ? "belongs to no software item. Add its package or class to an item in " + registry + "."
                        : "of module " + p.module() + " belongs to no software item. Add the module (modules: ["
                        + p.module() + "]), its package or the class to an item in " + registry + ".";
                case SEVERAL_ITEMS -> (p.module() == null ? "" : "of module " + p.module() + " ") + "belongs to items "
                        + names + "; a class belongs to exactly one item. Narrow their "
                        + (p.module() == null ? "" : "modules, ") + "packages or classes in " + registry + ".";
                case NO_UNIT -> "belongs to no unit of item " + p.itemId() + ". Add it to a unit in " + registry + ".";
                case SEVERAL_UNITS -> "belongs to units " + names + "; a class belongs to exactly one unit. Narrow "
                        + "their classes in " + registry + ".";
            };
            findings.report(p.safetyClass(), p.className(), message);
        }
    }
}
