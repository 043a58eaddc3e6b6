package io.github.iec62304.plugin;

import io.github.iec62304.core.DeviceModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * The device gate of a multi-module device: every gate of {@code check}, judged once for the device as a whole, in
 * a dedicated module that depends on every device module (the pattern of {@code jacoco:report-aggregate}). Maven
 * builds that module after every module it depends on, also with {@code -T}, so every module's classes, test
 * reports and execution data exist when the gate reads them. One catalog, one verdict, one evidence bundle attached
 * to this module with classifier {@code iec62304-evidence}. See the site page "Multi-module devices".
 */
@Mojo(name = "check-aggregate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class CheckAggregateMojo extends AbstractCheckMojo {

    /**
     * Reactor modules that are not device software (build tools, test fixtures, documentation), by artifactId or
     * {@code groupId:artifactId}; comma-separated on the command line. Every other module of the reactor that is not
     * {@code pom} packaging must be a dependency of this module, or the build fails naming it.
     */
    @Parameter(property = "iec62304.excludedModules")
    private List<String> excludedModules;

    @Override
    protected Layout layout() throws MojoExecutionException {
        List<MavenProject> all = session.getAllProjects() == null ? session.getProjects() : session.getAllProjects();
        List<MavenProject> projects = ReactorModules.of(project, all, session.getProjects(), excludedModules);
        if (projects.isEmpty()) {
            throw new MojoExecutionException("The device gate in " + project.getArtifactId() + " sees no device "
                    + "module: it has no code of its own and depends on no module of this reactor. Build the device "
                    + "from its reactor root (mvn verify there, or mvn -f <root>/pom.xml verify): built alone, "
                    + project.getArtifactId() + " gets its modules from the repository, not from this build. Or add "
                    + "the device's modules as dependencies of " + project.getArtifactId() + ".");
        }
        List<MavenProject> withAggregate = new ArrayList<>(projects);
        if (!withAggregate.contains(project)) {
            withAggregate.add(project);
        }
        Map<String, List<String>> upstream = ReactorModules.upstream(projects);
        List<DeviceModule> modules = new ArrayList<>();
        for (MavenProject p : projects) {
            String target = p.getBuild().getDirectory();
            modules.add(new DeviceModule(p.getArtifactId(), Path.of(p.getBuild().getOutputDirectory()),
                    Path.of(p.getBuild().getTestOutputDirectory()),
                    List.of(Path.of(target, "surefire-reports"), Path.of(target, "failsafe-reports")),
                    List.of(Path.of(target, "jacoco.exec"), Path.of(target, "jacoco-it.exec")),
                    upstream.get(p.getArtifactId()), sourceRoots(p)));
        }
        return new Layout(ReactorModules.root(project, all), modules, withAggregate);
    }
}
