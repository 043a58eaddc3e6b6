package io.github.iec62304.core.evaluate.risk;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.link.RiskModel;
import io.github.iec62304.core.link.VerifyingTest;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.verification.VerificationMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * RISK-CONTROL-VERIFIED: every risk control implemented in this software is verified in this build: every requirement
 * that implements it is VERIFIED (its tests ran and passed, its records passed) (IEC 62304 7.3.1). The message names
 * the hazard, the control, the requirement and the test that failed or is missing. Classes B and C; the level follows
 * the highest class among the control's requirements.
 */
public final class ControlVerifiedRule extends RiskRule {

    public ControlVerifiedRule() {
        super("RISK-CONTROL-VERIFIED", "7.3.1", "Every risk control implemented in software is verified in this build");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return safetyClass == SafetyClass.A ? Level.OFF : Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        for (RiskModel.ControlTrace c : evidence.risks().controls()) {
            if (!c.control().inSoftware() || c.requirements().isEmpty() || c.verified()) {
                continue; // no requirement: RISK-CONTROL-IMPLEMENTED's finding
            }
            List<String> why = new ArrayList<>();
            for (RequirementTrace r : c.requirements()) {
                if (r.status() == RequirementTrace.Status.VERIFIED) {
                    continue;
                }
                // what keeps it from VERIFIED: tests that did not pass, records that do not verify, and methods of
                // its plan without evidence (a plan of inspection only wants a record, not a test)
                List<String> reasons = new ArrayList<>(r.verifiedBy().stream().filter(t -> !t.passed())
                        .map(t -> t.test() + " " + t.outcome().label()).toList());
                r.records().stream().filter(j -> !j.verifies())
                        .forEach(j -> reasons.add("record " + j.record().id() + " " + j.verdict()));
                r.missingMethods().forEach(m -> reasons.add(m == VerificationMethod.TEST ? "no verifying test"
                        : "no " + m.label() + " record"));
                why.add(r.requirement().id() + " is " + r.status() + (reasons.isEmpty() ? ""
                        : " (" + String.join(", ", reasons) + ")"));
            }
            String hazards = ids(c.hazards());
            SafetyClass cls = c.requirements().stream().map(RequirementTrace::safetyClass)
                    .max(Comparator.naturalOrder()).orElse(evidence.systemClass());
            findings.at(evidence.risks().file().source(), c.control().line()).report(cls, c.control().id(), "\"" + c.control().title() + "\" controls " + hazards
                    + " but is not verified in this build: " + String.join("; ", why) + ". A risk control counts "
                    + "only when every requirement implementing it is verified (see their TRACE-* findings).");
        }
    }
}
