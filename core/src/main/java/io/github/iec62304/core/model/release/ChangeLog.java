package io.github.iec62304.core.model.release;

import java.util.List;
import java.util.Optional;

/**
 * The change records ({@code src/iec62304/changes.yaml}); empty when the project has none.
 *
 * @param source  the file, as named in messages, or {@code null} when it does not exist
 * @param records the records, in file order
 */
public record ChangeLog(String source, List<ChangeRecord> records) {

    public ChangeLog {
        records = List.copyOf(records);
    }

    /** @return a change log with no records */
    public static ChangeLog empty(String source) {
        return new ChangeLog(source, List.of());
    }

    /** @return the records of this release ({@code 1.1.0} and {@code 1.1.0-SNAPSHOT} both read as {@code 1.1.0}) */
    public List<ChangeRecord> of(String projectVersion) {
        String release = releaseOf(projectVersion);
        return records.stream().filter(r -> releaseOf(r.release()).equals(release)).toList();
    }

    /** @return the first record of this release that covers the subject, with the reference that does */
    public Optional<Justification> find(String projectVersion,
                                            java.util.function.Function<ChangeRecord, Optional<String>> rationale) {
        for (ChangeRecord r : of(projectVersion)) {
            Optional<String> why = rationale.apply(r);
            if (why.isPresent()) {
                return Optional.of(new Justification(r.id(), why.get(), r.approvedBy()));
            }
        }
        return Optional.empty();
    }

    /** @return the version without {@code -SNAPSHOT} */
    public static String releaseOf(String projectVersion) {
        return projectVersion.endsWith("-SNAPSHOT")
                ? projectVersion.substring(0, projectVersion.length() - "-SNAPSHOT".length()) : projectVersion;
    }

    /**
     * Why a difference from the baseline is intended.
     *
     * @param change     change record id
     * @param rationale  the record's reason for this subject
     * @param approvedBy who approved the change
     */
    public record Justification(String change, String rationale, String approvedBy) {
    }
}
