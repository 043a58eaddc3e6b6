package io.github.iec62304.core;

import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.project.ProjectInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one run of the gates reads and writes. Relative paths are resolved against {@code projectDir}.
 *
 * @param projectDir        the project's base directory; paths in messages and the bundle are relative to it
 * @param project           what the evidence says about the build
 * @param safetyClass       the system's class, or {@code null} when none is declared (then C, clause 4.3)
 * @param requirementsFile  the requirements catalog
 * @param classDirectories  compiled production and test classes
 * @param reportDirectories surefire and failsafe report directories
 * @param ruleLevels        rule id to level override ({@code ERROR}, {@code WARN}, {@code OFF}, {@code B=WARN,...})
 * @param evidenceDirectory the bundle directory
 * @param bundleFile        the bundle zip
 */
public record CheckSettings(Path projectDir, ProjectInfo project, SafetyClass safetyClass, Path requirementsFile,
                            List<Path> classDirectories, List<Path> reportDirectories, Map<String, String> ruleLevels,
                            Path evidenceDirectory, Path bundleFile) {

    public CheckSettings {
        classDirectories = List.copyOf(classDirectories);
        reportDirectories = List.copyOf(reportDirectories);
        ruleLevels = Map.copyOf(ruleLevels);
    }

    /** @return the declared class, else C */
    public SafetyClass effectiveClass() {
        return safetyClass != null ? safetyClass : SafetyClass.DEFAULT;
    }

    /** @return the path relative to the project directory with {@code /}, or as given when outside it */
    public String label(Path path) {
        Path abs = projectDir.resolve(path).normalize();
        Path base = projectDir.toAbsolutePath().normalize();
        Path shown = abs.toAbsolutePath().startsWith(base) ? base.relativize(abs.toAbsolutePath()) : abs;
        return shown.toString().replace('\\', '/');
    }
}
