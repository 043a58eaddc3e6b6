package io.github.iec62304.core.link;

import io.github.iec62304.core.model.Architecture;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.UnitCriteria;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The architecture linked to the compiled code: each unit with its coverage and tests, and every class that
 * does not fit the declared structure.
 *
 * @param architecture the registry (declared or implicit)
 * @param registry     the registry file as named in messages
 * @param criteria     the plan's criteria for class B and C
 * @param units        every unit, sorted by id
 * @param problems     classes without exactly one item or unit, sorted by class
 * @param itemOfClass  top-level production class to its item (classes with exactly one item)
 */
public record UnitModel(Architecture architecture, String registry, Map<SafetyClass, UnitCriteria> criteria,
                        List<UnitVerification> units, List<AssignmentProblem> problems,
                        Map<String, SoftwareItem> itemOfClass) {

    public UnitModel {
        criteria = Map.copyOf(criteria);
        units = List.copyOf(units);
        problems = List.copyOf(problems);
        itemOfClass = Map.copyOf(itemOfClass);
    }

    /** @return the item of the class with this binary name (nested classes follow their top-level class) */
    public Optional<SoftwareItem> itemOf(String className) {
        int dollar = className.indexOf('$');
        return Optional.ofNullable(itemOfClass.get(dollar < 0 ? className : className.substring(0, dollar)));
    }
}
