package io.github.iec62304.core.evaluate;

import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.link.TraceMatrix;
import io.github.iec62304.core.link.UnitModel;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestRecord;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything the gates judge, read and linked. Later gates add their linked inputs here (units and coverage,
 * SOUP, baseline), so rules keep one signature.
 *
 * @param systemClass the software system's safety class
 * @param catalog     the requirements
 * @param scan        what the compiled classes declare
 * @param tests       the merged test results
 * @param trace       the trace matrix
 * @param units       the architecture linked to the code: units with coverage and tests
 * @param soup        the SBOM joined with the SOUP register
 */
public record Evidence(SafetyClass systemClass, RequirementCatalog catalog, CodeScan scan, TestRecord tests,
                       TraceMatrix trace, UnitModel units, SoupModel soup) {

    /** @return the safety classes present: the system's, and those of its requirements and items */
    public Set<SafetyClass> classesInPlay() {
        Set<SafetyClass> classes = EnumSet.of(systemClass);
        catalog.requirements().forEach(r -> classes.add(r.effectiveClass(systemClass)));
        units.architecture().items().forEach(i -> classes.add(i.effectiveClass(systemClass)));
        return classes;
    }
}
