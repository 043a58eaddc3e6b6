package io.github.iec62304.core.link;

import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.release.AnomalyRecord;
import io.github.iec62304.core.model.release.AnomalyRegister;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ChangeRecord;
import io.github.iec62304.core.model.verification.VerificationRecord;
import io.github.iec62304.core.model.verification.VerificationRegister;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges every executed verification record: whether it passed (a deviation counts only as an evaluated anomaly),
 * whether it was executed on the version being built, or else which change record of this release keeps it, and
 * which requirement ids it names that the catalog does not have.
 */
public final class VerificationLinker {

    private VerificationLinker() {
    }

    /**
     * @param register       the records
     * @param catalog        the requirements
     * @param anomalies      the anomaly register (deviations are anomalies)
     * @param changes        the change records (those of this release keep earlier records)
     * @param projectVersion the version being built ({@code 1.1.0-SNAPSHOT} counts as {@code 1.1.0})
     * @param commit         the git commit being built, or {@code null}
     * @param releaseBuild   whether this is a release build
     */
    public static VerificationModel link(VerificationRegister register, RequirementCatalog catalog,
                                         AnomalyRegister anomalies, ChangeLog changes, String projectVersion,
                                         String commit, boolean releaseBuild) {
        List<JudgedRecord> judged = new ArrayList<>();
        Map<String, List<String>> dangling = new LinkedHashMap<>();
        for (VerificationRecord r : register.records()) {
            List<String> unknown = r.requirements().stream().filter(id -> catalog.find(id).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                dangling.put(r.id(), unknown);
            }
            // 1.1.0 is current for 1.1.0 and 1.1.0-SNAPSHOT; 1.1.0-SNAPSHOT only for development builds of it
            boolean current = r.version().equals(projectVersion)
                    || r.version().equals(ChangeLog.releaseOf(projectVersion))
                    || r.commit() != null && commit != null && commit.toLowerCase(java.util.Locale.ROOT)
                    .startsWith(r.commit());
            ChangeLog.Justification kept = current ? null : changes.find(projectVersion, c -> reason(c, r.id()))
                    .orElse(null);
            judged.add(new JudgedRecord(r, failure(r, anomalies), current, kept, releaseBuild));
        }
        return new VerificationModel(register, judged, dangling, projectVersion, commit, releaseBuild);
    }

    private static Optional<String> reason(ChangeRecord change, String recordId) {
        return change.records().stream().filter(ref -> ref.ref().equals(recordId)).map(ChangeRecord.Reference::rationale)
                .findFirst();
    }

    /** @return why the record does not pass, or {@code null} when it does */
    private static String failure(VerificationRecord r, AnomalyRegister anomalies) {
        if (r.result() == VerificationRecord.Result.FAIL) {
            return "failed";
        }
        List<String> problems = new ArrayList<>();
        for (String deviation : r.deviations()) {
            Optional<AnomalyRecord> anomaly = anomalies.records().stream().filter(a -> a.id().equals(deviation))
                    .findFirst();
            if (anomaly.isEmpty()) {
                problems.add("deviation " + deviation + " is not in " + anomalies.source());
            } else if (!anomaly.get().evaluated()) {
                problems.add("deviation " + deviation + " is not evaluated in " + anomalies.source() + " (missing: "
                        + String.join(", ", anomaly.get().missingEvaluation()) + ")");
            } else if (!Boolean.TRUE.equals(anomaly.get().acceptable())) {
                problems.add("deviation " + deviation + " is evaluated as not acceptable in " + anomalies.source());
            }
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }
}
