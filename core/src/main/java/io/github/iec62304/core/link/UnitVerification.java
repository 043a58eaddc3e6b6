package io.github.iec62304.core.link;

import io.github.iec62304.core.model.ClassCRecord;
import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.UnitCriteria;
import java.util.List;

/**
 * One software unit with everything its verification is judged on (IEC 62304 5.5.2-5.5.5).
 *
 * @param id                  unit id (a declared id, or the top-level class name)
 * @param item                the item it belongs to
 * @param safetyClass         the item's effective class
 * @param classes             its class files' binary names, sorted
 * @param criteria            acceptance criteria in force, or {@code null} for class A (no unit gate)
 * @param overrideRationale   why the criteria deviate from the plan, or {@code null}
 * @param instructions        bytecode instructions summed over its classes (whether it has code)
 * @param lines               line coverage summed over its classes
 * @param branches            branch coverage summed over its classes
 * @param testClasses         its own test classes (naming convention and mapping), sorted
 * @param tests               the reported test cases of those classes, sorted
 * @param testClassesNotRun   own test classes with no result in this build
 * @param classC              its 5.5.4 record (the unit's, else its item's), or {@code null}
 */
public record UnitVerification(String id, SoftwareItem item, SafetyClass safetyClass, List<String> classes,
                               UnitCriteria criteria, String overrideRationale, Counter instructions, Counter lines,
                               Counter branches,
                               List<String> testClasses, List<TestCaseResult> tests, List<String> testClassesNotRun,
                               ClassCRecord classC) {

    public UnitVerification {
        classes = List.copyOf(classes);
        testClasses = List.copyOf(testClasses);
        tests = List.copyOf(tests);
        testClassesNotRun = List.copyOf(testClassesNotRun);
    }

    /** @return {@code true} when the unit has executable code (not only interfaces or constants) */
    public boolean hasCode() {
        return instructions.total() > 0;
    }

    /** @return how messages name the unit: {@code unit com.acme.Dose (class C, item DOSING)} */
    public String subject() {
        return "unit " + id + " (class " + safetyClass + ", item " + item.id() + ")";
    }
}
