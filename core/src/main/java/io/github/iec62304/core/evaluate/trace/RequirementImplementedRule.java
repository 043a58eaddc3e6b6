package io.github.iec62304.core.evaluate.trace;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.model.SafetyClass;

/**
 * TRACE-IMPLEMENTED: every requirement names the code that implements it. ERROR for class C, WARN for B, off for
 * A by default.
 */
public final class RequirementImplementedRule extends RuleDefinition {

    public RequirementImplementedRule() {
        super("TRACE-IMPLEMENTED", "5.3.1; 7.3.3",
                "Every requirement is implemented by code annotated @Implements");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return switch (safetyClass) {
            case C -> Level.ERROR;
            case B -> Level.WARN;
            case A -> Level.OFF;
        };
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        for (RequirementTrace row : evidence.trace().rows()) {
            if (row.implementedBy().isEmpty()) {
                String id = row.requirement().id();
                findings.report(row.safetyClass(), id, "\"" + row.requirement().title() + "\" (class "
                        + row.safetyClass() + ") has no implementation. Add @Implements(\"" + id
                        + "\") to the class or method that implements it.",
                        new Violation.Location(evidence.catalog().source(), row.requirement().line()));
            }
        }
    }
}
