package io.github.iec62304.core.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests, computed while a reader streams its input so that each input is read only once. */
public final class Sha256 {

    private Sha256() {
    }

    /** @return a new SHA-256 digest (always available on a Java SE platform) */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JRE", e);
        }
    }

    /** @return lower-case hex of the bytes' digest */
    public static String of(byte[] bytes) {
        return hex(newDigest().digest(bytes));
    }

    /** @return lower-case hex */
    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /**
     * An input stream that feeds every byte it delivers into a digest. Closing it leaves the underlying stream
     * open: parsers close their input when they are done, but {@link #finish()} must still read the rest. The
     * caller closes the underlying stream.
     */
    public static final class DigestingStream extends FilterInputStream {
        private final MessageDigest digest = newDigest();

        public DigestingStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the owner of the underlying stream closes it, after finish()
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                digest.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                digest.update(buf, off, n);
            }
            return n;
        }

        /** Reads what the parser left unread (so the digest covers the whole file), then returns hex. */
        public String finish() throws IOException {
            byte[] rest = new byte[8192];
            while (read(rest, 0, rest.length) >= 0) {
                // drain
            }
            return hex(digest.digest());
        }
    }
}
