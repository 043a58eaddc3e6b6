package io.github.iec62304.core.evaluate.verification;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.link.JudgedRecord;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.verification.VerificationRecord;
import java.util.List;
import java.util.Map;

/** VERIFY-RECORD-DANGLING: every requirement id a verification record names exists in the catalog. All classes. */
public final class RecordDanglingRule extends RuleDefinition {

    public RecordDanglingRule() {
        super("VERIFY-RECORD-DANGLING", "5.1.1 c",
                "Every requirement id a verification record names exists in the catalog");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        String register = evidence.trace().records().register().source();
        for (Map.Entry<String, List<String>> d : evidence.trace().records().dangling().entrySet()) {
            int line = evidence.trace().records().records().stream().map(JudgedRecord::record)
                    .filter(r -> r.id().equals(d.getKey())).mapToInt(VerificationRecord::line).findFirst().orElse(0);
            findings.at(register, line).report(evidence.systemClass(), d.getKey(), "names " + String.join(", ", d.getValue())
                    + ", which " + (d.getValue().size() == 1 ? "is" : "are") + " not in "
                    + evidence.catalog().source() + ". Correct the id, or remove it from the record if the "
                    + "requirement was withdrawn.");
        }
    }
}
