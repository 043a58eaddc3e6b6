package io.github.iec62304.core.link;

import io.github.iec62304.core.model.release.AnomalyRecord;
import io.github.iec62304.core.model.release.AnomalyRegister;
import io.github.iec62304.core.model.release.TestKey;
import java.util.List;
import java.util.Optional;

/**
 * The known residual anomalies of this build (IEC 62304 5.8.2, 5.8.3): open problem reports, verifying and unit
 * tests that did not pass, and exploitable or unanalysed vulnerabilities of shipped SOUP, each with the anomaly
 * record that evaluates it, if any.
 *
 * @param register the anomaly records
 * @param residual the residual list, sorted by kind and subject
 */
public record AnomalyModel(AnomalyRegister register, List<Residual> residual) {

    public AnomalyModel {
        residual = List.copyOf(residual);
    }

    /**
     * @param test a test as {@code class#method}, a reported {@code class#name}, or a test class
     * @return the anomaly record that evaluates the test's failure as an acceptable residual anomaly, if any
     */
    public Optional<AnomalyRecord> acceptedFor(String test) {
        return register.records().stream().filter(r -> r.evaluated() && r.acceptable()
                && r.tests().stream().anyMatch(ref -> TestKey.matches(test, ref))).findFirst();
    }

    /** @return {@code accepted as residual anomaly PR-118 (evaluated by J. Doe on 2026-11-10)} */
    public static String accepted(AnomalyRecord record) {
        return "accepted as residual anomaly " + record.id() + " (evaluated by " + record.evaluatedBy() + " on "
                + record.date() + ")";
    }

    /** What a residual anomaly is. */
    public enum Kind {
        PROBLEM_REPORT, TEST, VULNERABILITY
    }

    /**
     * One residual anomaly.
     *
     * @param kind    what it is
     * @param subject problem report id, {@code class#method}, or {@code CVE-1 (group:name:version)}
     * @param title   what is wrong
     * @param detail  its state: {@code open}, {@code FAILED (message)}, {@code exploitable}
     * @param key     how anomaly records refer to it: the record id, the test, the vulnerability id
     * @param record  the record that evaluates it (the evaluated one when several refer to it), or {@code null}
     */
    public record Residual(Kind kind, String subject, String title, String detail, String key,
                           AnomalyRecord record) implements Comparable<Residual> {

        /** @return {@code true} when a record carries a complete evaluation */
        public boolean evaluated() {
            return record != null && record.evaluated();
        }

        /** @return ACCEPTABLE, UNACCEPTABLE or NOT_EVALUATED */
        public String verdict() {
            return !evaluated() ? "NOT_EVALUATED" : record.acceptable() ? "ACCEPTABLE" : "UNACCEPTABLE";
        }

        @Override
        public int compareTo(Residual o) {
            int c = kind.compareTo(o.kind);
            return c != 0 ? c : subject.compareTo(o.subject);
        }
    }
}
