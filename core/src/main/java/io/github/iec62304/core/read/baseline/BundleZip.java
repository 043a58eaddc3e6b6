package io.github.iec62304.core.read.baseline;

import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an evidence bundle zip as untrusted input, in one pass and without extracting anything to disk: refuses
 * entry names that would escape a folder (zip-slip), duplicate names, too many entries, and entries that are too
 * large or expand suspiciously much (zip bombs). Every entry is hashed; the entries named in {@code keep} are kept
 * in memory.
 */
final class BundleZip {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;
    static final int MAX_RATIO = 200;
    /** Below this size a high ratio is harmless (small, repetitive JSON compresses well). */
    static final long RATIO_FLOOR_BYTES = 1024 * 1024;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    /**
     * @param sha256 SHA-256 of every entry, by name
     * @param kept   the bytes of the kept entries, by name
     */
    record Content(Map<String, String> sha256, Map<String, byte[]> kept) {
    }

    private BundleZip() {
    }

    static Content read(InputStream raw, String label, Set<String> keep) {
        CountingStream counted = new CountingStream(raw);
        Map<String, String> hashes = new LinkedHashMap<>();
        Map<String, byte[]> kept = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            ZipEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                checkName(name, label);
                if (hashes.containsKey(name)) {
                    throw new InputException(label, 0, "holds the entry '" + name + "' twice; a bundle written by "
                            + "this plugin never does (tampered)");
                }
                if (hashes.size() >= MAX_ENTRIES) {
                    throw new InputException(label, 0, "has more than " + MAX_ENTRIES + " entries; not an evidence "
                            + "bundle");
                }
                MessageDigest digest = Sha256.newDigest();
                ByteArrayOutputStream out = keep.contains(name) ? new ByteArrayOutputStream() : null;
                long size = 0;
                long compressedStart = counted.count;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                        throw new InputException(label, 0, "entry '" + name + "' is larger than the limit ("
                                + (size > MAX_ENTRY_BYTES ? MAX_ENTRY_BYTES : MAX_TOTAL_BYTES) / (1024 * 1024)
                                + " MiB); not an evidence bundle (zip bomb?)");
                    }
                    long compressed = Math.max(1, counted.count - compressedStart);
                    if (size > RATIO_FLOOR_BYTES && size / compressed > MAX_RATIO) {
                        throw new InputException(label, 0, "entry '" + name + "' expands more than " + MAX_RATIO
                                + " times its compressed size; refused as a zip bomb");
                    }
                    digest.update(buffer, 0, n);
                    if (out != null) {
                        out.write(buffer, 0, n);
                    }
                }
                hashes.put(name, Sha256.hex(digest.digest()));
                if (out != null) {
                    kept.put(name, out.toByteArray());
                }
            }
        } catch (ZipException e) {
            throw new InputException(label, 0, "is not a readable zip: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(label, 0, "cannot be read: " + e.getMessage(), e);
        }
        if (hashes.isEmpty()) {
            throw new InputException(label, 0, "is not an evidence bundle: not a zip, or an empty one");
        }
        return new Content(hashes, kept);
    }

    /** Refuses names that a careless extractor would write outside its folder. */
    private static void checkName(String name, String label) {
        boolean escapes = name.isEmpty() || name.startsWith("/") || name.contains("\\") || DRIVE.matcher(name).matches()
                || name.contains("\0");
        for (String segment : name.split("/", -1)) {
            escapes |= segment.equals("..");
        }
        if (escapes) {
            throw new InputException(label, 0, "holds the entry '" + name.replace("\0", "\\0") + "', whose name "
                    + "escapes the bundle folder (zip-slip); refused, nothing extracted");
        }
    }

    /** Counts the compressed bytes the zip reader consumes. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
