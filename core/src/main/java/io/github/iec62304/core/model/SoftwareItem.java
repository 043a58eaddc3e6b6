package io.github.iec62304.core.model;

import java.util.List;

/**
 * A software item of the architecture (IEC 62304 5.3.1): a part of the system with its own safety class.
 *
 * @param id          unique id
 * @param title       short title
 * @param safetyClass declared class, or {@code null} to inherit the system's
 * @param rationale   why a class below the system's is acceptable (segregation, 4.3), or {@code null}
 * @param packages    packages it owns, each with its subpackages
 * @param classes     class patterns it owns
 * @param criteria    justified override of the pom criteria for its units, or {@code null}
 * @param classC      default 5.5.4 record for its units, or {@code null}
 * @param line        line in architecture.yaml, 0 for the implicit system item
 * @param modules     modules of a multi-module device whose every production class it owns (by artifactId)
 */
public record SoftwareItem(String id, String title, SafetyClass safetyClass, String rationale, List<String> packages,
                           List<ClassPattern> classes, CriteriaOverride criteria, ClassCRecord classC, int line,
                           List<String> modules) {

    /** An item that owns code by package and class pattern only. */
    public SoftwareItem(String id, String title, SafetyClass safetyClass, String rationale, List<String> packages,
                        List<ClassPattern> classes, CriteriaOverride criteria, ClassCRecord classC, int line) {
        this(id, title, safetyClass, rationale, packages, classes, criteria, classC, line, List.of());
    }

    /** Id of the one item the system is when no architecture is declared. */
    public static final String SYSTEM = "SYSTEM";

    public SoftwareItem {
        packages = List.copyOf(packages);
        classes = List.copyOf(classes);
        modules = List.copyOf(modules);
    }

    /** @return the class that governs the item: its own, else the system's */
    public SafetyClass effectiveClass(SafetyClass systemClass) {
        return safetyClass != null ? safetyClass : systemClass;
    }

    /** @return {@code true} when the top-level class belongs to this item */
    public boolean owns(String topLevelClass) {
        return ownsPackage(packageOf(topLevelClass)) || ownsByPattern(topLevelClass);
    }

    /** @return {@code true} when the item owns every class of the module ({@code null}: a single-module build) */
    public boolean ownsModule(String module) {
        return module != null && modules.contains(module);
    }

    /** @return {@code true} when the item owns every class of this package (one of its packages, or below one) */
    public boolean ownsPackage(String pkg) {
        for (String p : packages) {
            if (p.isEmpty() || pkg.equals(p) || pkg.startsWith(p + ".")) {
                return true;
            }
        }
        return false;
    }

    /** @return {@code true} when one of the item's class patterns matches the top-level class */
    public boolean ownsByPattern(String topLevelClass) {
        return classes.stream().anyMatch(c -> c.matches(topLevelClass));
    }

    /** @return the package of a class name, {@code ""} for the default package */
    public static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
