package io.github.iec62304.core.model.release;

import io.github.iec62304.core.model.approval.Approval;
import java.util.List;

/**
 * One known anomaly or problem report of {@code src/iec62304/anomalies.yaml}.
 *
 * @param id              problem report id
 * @param title           what is wrong
 * @param status          {@code open}, {@code deferred}, {@code resolved} or {@code closed}
 * @param tests           tests it explains (a class or {@code class#method})
 * @param vulnerabilities SBOM vulnerability ids it explains
 * @param safetyImpact    the evaluated safety impact, or {@code null}
 * @param evaluation      the evaluation, or {@code null}
 * @param evaluatedBy     who evaluated it, or {@code null}
 * @param date            ISO date of the evaluation, or {@code null}
 * @param acceptable      whether the residual risk is acceptable, or {@code null} when not evaluated
 * @param line            line of the record in its file
 * @param approvals       approvals of the evaluation, bound to the record's content fingerprint
 */
public record AnomalyRecord(String id, String title, String status, List<String> tests, List<String> vulnerabilities,
                            String safetyImpact, String evaluation, String evaluatedBy, String date,
                            Boolean acceptable, int line, List<Approval> approvals) {

    /** A record without bound approvals. */
    public AnomalyRecord(String id, String title, String status, List<String> tests, List<String> vulnerabilities,
                         String safetyImpact, String evaluation, String evaluatedBy, String date, Boolean acceptable,
                         int line) {
        this(id, title, status, tests, vulnerabilities, safetyImpact, evaluation, evaluatedBy, date, acceptable, line,
                List.of());
    }

    /** Statuses a record may have; the first two are residual (still in the released software). */
    public static final List<String> STATUSES = List.of("open", "deferred", "resolved", "closed");

    public AnomalyRecord {
        tests = List.copyOf(tests);
        vulnerabilities = List.copyOf(vulnerabilities);
        approvals = List.copyOf(approvals);
    }

    /** @return {@code true} for an open or deferred anomaly: it is in the released software */
    public boolean residual() {
        return status.equals("open") || status.equals("deferred");
    }

    /** @return the evaluation fields that are missing, in file order; empty when evaluated */
    public List<String> missingEvaluation() {
        List<String> missing = new java.util.ArrayList<>();
        if (safetyImpact == null) {
            missing.add("safetyImpact");
        }
        if (evaluation == null) {
            missing.add("evaluation");
        }
        if (evaluatedBy == null) {
            missing.add("evaluatedBy");
        }
        if (date == null) {
            missing.add("date");
        }
        if (acceptable == null) {
            missing.add("acceptable");
        }
        return missing;
    }

    /** @return {@code true} when every evaluation field is present */
    public boolean evaluated() {
        return missingEvaluation().isEmpty();
    }
}
