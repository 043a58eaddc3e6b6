package io.github.iec62304.core.evaluate.verification;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.link.JudgedRecord;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.release.ChangeLog;
import java.util.Comparator;

/**
 * VERIFY-RECORD-CURRENT: a verification record was executed on the version (or commit) being built, or a change
 * record of this release states why the change does not affect it. In a release build an error for classes B and C
 * (the record then verifies nothing), a warning for A; in a development build a warning.
 */
public final class RecordCurrentRule extends RuleDefinition {

    public RecordCurrentRule() {
        super("VERIFY-RECORD-CURRENT", "5.7.3; 5.7.4",
                "Every verification record was executed on the version being released, or a change record keeps it");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return safetyClass == SafetyClass.A ? Level.WARN : Level.ERROR;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        String version = ChangeLog.releaseOf(evidence.release().version());
        for (JudgedRecord r : evidence.trace().records().records()) {
            if (!r.stale()) {
                continue;
            }
            SafetyClass cls = r.record().requirements().stream().map(id -> evidence.catalog().find(id))
                    .flatMap(java.util.Optional::stream).map(q -> q.effectiveClass(evidence.systemClass()))
                    .max(Comparator.naturalOrder()).orElse(evidence.systemClass());
            String message = r.record().method() + " " + r.record().protocolLabel() + " of " + String.join(", ",
                    r.record().requirements()) + " was executed on " + r.record().version()
                    + (r.record().commit() == null ? "" : " (commit " + r.record().commit() + ")") + ", not on "
                    + version + ". Execute it again on " + version + ", or state in a change record of release "
                    + version + " in " + evidence.regression().changes().source() + " (records:) why the changes "
                    + "since " + r.record().version() + " do not affect it.";
            if (evidence.release().releaseBuild()) {
                findings.report(cls, r.record().id(), message + " Until then it verifies nothing in this release.");
            } else {
                findings.warn(cls, r.record().id(), message);
            }
        }
    }
}
