package io.github.iec62304.core.model.release;

import java.util.List;

/**
 * The known anomalies ({@code src/iec62304/anomalies.yaml}); empty when the project has none.
 *
 * @param source  the file, as named in messages, or {@code null} when it does not exist
 * @param records the records, in file order
 */
public record AnomalyRegister(String source, List<AnomalyRecord> records) {

    public AnomalyRegister {
        records = List.copyOf(records);
    }

    /** @return a register with no records */
    public static AnomalyRegister empty(String source) {
        return new AnomalyRegister(source, List.of());
    }
}
