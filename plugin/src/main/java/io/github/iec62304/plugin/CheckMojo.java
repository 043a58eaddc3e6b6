package io.github.iec62304.plugin;

import io.github.iec62304.core.DeviceModule;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs every IEC 62304 gate on this project, writes the evidence bundle and attaches it with classifier
 * {@code iec62304-evidence}, then fails the build when a rule at level ERROR is violated, listing every violation.
 * Unusable input or configuration is a BUILD ERROR that names the file or parameter; nothing is written then. For a
 * device of several Maven modules, use {@code check-aggregate} (site page "Multi-module devices").
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class CheckMojo extends AbstractCheckMojo {

    /**
     * JaCoCo execution data files. Default: {@code target/jacoco.exec} and {@code target/jacoco-it.exec}; those
     * that exist are read. None while class B or C units exist is a BUILD ERROR.
     */
    @Parameter
    private List<File> coverageFiles;

    /** Compiled production classes, scanned for {@code @Implements} and analysed for coverage. */
    @Parameter(property = "iec62304.classesDirectory", defaultValue = "${project.build.outputDirectory}")
    private File classesDirectory;

    /** Compiled test classes, scanned for {@code @Verifies} and test methods. */
    @Parameter(property = "iec62304.testClassesDirectory", defaultValue = "${project.build.testOutputDirectory}")
    private File testClassesDirectory;

    /**
     * Directories holding surefire and failsafe {@code TEST-*.xml} reports. Default:
     * {@code target/surefire-reports} and {@code target/failsafe-reports}; a missing directory counts as empty,
     * so its tests count as not run.
     */
    @Parameter
    private List<File> reportsDirectories;

    @Override
    protected Layout layout() {
        List<Path> reports = new ArrayList<>();
        if (reportsDirectories == null || reportsDirectories.isEmpty()) {
            reports.add(Path.of(project.getBuild().getDirectory(), "surefire-reports"));
            reports.add(Path.of(project.getBuild().getDirectory(), "failsafe-reports"));
        } else {
            reportsDirectories.forEach(f -> reports.add(f.toPath()));
        }
        List<Path> coverage = coverageFiles == null || coverageFiles.isEmpty()
                ? List.of(Path.of(project.getBuild().getDirectory(), "jacoco.exec"),
                        Path.of(project.getBuild().getDirectory(), "jacoco-it.exec"))
                : coverageFiles.stream().map(File::toPath).toList();
        return new Layout(project.getBasedir().toPath(), List.of(new DeviceModule(null, classesDirectory.toPath(),
                testClassesDirectory.toPath(), reports, coverage, List.of(), sourceRoots(project))), List.of(project));
    }
}
