package io.github.iec62304.core.model.conformity;

import io.github.iec62304.core.model.SafetyClass;
import java.util.List;
import java.util.Set;

/**
 * One clause or sub-clause of IEC 62304:2006+A1:2015 in the conformity table.
 *
 * @param number   the clause number, e.g. {@code 5.1.1}
 * @param title    what it asks for, paraphrased (never the standard's text)
 * @param classes  the safety classes it applies to (IEC 62304 Table A.1)
 * @param rules    the ids of the rules that decide it, in the order reported; empty when no build can decide it
 * @param record   the record the team keeps for what the rules cannot judge (e.g. {@code software development
 *                 plan}), or {@code null} when the rules decide all of it
 * @param evidence the bundle files that show the result, e.g. {@code trace-matrix.json}
 */
public record Clause(String number, String title, Set<SafetyClass> classes, List<String> rules, String record,
                     List<String> evidence) {

    public Clause {
        classes = Set.copyOf(classes);
        rules = List.copyOf(rules);
        evidence = List.copyOf(evidence);
    }

    /** @return whether the clause applies to software of this class */
    public boolean appliesTo(SafetyClass safetyClass) {
        return classes.contains(safetyClass);
    }

    /** @return the classes it applies to, e.g. {@code B, C} */
    public String classNames() {
        return classes.stream().sorted().map(Enum::name).reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** @return the clause group it belongs to, e.g. {@code 5.1} for {@code 5.1.1} and {@code 6} for {@code 6.1} */
    public String group() {
        int dot = number.lastIndexOf('.');
        return number.substring(0, dot);
    }
}
