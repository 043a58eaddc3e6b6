package io.github.iec62304.core.link;

import io.github.iec62304.core.model.Requirement;
import java.util.List;

/**
 * Upward traceability: the catalog's system requirements with the software requirements derived from them, and the
 * {@code parents} ids that name nothing. Empty when the catalog declares no system requirements (parents are then free
 * text and not checked).
 *
 * @param declared   whether the catalog declares system requirements
 * @param rows       one per system requirement, in catalog order
 * @param unresolved every parent id that names neither a system requirement nor another software requirement, in
 *                   catalog order
 */
public record SystemTrace(boolean declared, List<SystemRequirementTrace> rows, List<UnresolvedParent> unresolved) {

    public SystemTrace {
        rows = List.copyOf(rows);
        unresolved = List.copyOf(unresolved);
    }

    /** @return the upward trace of a catalog that declares no system requirements */
    public static SystemTrace none() {
        return new SystemTrace(false, List.of(), List.of());
    }

    /**
     * A {@code parents} id that resolves to nothing.
     *
     * @param requirement the software requirement that names it
     * @param parentId    the id as written
     */
    public record UnresolvedParent(Requirement requirement, String parentId) {
    }
}
