package io.github.iec62304.core.validation;

import java.util.List;

/**
 * One reference case in the validation record.
 *
 * @param name        the case
 * @param description what it shows
 * @param integrity   why its files are not the shipped ones ({@code not the shipped case: ...}); empty when they are
 * @param expected    what the case expects, or {@code null} when its definition could not be read
 * @param actual      what the check reported, or {@code null} when it could not be run
 * @param differences every way the actual outcome differs from the expected one, or why the case could not run
 */
public record CaseResult(String name, String description, List<String> integrity, Outcome expected, Outcome actual,
                         List<String> differences) {

    public CaseResult {
        integrity = List.copyOf(integrity);
        differences = List.copyOf(differences);
    }

    /** @return whether the case is the shipped one and the check gave exactly the expected outcome */
    public boolean passed() {
        return integrity.isEmpty() && differences.isEmpty() && expected != null && actual != null;
    }
}
