package io.github.iec62304.core.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * One file of the bundle, written as a stream: the files of a large project are tens or hundreds of MB (the SOUP
 * list and the index of an SBOM of 100,000 components, the SBOM copy), so they go to the staging file as they are
 * rendered and are never held whole in memory.
 */
@FunctionalInterface
interface BundleFile {

    /** Writes the file's bytes; does not close {@code out}. */
    void writeTo(OutputStream out) throws IOException;

    /** @return the file's bytes, for the small files and for tests */
    static byte[] bytes(BundleFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            file.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
