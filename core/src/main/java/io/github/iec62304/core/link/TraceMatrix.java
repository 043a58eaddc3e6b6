package io.github.iec62304.core.link;

import io.github.iec62304.core.model.CodeLink;
import java.util.List;

/**
 * Requirements linked to code and tests.
 *
 * @param rows     one per requirement, in catalog order
 * @param dangling annotation ids that name no requirement in the catalog, sorted
 */
public record TraceMatrix(List<RequirementTrace> rows, List<CodeLink> dangling) {

    public TraceMatrix {
        rows = List.copyOf(rows);
        dangling = List.copyOf(dangling);
    }
}
