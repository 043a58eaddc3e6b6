package io.github.iec62304.core;

import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.evaluate.regression.SoupChangeRule;
import io.github.iec62304.core.link.SoupLinker;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.model.soup.Vex;
import io.github.iec62304.core.read.soup.SoupFiles;
import io.github.iec62304.core.write.BundleAttachment;
import java.util.List;
import java.util.Map;

/**
 * The SOUP register and the SBOM, each read on a thread of its own while the check reads everything else (they
 * depend on nothing else read), then joined. The SBOM is required where a SOUP rule is in force (SOUP-CHANGE only
 * when a baseline is compared); it is copied into the bundle as read. A problem with these files surfaces when
 * {@link #link} is called, so the check still reports problems in the order of its inputs.
 */
final class SoupRead {

    private final CheckSettings settings;
    private final ReadAhead<SoupFiles.RegisterRead> register;
    private final ReadAhead<SoupFiles.SbomRead> sbom;

    private SoupRead(CheckSettings settings, ReadAhead<SoupFiles.RegisterRead> register,
                     ReadAhead<SoupFiles.SbomRead> sbom) {
        this.settings = settings;
        this.register = register;
        this.sbom = sbom;
    }

    /** Starts reading, unless every SOUP rule is off: then the files are not read, so they cannot stop the build. */
    static SoupRead start(CheckSettings settings, RuleLevels levels) {
        boolean baseline = settings.release().baseline().kind() == ReleaseSettings.BaselineSource.Kind.BUNDLE;
        boolean required = Gates.all().stream().filter(r -> r.id().startsWith("SOUP-"))
                .filter(r -> baseline || !(r instanceof SoupChangeRule))
                .anyMatch(r -> levels.levelOf(r, settings.effectiveClass()) != Level.OFF);
        if (!required) {
            return new SoupRead(settings, null, null);
        }
        // each on its own thread: the register needs the YAML parser, the SBOM the JSON schema, both slow to start
        return new SoupRead(settings,
                ReadAhead.start(() -> SoupFiles.register(settings.projectDir(), settings.soup(), settings::label)),
                ReadAhead.start(() -> SoupFiles.sbom(settings.projectDir(), settings.soup(), settings::label, true,
                        settings.buildStart())));
    }

    /** @return whether the SOUP register is read (some SOUP rule is in force); else the model's register is empty */
    boolean registerRead() {
        return register != null;
    }

    /**
     * Waits for the files and joins register and SBOM.
     *
     * @param inputs      receives the files read, with digests
     * @param attachments receives the SBOM file, to copy as read, by bundle file name
     * @param warnings    receives what the log should say
     */
    SoupModel link(List<InputFile> inputs, Map<String, BundleAttachment> attachments, List<String> warnings) {
        SoupSettings soup = settings.soup();
        if (register == null) {
            return SoupModel.none(settings.label(soup.register()), settings.referenceDate().date(), soup.reviewMaxAge());
        }
        SoupFiles.RegisterRead registerRead = register.join();
        SoupFiles.SbomRead sbomRead = sbom.join();
        inputs.addAll(registerRead.inputs());
        inputs.addAll(sbomRead.inputs());
        warnings.addAll(sbomRead.warnings());
        if (sbomRead.sbom() != null) {
            attachments.put("sbom." + sbomRead.sbom().format(), new BundleAttachment(sbomRead.file(),
                    sbomRead.inputs().get(0).path(), sbomRead.sha256()));
        }
        SoupFiles.VexRead vexRead = SoupFiles.vex(settings.projectDir(), soup, settings::label);
        inputs.addAll(vexRead.inputs());
        SoupModel model = SoupLinker.link(sbomRead.sbom(), vexRead.vex(), registerRead.register(),
                soup.resolvedScopes(), soup.ownModules(), settings.referenceDate().date(), soup.reviewMaxAge());
        for (Vex.Statement s : model.vexUnmatched()) {
            warnings.add(vexRead.vex().source() + ":" + s.line() + ": " + s.id() + " names " + s.ref()
                    + ", which is no component of the SBOM; its analysis applies to nothing. Correct the reference"
                    + " (a bom-ref or purl of the SBOM) or remove the statement.");
        }
        return model;
    }

    /** Drops the read when the check stopped at an earlier problem. */
    void cancel() {
        if (register != null) {
            register.cancel();
            sbom.cancel();
        }
    }
}
