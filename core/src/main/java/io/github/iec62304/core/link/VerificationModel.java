package io.github.iec62304.core.link;

import io.github.iec62304.core.model.verification.VerificationRegister;
import java.util.List;

/**
 * The executed verification records linked to the catalog and judged.
 *
 * @param register the register as read
 * @param records  every record, judged, in file order
 * @param dangling per record id, the requirement ids it names that the catalog does not have
 * @param version  the version built, which a record's version is compared with
 * @param commit   the git commit built, or {@code null}
 * @param releaseBuild whether this is a release build (a stale record then verifies nothing)
 */
public record VerificationModel(VerificationRegister register, List<JudgedRecord> records,
                                java.util.Map<String, List<String>> dangling, String version, String commit,
                                boolean releaseBuild) {

    public VerificationModel {
        records = List.copyOf(records);
        dangling = java.util.Map.copyOf(dangling);
    }

    /** @return no records */
    public static VerificationModel none(String source) {
        return new VerificationModel(io.github.iec62304.core.model.verification.VerificationRegister.empty(source),
                List.of(), java.util.Map.of(), "", null, false);
    }

    /** @return the records that name the requirement, in file order */
    public List<JudgedRecord> of(String requirementId) {
        return records.stream().filter(r -> r.record().requirements().contains(requirementId)).toList();
    }
}
