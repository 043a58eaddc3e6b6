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
 * @param upstream             the device modules it depends on: its tests run their code too, so its reports are
 *                             stale when one of them was compiled after the tests ran
 * @param sourceRoots          the module's production and test source roots: where CI reports point for a finding
 *                             about an annotated class or method (none known: such findings have no location)
 */
public record DeviceModule(String name, Path classesDirectory, Path testClassesDirectory,
                           List<Path> reportDirectories, List<Path> coverageFiles, List<String> upstream,
                           List<Path> sourceRoots) {

    /** A module whose source roots are not known. */
    public DeviceModule(String name, Path classesDirectory, Path testClassesDirectory, List<Path> reportDirectories,
                        List<Path> coverageFiles, List<String> upstream) {
        this(name, classesDirectory, testClassesDirectory, reportDirectories, coverageFiles, upstream, List.of());
    }

    /** A module that depends on no other module of the device. */
    public DeviceModule(String name, Path classesDirectory, Path testClassesDirectory, List<Path> reportDirectories,
                        List<Path> coverageFiles) {
        this(name, classesDirectory, testClassesDirectory, reportDirectories, coverageFiles, List.of());
    }

    public DeviceModule {
        reportDirectories = List.copyOf(reportDirectories);
        coverageFiles = List.copyOf(coverageFiles);
        upstream = List.copyOf(upstream);
        sourceRoots = List.copyOf(sourceRoots);
    }
}
