package io.github.iec62304.plugin;

import io.github.iec62304.core.ConsoleText;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.reqif.CatalogMerge;
import io.github.iec62304.core.reqif.ImportReport;
import io.github.iec62304.core.reqif.ReqifImport;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports the requirements of a ReqIF file exported by a requirements management tool (DOORS, Polarion, codebeamer,
 * or this plugin's {@code requirements.reqif}) into the requirements catalog: requirements the catalog lacks are
 * appended at the end of its {@code requirements:} list; titles and texts that differ are shown as a diff and, by
 * default, left as the catalog has them. Everything else the team wrote (comments, field order, safety classes, risk
 * controls, parents, verification plans, other requirements, system requirements) stays byte for byte. The merged
 * catalog is read back with the strict catalog reader before it replaces the file (atomically); when it would not
 * read back as intended, nothing is written. Run it on its own: {@code mvn iec62304:reqif-import
 * -Diec62304.reqifFile=export.reqif}.
 */
@Mojo(name = "reqif-import", threadSafe = true)
public class ReqifImportMojo extends AbstractMojo {

    /** The ReqIF file to import (ReqIF 1.0.1, {@code .reqif}; unzip a {@code .reqifz} first). */
    @Parameter(property = "iec62304.reqifFile", required = true)
    private File reqifFile;

    /** The requirements catalog to merge into; the same file (and property) as the check's. */
    @Parameter(property = "iec62304.requirementsFile", defaultValue = "${project.basedir}/src/iec62304/requirements.yaml")
    private File requirementsFile;

    /**
     * The attribute (by its LONG-NAME in the ReqIF file) whose value is the catalog id. {@code ReqIF.ForeignID} is
     * the standard one; name a tool's own id attribute when its export carries the catalog id there instead.
     */
    @Parameter(property = "iec62304.reqifIdAttribute", defaultValue = "ReqIF.ForeignID")
    private String idAttribute;

    /**
     * Whether titles and texts that differ are written into the catalog (each field's lines replaced in place). By
     * default they are only reported: the catalog is a controlled design input, and the tool's text has lost its
     * formatting on the way, so a person decides.
     */
    @Parameter(property = ImportReport.APPLY_PROPERTY, defaultValue = "false")
    private boolean applyChanges;

    /** The project directory: messages name the files relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException {
        Path base = basedir.toPath();
        String catalog = label(base, requirementsFile.toPath());
        String reqif = label(base, reqifFile.toPath());
        CatalogMerge.Result result;
        try {
            result = ReqifImport.run(reqifFile.toPath(), reqif, idAttribute, requirementsFile.toPath(), catalog,
                    applyChanges);
        } catch (InputException e) {
            throw new MojoExecutionException(ConsoleText.line(e.getMessage()));
        }
        Log log = getLog();
        for (String line : ImportReport.lines(result, catalog, reqif)) {
            if (line.startsWith("WARN ")) {
                log.warn(line.substring(5));
            } else {
                log.info(line);
            }
        }
    }

    @Override
    public Log getLog() {
        return new NeutralisedLog(super.getLog());
    }

    private static String label(Path basedir, Path path) {
        Path abs = basedir.resolve(path).toAbsolutePath().normalize();
        return (abs.startsWith(basedir.toAbsolutePath()) ? basedir.toAbsolutePath().relativize(abs) : abs)
                .toString().replace('\\', '/');
    }
}
