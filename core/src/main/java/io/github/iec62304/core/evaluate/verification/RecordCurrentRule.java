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
 * record of this release states why the change does not affect it. In a release build an error for every class (the
 * record then verifies nothing, and verification must be complete at release, 5.8.1); in a development build a
 * warning.
 */
public final class RecordCurrentRule extends RuleDefinition {

    public RecordCurrentRule() {
        super("VERIFY-RECORD-CURRENT", "5.7.3; 5.7.4",
                "Every verification record was executed on the version being released, or a change record keeps it");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return Level.ERROR; // verification is complete at release for every class (5.8.1)
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        String version = ChangeLog.releaseOf(evidence.release().version());
        String register = evidence.trace().records().register().source();
        for (JudgedRecord r : evidence.trace().records().records()) {
            if (!r.stale()) {
                continue;
            }
            Findings at = findings.at(register, r.record().line());
            SafetyClass cls = r.record().requirements().stream().map(id -> evidence.catalog().find(id))
                    .flatMap(java.util.Optional::stream).map(q -> q.effectiveClass(evidence.systemClass()))
                    .max(Comparator.naturalOrder()).orElse(evidence.systemClass());
            String head = r.record().method() + " " + r.record().protocolLabel() + " was executed on "
                    + r.record().version() + (r.record().commit() == null ? "" : " (commit " + r.record().commit()
                    + ")") + ", not on " + version + ", and no change record of release " + version + " lists it; ";
            String todo = " Execute the protocol on " + version + " and record it, or justify the record in a change "
                    + "record of release " + version + " in " + evidence.regression().changes().source()
                    + " (records: id " + r.record().id() + ", rationale).";
            String requirements = String.join(", ", r.record().requirements());
            // what a waiver's approval binds to: the same in a development build and in the release
            String statement = r.record().method() + " " + r.record().protocolLabel() + " was executed on "
                    + r.record().version() + (r.record().commit() == null ? "" : " (commit " + r.record().commit()
                    + ")") + ", not on the version built, and no change record keeps it; it names " + requirements
                    + ".";
            if (evidence.release().releaseBuild()) {
                at.report(cls, r.record().id(), head + "in this release build it verifies nothing ("
                        + requirements + (r.record().requirements().size() == 1 ? " is" : " are")
                        + " NOT_VERIFIED)." + todo, statement);
            } else {
                at.warn(cls, r.record().id(), head + "in a development build it still counts for "
                        + requirements + ", not in the release." + todo, statement);
            }
        }
    }
}
