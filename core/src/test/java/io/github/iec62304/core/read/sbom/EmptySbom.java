package io.github.iec62304.core.read.sbom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A valid CycloneDX 1.6 SBOM with no component: what a project with no dependency ships. */
public final class EmptySbom {

    public static final String JSON = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,"
            + "\"components\":[]}";

    private EmptySbom() {
    }

    /** Writes it to {@code target/bom.json} of the project. */
    public static void writeTo(Path project) throws IOException {
        Files.createDirectories(project.resolve("target"));
        Files.writeString(project.resolve("target/bom.json"), JSON);
    }
}
