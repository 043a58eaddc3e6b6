package io.github.iec62304.plugin;

import io.github.iec62304.core.ConsoleText;
import io.github.iec62304.core.ResolvedScopes;
import io.github.iec62304.core.SoupSettings;
import java.io.File;
import java.nio.file.Path;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals that read the SBOM share: the project, its resolved dependency scopes (which decide what ships)
 * and the SOUP parameters. Everything a goal says goes through one door to the log: {@link #getLog()} and the
 * message of the exception {@link #execute()} ends with have every control character neutralised, so no input
 * (a test failure message with a carriage return, an escape sequence in a register) can rewrite the terminal.
 */
public abstract class AbstractSoupMojo extends AbstractMojo {

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        try {
            run();
        } catch (MojoFailureException e) { // multi-line summaries keep their lines; Maven prints them as they are
            throw new MojoFailureException(ConsoleText.lines(e.getMessage()));
        } catch (MojoExecutionException e) { // one line, whatever a file name holds
            throw new MojoExecutionException(ConsoleText.line(e.getMessage()));
        }
    }

    /** What the goal does; its log and exception messages are neutralised by {@link #execute()}. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** @return Maven's log, every message made inert (see {@link ConsoleText}) */
    @Override
    public Log getLog() {
        return new NeutralisedLog(super.getLog());
    }

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /**
     * The CycloneDX SBOM (JSON or XML, spec 1.2-1.6) written by cyclonedx-maven-plugin. Default:
     * {@code target/bom.json}, else {@code target/bom.xml}.
     */
    @Parameter(property = "iec62304.sbomFile")
    private File sbomFile;

    /** The SOUP register. See the site page "SOUP" for its format. */
    @Parameter(property = "iec62304.soupRegister", defaultValue = "${project.basedir}/src/iec62304/soup.yaml")
    protected File soupRegister;

    /**
     * How old a SOUP anomaly review may be: {@code 12 months}, {@code 90 days} or an ISO period such as
     * {@code P12M}. Judged against the day a development build runs, and in a release build against the date of
     * {@code project.build.outputTimestamp} or of the git commit, whichever is later (both are fixed for the commit,
     * so a rebuild of the release judges the same way). A review dated more than a day after that date fails.
     */
    @Parameter(property = "iec62304.soupReviewMaxAge", defaultValue = "12 months")
    private String soupReviewMaxAge;

    /** Maven 3's SLF4J provider (slf4j-simple based) reads a logger's level from this system property. */
    static final String MAVEN3_LEVEL = "org.slf4j.simpleLogger.log.com.networknt.schema";
    /**
     * Maven 4's provider (maven-logging) reads it from this one, and warns about the Maven 3 name on every logger it
     * creates ("SLF4J(W): Using deprecated property ..."), five times per build: noise in the user's log.
     */
    static final String MAVEN4_LEVEL = "maven.logger.log.com.networknt.schema";

    /**
     * The schema validator inside cyclonedx-core-java logs "Unknown keyword meta:enum" and "Unknown keyword
     * deprecated" as warnings on every SBOM it validates; they are harmless (keywords of the CycloneDX schema it
     * does not know) but read like problems in the build log. Maven's SLF4J provider reads a logger's level from a
     * system property when the logger is created, so it is set before the first SBOM is read, under the name the
     * running Maven reads (and only that name: the other one is what Maven 4 warns about).
     */
    protected static void quietSchemaValidator() {
        String property = levelProperty(runningOnMaven4());
        if (System.getProperty(property) == null) {
            System.setProperty(property, "error");
        }
    }

    /** @return the system property that sets the schema validator's log level on this Maven */
    static String levelProperty(boolean maven4) {
        return maven4 ? MAVEN4_LEVEL : MAVEN3_LEVEL;
    }

    /** @return whether Maven 4's API is visible to the plugin: it exists only in Maven 4 */
    static boolean runningOnMaven4() {
        try {
            Class.forName("org.apache.maven.api.Session", false, AbstractSoupMojo.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** @return the SOUP settings of this project */
    protected SoupSettings soupSettings() throws MojoExecutionException {
        return soupSettings(List.of(project));
    }

    /**
     * @param modules the projects whose dependencies ship with the device (this project, or every module of a
     *                multi-module device): a component ships when one of them ships it
     * @return the SOUP settings of this build
     */
    protected SoupSettings soupSettings(List<MavenProject> modules) throws MojoExecutionException {
        List<Path> sboms = sbomFile != null ? List.of(sbomFile.toPath())
                : List.of(Path.of(project.getBuild().getDirectory(), "bom.json"),
                Path.of(project.getBuild().getDirectory(), "bom.xml"));
        // every artifact of a component counts: a test-scope tests jar must not hide the shipped jar
        ResolvedScopes scopes = new ResolvedScopes();
        for (MavenProject module : modules) {
            for (Artifact a : module.getArtifacts()) {
                scopes.add(a.getGroupId(), a.getArtifactId(), a.getScope());
            }
        }
        Set<String> own = new HashSet<>();
        own.add(project.getGroupId() + ":" + project.getArtifactId());
        if (session != null) {
            session.getProjects().forEach(p -> own.add(p.getGroupId() + ":" + p.getArtifactId()));
            session.getAllProjects().forEach(p -> own.add(p.getGroupId() + ":" + p.getArtifactId()));
        }
        Period maxAge;
        try {
            maxAge = SoupSettings.parseAge(soupReviewMaxAge);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid <soupReviewMaxAge> (iec62304.soupReviewMaxAge): "
                    + e.getMessage());
        }
        Path buildDir = Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
        boolean writtenByBuild = sboms.get(0).toAbsolutePath().normalize().startsWith(buildDir);
        return new SoupSettings(sboms, soupRegister.toPath(), scopes.asMap(), own, maxAge, writtenByBuild);
    }
}
