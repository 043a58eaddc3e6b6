package io.github.iec62304.core.evaluate.unit;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.link.UnitVerification;

/** UNIT-TESTED: each unit has at least one test class of its own, where its criteria require one. */
public final class UnitTestedRule extends UnitRule {

    public UnitTestedRule() {
        super("UNIT-TESTED", "5.5.2; 5.5.5", "Each unit has a test of its own");
    }

    @Override
    void check(UnitVerification unit, Evidence evidence, Findings findings) {
        String registry = evidence.units().registry();
        if (!unit.criteria().ownTestRequired() || !unit.testClasses().isEmpty()) {
            return;
        }
        String first = unit.classes().get(0);
        int dollar = first.indexOf('$');
        String top = dollar < 0 ? first : first.substring(0, dollar);
        int dot = top.lastIndexOf('.');
        String where = dot < 0 ? "the default package" : "package " + top.substring(0, dot);
        findings.report(unit.safetyClass(), unit.subject(), "has no test of its own. Add "
                + top.substring(dot + 1) + "Test in " + where + ", or list its test classes under units[].tests in "
                + registry + ".");
    }
}
