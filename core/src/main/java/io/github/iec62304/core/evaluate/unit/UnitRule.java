package io.github.iec62304.core.evaluate.unit;

import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.model.Architecture;
import io.github.iec62304.core.model.UnitDeclaration;
import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.link.UnitVerification;
import io.github.iec62304.core.model.SafetyClass;

/**
 * A rule over each unit that has executable code and acceptance criteria (class B and C; class A has no unit
 * gate). Subclasses check one unit.
 */
abstract class UnitRule extends RuleDefinition {

    UnitRule(String id, String clause, String title) {
        super(id, clause, title);
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return safetyClass == SafetyClass.A ? Level.OFF : Level.ERROR;
    }

    @Override
    public final void check(Evidence evidence, Findings findings) {
        for (UnitVerification unit : evidence.units().units()) {
            if (unit.criteria() != null && unit.hasCode()) {
                check(unit, evidence, findings.at(declaredAt(unit, evidence.units().architecture())));
            }
        }
    }

    /**
     * @return the line of architecture.yaml that declares the unit, else the line of its item; {@code null} when the
     *         architecture is implicit (no file)
     */
    static Violation.Location declaredAt(UnitVerification unit, Architecture architecture) {
        if (!architecture.declared()) {
            return null;
        }
        int line = architecture.units().stream().filter(u -> u.id().equals(unit.id())).mapToInt(UnitDeclaration::line)
                .findFirst().orElse(unit.item().line());
        return new Violation.Location(architecture.source(), line);
    }

    /** Reports what the unit lacks, with {@link UnitVerification#subject()} as subject. */
    abstract void check(UnitVerification unit, Evidence evidence, Findings findings);
}
