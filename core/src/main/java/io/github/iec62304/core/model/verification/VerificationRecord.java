package io.github.iec62304.core.model.verification;

import java.nio.file.Path;
import java.util.List;

/**
 * One executed verification of {@code src/iec62304/verification-records.yaml}: a manual test protocol, an inspection,
 * an analysis or a demonstration, who executed it on which version, and its result.
 *
 * @param id               unique id
 * @param method           how it verified (never {@link VerificationMethod#TEST}: automated tests are this build's)
 * @param protocol         id of the protocol document it executed
 * @param protocolRevision the protocol's revision
 * @param requirements     the requirements it verifies (at least one)
 * @param version          the software version it was executed on
 * @param commit           the git commit it was executed on (a prefix), or {@code null}
 * @param executedBy       who executed it
 * @param date             when (ISO date)
 * @param result           its result
 * @param deviations       anomaly ids of its deviations (only with {@link Result#PASS_WITH_DEVIATIONS})
 * @param attachments      files kept with it (a scanned protocol), each read and digested
 * @param line             line of the record in its file
 */
public record VerificationRecord(String id, VerificationMethod method, String protocol, String protocolRevision,
                                 List<String> requirements, String version, String commit, String executedBy,
                                 String date, Result result, List<String> deviations, List<Attachment> attachments,
                                 int line) {

    public VerificationRecord {
        requirements = List.copyOf(requirements);
        deviations = List.copyOf(deviations);
        attachments = List.copyOf(attachments);
    }

    /** The result a record states. */
    public enum Result {
        PASS("pass"), FAIL("fail"), PASS_WITH_DEVIATIONS("pass-with-deviations");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        /** @return the name in the register, e.g. {@code pass-with-deviations} */
        public String label() {
            return label;
        }
    }

    /**
     * A file kept with the record.
     *
     * @param path   as written, relative to the register's folder
     * @param file   where it is
     * @param sha256 SHA-256 of its bytes (filled in when the file is read; {@code null} before)
     */
    public record Attachment(String path, Path file, String sha256) {
    }

    /** @return {@code protocol rev. revision} */
    public String protocolLabel() {
        return protocol + " rev. " + protocolRevision;
    }
}
