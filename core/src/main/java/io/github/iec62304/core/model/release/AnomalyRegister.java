package io.github.iec62304.core.model.release;

import java.util.List;

/**
 * The known anomalies ({@code src/iec62304/anomalies.yaml}); empty when the project has none.
 *
 * @param source  the file, as named in messages (where records go, also when it does not exist)
 * @param records the records, in file order
 * @param present whether the file exists
 */
public record AnomalyRegister(String source, List<AnomalyRecord> records, boolean present) {

    public AnomalyRegister {
        records = List.copyOf(records);
    }

    /** A register read from its file. */
    public AnomalyRegister(String source, List<AnomalyRecord> records) {
        this(source, records, true);
    }

    /** @return the register of a project that has no anomaly file */
    public static AnomalyRegister empty(String source) {
        return new AnomalyRegister(source, List.of(), false);
    }
}
