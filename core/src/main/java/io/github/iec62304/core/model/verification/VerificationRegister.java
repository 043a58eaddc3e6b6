package io.github.iec62304.core.model.verification;

import java.util.List;

/**
 * The executed verification records ({@code src/iec62304/verification-records.yaml}); empty when the project has
 * none.
 *
 * @param source  the file as named in messages
 * @param records the records, in file order
 */
public record VerificationRegister(String source, List<VerificationRecord> records) {

    public VerificationRegister {
        records = List.copyOf(records);
    }

    /** @return a register with no records */
    public static VerificationRegister empty(String source) {
        return new VerificationRegister(source, List.of());
    }
}
