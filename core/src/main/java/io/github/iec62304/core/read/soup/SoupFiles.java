package io.github.iec62304.core.read.soup;

import io.github.iec62304.core.SoupSettings;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.model.soup.Sbom;
import io.github.iec62304.core.model.soup.SoupRegister;
import io.github.iec62304.core.model.soup.Vex;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.Sha256;
import io.github.iec62304.core.read.sbom.SbomReader;
import io.github.iec62304.core.read.sbom.VexReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Finds and reads the SOUP register and the SBOM, each once, for the check and for the starter register. */
public final class SoupFiles {

    /**
     * @param register  the register (empty when the file does not exist)
     * @param sbom      the SBOM, or {@code null} when none exists
     * @param inputs    the files read, with digests
     * @param warnings  what the log should say (a possibly stale SBOM)
     */
    public record Read(SoupRegister register, Sbom sbom, List<InputFile> inputs, List<String> warnings) {
    }

    /**
     * @param register the register (empty when the file does not exist)
     * @param inputs   the file read, with its digest (none when it does not exist)
     */
    public record RegisterRead(SoupRegister register, List<InputFile> inputs) {
    }

    /**
     * @param sbom     the SBOM, or {@code null} when none exists
     * @param file     the SBOM file read, to copy into the evidence (from disk: its bytes are not kept), or
     *                 {@code null}
     * @param sha256   the SHA-256 of the bytes read, which the copy must match, or {@code null}
     * @param inputs   the file read, with its digest
     * @param warnings what the log should say (a possibly stale SBOM)
     */
    public record SbomRead(Sbom sbom, Path file, String sha256, List<InputFile> inputs, List<String> warnings) {
    }

    /**
     * @param vex    the VEX, or {@code null} when none is configured
     * @param inputs the file read, with its digest
     */
    public record VexRead(Vex vex, List<InputFile> inputs) {
    }

    private SoupFiles() {
    }

    /**
     * @param projectDir the project directory
     * @param settings   where the VEX is, if anywhere
     * @param label      how a path is named in messages and the manifest
     * @throws InputException when a VEX is configured but missing or unreadable
     */
    public static VexRead vex(Path projectDir, SoupSettings settings, Function<Path, String> label) {
        if (settings.vexFile() == null) {
            return new VexRead(null, List.of());
        }
        Path file = projectDir.resolve(settings.vexFile());
        String vexLabel = label.apply(file);
        if (!Files.isRegularFile(file)) {
            throw new InputException(vexLabel, 0, "does not exist: <vexFile> (iec62304.vexFile) names a CycloneDX "
                    + "JSON VEX file; correct the path or remove the parameter");
        }
        try (InputStream raw = Files.newInputStream(file);
             Sha256.DigestingStream in = new Sha256.DigestingStream(raw)) {
            Vex vex = VexReader.read(in, vexLabel);
            return new VexRead(vex, List.of(new InputFile(vexLabel, in.finish(), 1)));
        } catch (IOException e) {
            throw new InputException(vexLabel, 0, "cannot be read: " + e, e);
        }
    }

    /**
     * Reads the register, then the SBOM.
     *
     * @param projectDir   the project directory
     * @param settings     where the files are
     * @param label        how a path is named in messages and the manifest
     * @param sbomRequired whether a missing SBOM is an error
     * @param buildStart   when the build started, or {@code null}
     */
    public static Read read(Path projectDir, SoupSettings settings, Function<Path, String> label,
                            boolean sbomRequired, Instant buildStart) {
        RegisterRead register = register(projectDir, settings, label);
        SbomRead sbom = sbom(projectDir, settings, label, sbomRequired, buildStart);
        List<InputFile> inputs = new ArrayList<>(register.inputs());
        inputs.addAll(sbom.inputs());
        return new Read(register.register(), sbom.sbom(), inputs, sbom.warnings());
    }

    /**
     * @param projectDir the project directory
     * @param settings   where the register is
     * @param label      how a path is named in messages and the manifest
     */
    public static RegisterRead register(Path projectDir, SoupSettings settings, Function<Path, String> label) {
        String registerLabel = label.apply(settings.register());
        Path registerFile = projectDir.resolve(settings.register());
        if (!Files.exists(registerFile)) {
            return new RegisterRead(new SoupRegister(registerLabel, List.of()), List.of());
        }
        try (InputStream raw = Files.newInputStream(registerFile);
             Sha256.DigestingStream in = new Sha256.DigestingStream(raw)) {
            SoupRegister register = new SoupRegisterReader().read(in, registerLabel);
            return new RegisterRead(register, List.of(new InputFile(registerLabel, in.finish(), 1)));
        } catch (IOException e) {
            throw new InputException(registerLabel, 0, "cannot be read: " + e, e);
        }
    }

    /**
     * @param projectDir   the project directory
     * @param settings     where the SBOM is looked for
     * @param label        how a path is named in messages and the manifest
     * @param sbomRequired whether a missing SBOM is an error
     * @param buildStart   when the build started, or {@code null}
     */
    public static SbomRead sbom(Path projectDir, SoupSettings settings, Function<Path, String> label,
                                boolean sbomRequired, Instant buildStart) {
        List<String> warnings = new ArrayList<>();
        Path sbomFile = settings.sbomFiles().stream().map(projectDir::resolve).filter(Files::isRegularFile)
                .findFirst().orElse(null);
        if (sbomFile == null) {
            if (sbomRequired) {
                throw new InputException(settings.sbomFiles().isEmpty() ? "sbomFile"
                        : label.apply(settings.sbomFiles().get(0)), 0, "no CycloneDX SBOM. Add "
                        + "cyclonedx-maven-plugin's makeBom goal (phase package, outputFormat json) to the build; note "
                        + "that mvn -o (offline) skips it silently. Or point <sbomFile> at your SBOM.");
            }
            return new SbomRead(null, null, null, List.of(), warnings);
        }
        String sbomLabel = label.apply(sbomFile);
        // streamed (a JSON SBOM is never held whole: 175 MB for 100,000 components), digested on the way
        try (InputStream raw = Files.newInputStream(sbomFile);
             Sha256.DigestingStream in = new Sha256.DigestingStream(raw)) {
            if (settings.sbomWrittenByBuild() && buildStart != null
                    && Files.getLastModifiedTime(sbomFile).toInstant().isBefore(buildStart)) {
                warnings.add(sbomLabel + " was written before this build started: it may be stale (mvn -o skips "
                        + "cyclonedx-maven-plugin without a word). Run mvn clean verify online.");
            }
            Sbom sbom = SbomReader.read(in, sbomLabel);
            String sha256 = in.finish();
            return new SbomRead(sbom, sbomFile, sha256, List.of(new InputFile(sbomLabel, sha256, 1)), warnings);
        } catch (IOException e) {
            throw new InputException(sbomLabel, 0, "cannot be read: " + e, e);
        }
    }
}
