package io.github.iec62304.core.link;

import io.github.iec62304.core.model.CodeLink;
import java.util.List;

/**
 * Requirements linked to code and tests.
 *
 * @param rows     one per requirement, in catalog order
 * @param dangling annotation ids that name no requirement in the catalog, sorted
 * @param records  the executed verification records, judged (each row holds those that name it)
 * @param systems  the system requirements rolled up from the rows, and the parent ids that name nothing
 */
public record TraceMatrix(List<RequirementTrace> rows, List<CodeLink> dangling, VerificationModel records,
                          SystemTrace systems) {

    /** A matrix of a catalog that declares no system requirements. */
    public TraceMatrix(List<RequirementTrace> rows, List<CodeLink> dangling, VerificationModel records) {
        this(rows, dangling, records, SystemTrace.none());
    }

    /** A matrix of tests only. */
    public TraceMatrix(List<RequirementTrace> rows, List<CodeLink> dangling) {
        this(rows, dangling, VerificationModel.none("src/iec62304/verification-records.yaml"));
    }

    public TraceMatrix {
        rows = List.copyOf(rows);
        dangling = List.copyOf(dangling);
    }
}
