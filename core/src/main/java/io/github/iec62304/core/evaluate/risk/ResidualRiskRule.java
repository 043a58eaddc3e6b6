package io.github.iec62304.core.evaluate.risk;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.risk.Hazard;
import io.github.iec62304.core.model.risk.RiskFile;

/**
 * RISK-RESIDUAL: at release every hazardous situation has a residual risk evaluation that agrees with the team's
 * acceptability matrix, and an unacceptable residual risk names its benefit-risk analysis (IEC 62304 7.3, 5.8; ISO
 * 14971 7.4, 8). A release error for classes B and C and a warning for A; in a development build a warning, since the
 * evaluation may follow the verification.
 */
public final class ResidualRiskRule extends RiskRule {

    public ResidualRiskRule() {
        super("RISK-RESIDUAL", "7.3; 5.8",
                "At release every hazard has a residual risk evaluation; an unacceptable one names its benefit-risk "
                        + "analysis");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return safetyClass == SafetyClass.A ? Level.WARN : Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        RiskFile file = evidence.risks().file();
        boolean release = evidence.release().releaseBuild();
        String at = release ? "" : " Before the release:";
        for (Hazard h : file.hazards()) {
            String problem = problem(h, file);
            if (problem == null) {
                continue;
            }
            String message = problem + at + " " + todo(h, file);
            if (release) {
                findings.at(file.source(), h.line()).report(evidence.systemClass(), h.id(), message);
            } else {
                findings.at(file.source(), h.line()).warn(evidence.systemClass(), h.id(), message);
            }
        }
    }

    /** @return what is wrong with the hazard's residual risk evaluation, or {@code null} */
    private static String problem(Hazard h, RiskFile file) {
        Hazard.Residual r = h.residual();
        if (r == null) {
            return "has no residual risk evaluation in " + file.source() + ".";
        }
        if (h.after() == null) {
            return "has a residual risk evaluation but no estimate of the risk after control ('after') to base it "
                    + "on.";
        }
        boolean matrix = file.scale().acceptable(h.severity(), h.after());
        if (r.acceptable() && !matrix) {
            return "is evaluated acceptable, but the team's matrix does not accept probability " + h.after()
                    + " for severity " + h.severity() + ".";
        }
        if (!r.acceptable() && r.benefitRisk() == null) {
            return "has an unacceptable residual risk (" + h.severity() + ", " + h.after() + ") and no benefit-risk "
                    + "analysis: it cannot be released.";
        }
        return null;
    }

    private static String todo(Hazard h, RiskFile file) {
        Hazard.Residual r = h.residual();
        if (r == null || h.after() == null) {
            return "Estimate the risk after control ('after') and evaluate it under 'residual:' (acceptable, "
                    + "rationale) for " + h.id() + ".";
        }
        if (r.acceptable()) {
            return "Reduce the risk further, or evaluate it as not acceptable with its benefit-risk analysis "
                    + "(residual.benefitRisk).";
        }
        return "Reduce the risk further, or name the benefit-risk analysis that justifies it (residual.benefitRisk: "
                + "document id) in " + file.source() + ".";
    }
}
