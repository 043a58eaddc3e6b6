package io.github.iec62304.core.evaluate.trace;

import io.github.iec62304.core.evaluate.Evidence;

/** When the upward trace rules apply: the catalog declares system requirements. */
final class SystemRequirementsDeclared {

    private SystemRequirementsDeclared() {
    }

    /** @return why the upward trace rules do not apply, or {@code null} when they do */
    static String whyNot(Evidence evidence) {
        return evidence.catalog().declaresSystemRequirements() ? null : evidence.catalog().source()
                + " declares no systemRequirements, so parents are free text";
    }
}
