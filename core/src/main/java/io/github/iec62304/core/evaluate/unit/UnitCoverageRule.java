package io.github.iec62304.core.evaluate.unit;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.link.UnitVerification;
import io.github.iec62304.core.model.Counter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * UNIT-COVERAGE: each unit's line and branch coverage meet its criteria. The measured value is printed rounded
 * down, so a failing value never prints as passing (as JaCoCo's own check does).
 */
public final class UnitCoverageRule extends UnitRule {

    public UnitCoverageRule() {
        super("UNIT-COVERAGE", "5.5.3; 5.5.5", "Each unit meets its line and branch coverage criteria");
    }

    @Override
    void check(UnitVerification unit, Evidence evidence, Findings findings) {
        String registry = evidence.units().registry();
        if (unit.lines().total() == 0) {
            findings.report(unit.safetyClass(), unit.subject(), "has code but no line information, so its line "
                    + "coverage cannot be measured. Compile with line numbers (-g, the maven-compiler-plugin "
                    + "default; not -g:none).");
        }
        check(unit, "line", "lines", unit.lines(), unit.criteria().lineCoverage(), registry, findings);
        check(unit, "branch", "branches", unit.branches(), unit.criteria().branchCoverage(), registry, findings);
    }

    private static void check(UnitVerification unit, String metric, String what, Counter counter, double required,
                              String registry, Findings findings) {
        BigDecimal minimum = BigDecimal.valueOf(required);
        if (counter.total() == 0
                || BigDecimal.valueOf(counter.covered()).compareTo(minimum.multiply(BigDecimal.valueOf(counter.total()))) >= 0) {
            return;
        }
        BigDecimal measured = BigDecimal.valueOf(counter.covered())
                .divide(BigDecimal.valueOf(counter.total()), 2, RoundingMode.FLOOR);
        findings.report(unit.safetyClass(), unit.subject(), metric + " coverage " + measured.toPlainString()
                + ", required " + format(minimum) + " (" + counter.covered() + " of " + counter.total() + " " + what
                + "). Add tests for the uncovered " + what + ", or record a justified criteria override in "
                + registry + ".");
    }

    static String format(BigDecimal ratio) {
        BigDecimal r = ratio.stripTrailingZeros();
        return (r.scale() < 2 ? r.setScale(2, RoundingMode.UNNECESSARY) : r).toPlainString();
    }
}
