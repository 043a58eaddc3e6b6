package io.github.iec62304.core.validation;

import io.github.iec62304.core.read.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;

/**
 * A jar of the tool as it runs: where its classes were loaded from and the sha256 of that jar, so the record says
 * exactly which build of the tool was validated.
 *
 * @param role     what it is ({@code plugin}, {@code core})
 * @param location the jar's path, or where the classes came from
 * @param sha256   the jar's digest, or {@code null} when the classes were not loaded from a jar file (a build's
 *                 classes directory: nothing shippable was validated)
 */
public record ToolArtifact(String role, String location, String sha256) {

    /** @return the jar {@code type} was loaded from */
    public static ToolArtifact of(String role, Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return new ToolArtifact(role, "unknown (no code source)", null);
        }
        Path path;
        try {
            path = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new ToolArtifact(role, source.getLocation().toString(), null);
        }
        String shown = path.toAbsolutePath().normalize().toString().replace('\\', '/');
        if (!Files.isRegularFile(path)) {
            return new ToolArtifact(role, shown, null);
        }
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return new ToolArtifact(role, shown, null);
        }
        return new ToolArtifact(role, shown, Sha256.hex(digest.digest()));
    }
}
