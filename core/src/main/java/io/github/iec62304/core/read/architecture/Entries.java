package io.github.iec62304.core.read.architecture;

import java.util.List;
import java.util.Map;

/** The architecture registry exactly as written, before validation. */
final class Entries {

    private Entries() {
    }

    record Item(String id, String title, String safetyClass, String rationale, List<String> modules,
                List<String> packages, List<String> classes, Criteria criteria, ClassC classC) {
    }

    record Unit(String id, String item, List<String> classes, List<String> tests, Criteria criteria, ClassC classC) {
    }

    record Criteria(String lineCoverage, String branchCoverage, Boolean ownTestRequired, Boolean testsMustPass,
                    String rationale) {
    }

    record ClassC(List<String> applicable, Map<String, String> notApplicable) {
    }
}
