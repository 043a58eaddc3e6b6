package io.github.iec62304.plugin;

import io.github.iec62304.core.SoupSettings;
import io.github.iec62304.core.link.SoupLinker;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.soup.SoupFiles;
import io.github.iec62304.core.write.SoupRegisterStarter;
import io.github.iec62304.core.write.UnsafeBundlePathException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes starter SOUP register entries for every shipped component the register does not cover yet, pre-filled
 * from the SBOM (title, manufacturer, version, website, issue tracker), with the fields only a person can fill
 * marked {@code TO FILL}. Never overwrites the register: creates it when absent, else writes the missing entries
 * to {@code additionsFile}. Run it after a build that wrote the SBOM: {@code mvn package iec62304:soup-register}.
 */
@Mojo(name = "soup-register", threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
public class SoupRegisterMojo extends AbstractSoupMojo {

    /** Where the missing entries go when the register already exists. */
    @Parameter(property = "iec62304.soupAdditionsFile",
            defaultValue = "${project.build.directory}/iec62304-soup-additions.yaml")
    private java.io.File additionsFile;

    @Override
    protected void run() throws MojoExecutionException {
        quietSchemaValidator();
        SoupSettings settings = soupSettings();
        Path basedir = project.getBasedir().toPath();
        try {
            SoupFiles.Read read = SoupFiles.read(basedir, settings, p -> label(basedir, p), true, null);
            SoupModel soup = SoupLinker.link(read.sbom(), read.register(), settings.resolvedScopes(),
                    settings.ownModules(), LocalDate.now(ZoneOffset.UTC), settings.reviewMaxAge());
            SoupRegisterStarter.Result result = SoupRegisterStarter.write(soup, soupRegister.toPath(),
                    additionsFile.toPath());
            if (result.file() == null) {
                getLog().info("Every shipped component (" + soup.shipped().size() + ") has an entry in "
                        + label(basedir, soupRegister.toPath()) + ". Nothing written.");
            } else if (result.created()) {
                getLog().info("Wrote " + label(basedir, result.file()) + " with " + result.entries() + " starter "
                        + "entries. Fill every field marked TO FILL.");
            } else {
                getLog().info(result.entries() + " shipped component(s) have no entry in "
                        + label(basedir, soupRegister.toPath()) + "; their starter entries are in "
                        + label(basedir, result.file()) + ". Your register was not changed: copy them in and fill "
                        + "every field marked TO FILL.");
            }
        } catch (InputException | UnsafeBundlePathException | UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    private static String label(Path basedir, Path path) {
        Path abs = basedir.resolve(path).toAbsolutePath().normalize();
        return (abs.startsWith(basedir.toAbsolutePath()) ? basedir.toAbsolutePath().relativize(abs) : abs)
                .toString().replace('\\', '/');
    }
}
