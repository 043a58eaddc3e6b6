package io.github.iec62304.core.link;

import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SystemRequirement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links the catalog's software requirements up to its system requirements (IEC 62304 5.1.1 c, 5.2.6): resolves every
 * {@code parents} id and rolls each system requirement up from the software requirements derived from it, directly
 * or through parent software requirements. Cycles among software requirements are followed once.
 */
public final class SystemTraceLinker {

    private SystemTraceLinker() {
    }

    /**
     * @param catalog the catalog
     * @param rows    the trace rows of its software requirements (with their verification in this build)
     * @return the upward trace; {@link SystemTrace#none()} when the catalog declares no system requirements
     */
    public static SystemTrace link(RequirementCatalog catalog, List<RequirementTrace> rows) {
        if (!catalog.declaresSystemRequirements()) {
            return SystemTrace.none();
        }
        List<SystemTrace.UnresolvedParent> unresolved = new ArrayList<>();
        Map<String, List<Requirement>> children = new HashMap<>(); // parent id -> requirements naming it
        for (Requirement r : catalog.requirements()) {
            for (String parent : r.parents()) {
                if (catalog.findSystem(parent).isEmpty() && catalog.find(parent).isEmpty()) {
                    unresolved.add(new SystemTrace.UnresolvedParent(r, parent));
                } else {
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r);
                }
            }
        }
        List<SystemRequirementTrace> result = new ArrayList<>();
        for (SystemRequirement s : catalog.systemRequirements()) {
            Set<String> derived = descendants(s.id(), children);
            result.add(new SystemRequirementTrace(s, rows.stream()
                    .filter(row -> derived.contains(row.requirement().id())).toList()));
        }
        return new SystemTrace(true, result, unresolved);
    }

    /** @return the ids of the software requirements below {@code id}, each once */
    private static Set<String> descendants(String id, Map<String, List<Requirement>> children) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            for (Requirement child : children.getOrDefault(todo.pop(), List.of())) {
                if (seen.add(child.id())) {
                    todo.push(child.id());
                }
            }
        }
        return seen;
    }
}
