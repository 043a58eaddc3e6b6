package io.github.iec62304.core.model;

import io.github.iec62304.core.model.verification.VerificationMethod;
import java.util.List;

/**
 * One software requirement of the catalog.
 *
 * @param id           unique id, e.g. {@code REQ-DOSE-001}
 * @param title        short title
 * @param text         the requirement statement
 * @param safetyClass  declared class, or {@code null} to inherit the system class
 * @param riskControls ids of the risk control measures this requirement implements
 * @param parents      ids of system or parent requirements it refines
 * @param line         line in the catalog file where it starts (for messages)
 * @param verification the methods its verification plan names, each needing its own evidence; {@code [test]} when the
 *                     catalog names none
 * @param tests        {@code tests:} selectors of reported test cases that verify it (tests that cannot carry
 *                     {@code @Verifies}), in catalog order; usually empty
 */
public record Requirement(String id, String title, String text, SafetyClass safetyClass,
                          List<String> riskControls, List<String> parents, int line,
                          List<VerificationMethod> verification, List<TestSelector> tests) {

    /** The methods a requirement is verified by when its catalog entry names none: automated tests. */
    public static final List<VerificationMethod> DEFAULT_VERIFICATION = List.of(VerificationMethod.TEST);

    /** A requirement that declares no {@code tests:} selectors. */
    public Requirement(String id, String title, String text, SafetyClass safetyClass, List<String> riskControls,
                       List<String> parents, int line, List<VerificationMethod> verification) {
        this(id, title, text, safetyClass, riskControls, parents, line, verification, List.of());
    }

    /** A requirement verified by automated tests (the default plan). */
    public Requirement(String id, String title, String text, SafetyClass safetyClass, List<String> riskControls,
                       List<String> parents, int line) {
        this(id, title, text, safetyClass, riskControls, parents, line, DEFAULT_VERIFICATION);
    }

    public Requirement {
        riskControls = List.copyOf(riskControls);
        parents = List.copyOf(parents);
        verification = List.copyOf(verification);
        tests = List.copyOf(tests);
    }

    /** @return whether its plan calls for automated tests */
    public boolean verifiedByTests() {
        return verification.contains(VerificationMethod.TEST);
    }

    /** The class that governs this requirement: its own, else the system's. */
    public SafetyClass effectiveClass(SafetyClass systemClass) {
        return safetyClass != null ? safetyClass : systemClass;
    }
}
