package io.github.iec62304.plugin;

import io.github.iec62304.core.model.UnitCriteria;

/**
 * The unit acceptance criteria of one safety class as written in the pom ({@code <classB>}, {@code <classC>}).
 * Fields left out keep the documented default of that class.
 */
public class UnitCriteriaParameter {

    /** Minimum line coverage of each unit: {@code 0.80} or {@code 80%}. */
    private String lineCoverage;

    /** Minimum branch coverage of each unit: {@code 0.70} or {@code 70%}. */
    private String branchCoverage;

    /** Whether every unit needs at least one test class of its own. */
    private Boolean ownTestRequired;

    /** Whether every test of a unit must have run and passed. */
    private Boolean testsMustPass;

    /**
     * @param defaults  the class's documented defaults
     * @param parameter the parameter name, for messages
     * @throws IllegalArgumentException naming the parameter and the accepted form
     */
    UnitCriteria toCriteria(UnitCriteria defaults, String parameter) {
        return new UnitCriteria(ratio(lineCoverage, defaults.lineCoverage(), parameter + "><lineCoverage"),
                ratio(branchCoverage, defaults.branchCoverage(), parameter + "><branchCoverage"),
                ownTestRequired != null ? ownTestRequired : defaults.ownTestRequired(),
                testsMustPass != null ? testsMustPass : defaults.testsMustPass());
    }

    private static double ratio(String text, double fallback, String name) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return UnitCriteria.parseRatio(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid <" + name + ">: " + e.getMessage());
        }
    }
}
