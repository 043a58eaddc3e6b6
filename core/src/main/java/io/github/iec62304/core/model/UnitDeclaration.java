package io.github.iec62304.core.model;

import java.util.List;

/**
 * A software unit declared in the architecture (IEC 62304 5.4.1); undeclared units default to one per top-level
 * class.
 *
 * @param id       unique id
 * @param itemId   the item it belongs to
 * @param classes  class patterns it owns (top-level classes, with their nested classes)
 * @param tests    test classes mapped to it beyond the naming convention
 * @param criteria justified override of the criteria, or {@code null}
 * @param classC   its 5.5.4 record, or {@code null} to use the item's
 * @param line     line in architecture.yaml
 */
public record UnitDeclaration(String id, String itemId, List<ClassPattern> classes, List<String> tests,
                              CriteriaOverride criteria, ClassCRecord classC, int line) {

    public UnitDeclaration {
        classes = List.copyOf(classes);
        tests = List.copyOf(tests);
    }
}
