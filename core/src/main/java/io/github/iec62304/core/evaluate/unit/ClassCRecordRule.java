package io.github.iec62304.core.evaluate.unit;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.link.UnitVerification;
import io.github.iec62304.core.model.SafetyClass;
import java.util.List;

/**
 * UNIT-CLASS-C-RECORD: each class C unit records which of the 5.5.4 criteria a-h apply and why the others do not.
 */
public final class ClassCRecordRule extends UnitRule {

    public ClassCRecordRule() {
        super("UNIT-CLASS-C-RECORD", "5.5.4", "Each class C unit has a 5.5.4 record covering criteria a-h");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return safetyClass == SafetyClass.C ? Level.ERROR : Level.OFF;
    }

    @Override
    void check(UnitVerification unit, Evidence evidence, Findings findings) {
        String registry = evidence.units().registry();
        if (unit.safetyClass() != SafetyClass.C) {
            return;
        }
        if (unit.classC() == null) {
            findings.report(unit.safetyClass(), unit.subject(), "has no 5.5.4 record. Declare under classC which of "
                    + "a-h apply and why the others do not, on the unit or its item in " + registry + ".");
            return;
        }
        List<String> missing = unit.classC().missing();
        if (!missing.isEmpty()) {
            findings.report(unit.safetyClass(), unit.subject(), "has an incomplete 5.5.4 record: "
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " neither applicable nor "
                    + "explained. Give each of a-h as applicable or with the reason it does not apply.");
        }
    }
}
