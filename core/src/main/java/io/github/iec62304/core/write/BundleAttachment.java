package io.github.iec62304.core.write;

import io.github.iec62304.core.read.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;

/**
 * An input file copied into the bundle as it was read (the SBOM): copied from disk when the bundle is written, not
 * held in memory (an SBOM of 100,000 components is 175 MB), and refused when its bytes are no longer those the check
 * read.
 *
 * @param file   the file, as read
 * @param label  how messages name it (relative to the project)
 * @param sha256 the SHA-256 (hex) of the bytes the check read
 */
public record BundleAttachment(Path file, String label, String sha256) {

    /**
     * Copies the file to {@code out}.
     *
     * @throws IOException when it cannot be read, or has changed since the check read it (then the copy in the
     *                     bundle would not be what the gates judged)
     */
    void copyTo(OutputStream out) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(out);
        }
        if (!Sha256.hex(digest.digest()).equals(sha256)) {
            throw new IOException(label + " changed while the check ran: its copy would not be the file the "
                    + "gates judged. Run the build again");
        }
    }
}
