package io.github.iec62304.core.model;

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
 */
public record Requirement(String id, String title, String text, SafetyClass safetyClass,
                          List<String> riskControls, List<String> parents, int line) {

    public Requirement {
        riskControls = List.copyOf(riskControls);
        parents = List.copyOf(parents);
    }

    /** The class that governs this requirement: its own, else the system's. */
    public SafetyClass effectiveClass(SafetyClass systemClass) {
        return safetyClass != null ? safetyClass : systemClass;
    }
}
