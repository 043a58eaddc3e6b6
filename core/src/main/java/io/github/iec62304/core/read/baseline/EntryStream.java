package io.github.iec62304.core.read.baseline;

import io.github.iec62304.core.read.CountingInputStream;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.zip.ZipInputStream;

/**
 * One zip entry as it streams past: hashed, and refused the moment it grows beyond {@link BundleZip}'s limits
 * (size of the entry, of the whole zip, expansion ratio), whoever is reading it.
 */
final class EntryStream extends InputStream {

    /** A limit was exceeded: not the entry's reader's problem, the whole zip is refused at once. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final InputException error;

        Refused(InputException error) {
            super(error.getMessage(), null, false, false);
            this.error = error;
        }

        InputException error() {
            return error;
        }
    }

    private final ZipInputStream zip;
    private final CountingInputStream counted;
    private final long[] total;
    private final String name;
    private final String label;
    private final long compressedStart;
    private final MessageDigest digest = Sha256.newDigest();
    private long size;

    EntryStream(ZipInputStream zip, CountingInputStream counted, long[] total, String name, String label) {
        this.zip = zip;
        this.counted = counted;
        this.total = total;
        this.name = name;
        this.label = label;
        this.compressedStart = counted.count();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = zip.read(buffer, offset, length);
        if (n <= 0) {
            return n;
        }
        size += n;
        total[0] += n;
        if (size > BundleZip.MAX_ENTRY_BYTES || total[0] > BundleZip.MAX_TOTAL_BYTES) {
            throw new Refused(new InputException(label, 0, "entry '" + name + "' is larger than the limit ("
                    + (size > BundleZip.MAX_ENTRY_BYTES ? BundleZip.MAX_ENTRY_BYTES : BundleZip.MAX_TOTAL_BYTES)
                    / (1024 * 1024) + " MiB); not an evidence bundle (zip bomb?)"));
        }
        long compressed = Math.max(1, counted.count() - compressedStart);
        if (size > BundleZip.RATIO_FLOOR_BYTES && size / compressed > BundleZip.MAX_RATIO) {
            throw new Refused(new InputException(label, 0, "entry '" + name + "' expands more than "
                    + BundleZip.MAX_RATIO + " times its compressed size; refused as a zip bomb"));
        }
        digest.update(buffer, offset, n);
        return n;
    }

    @Override
    public void close() {
        // the zip's stream stays open for the next entry
    }

    /** @return the SHA-256 of the entry, once it has been read to its end */
    String sha256() {
        return Sha256.hex(digest.digest());
    }
}
