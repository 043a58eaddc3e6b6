package io.github.iec62304.core;

import java.nio.file.Path;
import java.util.List;

/**
 * Where one module of the device keeps what the gates read. A single-module build is one unnamed module; a
 * multi-module device has one named module for each of its Maven modules (see the site page "Multi-module
 * devices"). Relative paths are resolved against the check's project directory.
 *
 * @param name                 the module's name (its artifactId), or {@code null} in a single-module build
 * @param classesDirectory     compiled production classes
 * @param testClassesDirectory compiled test classes
 * @param reportDirectories    surefire and failsafe report directories
 * @param coverageFiles        JaCoCo execution data files (those that exist are read)
 */
public record DeviceModule(String name, Path classesDirectory, Path testClassesDirectory,
                           List<Path> reportDirectories, List<Path> coverageFiles) {

    public DeviceModule {
        reportDirectories = List.copyOf(reportDirectories);
        coverageFiles = List.copyOf(coverageFiles);
    }
}
