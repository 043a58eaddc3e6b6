package io.github.iec62304.core.link;

import io.github.iec62304.core.model.SafetyClass;
import java.util.List;

/**
 * A production class that does not belong to exactly one item, or to exactly one unit of its item.
 *
 * @param className   the top-level class
 * @param kind        what is wrong
 * @param candidates  the items or units that claim it (empty for NO_ITEM and NO_UNIT)
 * @param itemId      its item, for unit problems; {@code null} otherwise
 * @param safetyClass the class that decides the rule level
 * @param module      the module of the class in a multi-module device, else {@code null}
 */
public record AssignmentProblem(String className, Kind kind, List<String> candidates, String itemId,
                                SafetyClass safetyClass, String module) {

    /** A problem of a single-module build. */
    public AssignmentProblem(String className, Kind kind, List<String> candidates, String itemId,
                             SafetyClass safetyClass) {
        this(className, kind, candidates, itemId, safetyClass, null);
    }

    /** What is wrong with a class's place in the architecture. */
    public enum Kind { NO_ITEM, SEVERAL_ITEMS, NO_UNIT, SEVERAL_UNITS }

    public AssignmentProblem {
        candidates = List.copyOf(candidates);
    }
}
