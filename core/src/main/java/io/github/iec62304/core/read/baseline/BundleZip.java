package io.github.iec62304.core.read.baseline;

import io.github.iec62304.core.read.CountingInputStream;
import io.github.iec62304.core.read.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an evidence bundle zip as untrusted input, in one pass and without extracting anything to disk: refuses
 * entry names that would escape a folder (zip-slip), duplicate names, too many entries, and entries that are too
 * large or expand suspiciously much (zip bombs). Every entry is hashed; the entries that have a reader are parsed
 * while they stream past (nothing is buffered whole, so memory does not grow with an entry's size), and what their
 * reader finds wrong is kept until the caller has checked the manifest: a tampered entry is reported as tampered,
 * not as whatever its parser stumbled on.
 */
final class BundleZip {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;
    static final int MAX_RATIO = 200;
    /** Below this size a high ratio is harmless (small, repetitive JSON compresses well). */
    static final long RATIO_FLOOR_BYTES = 1024 * 1024;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    /** Parses one entry from its stream; an {@link InputException} it throws is reported after the manifest. */
    interface EntryReader {
        Object read(InputStream entry) throws IOException;
    }

    /**
     * @param sha256 SHA-256 of every entry, by name
     * @param read   what the readers returned, by entry name
     * @param failed what the readers found wrong, by entry name
     */
    record Content(Map<String, String> sha256, Map<String, Object> read, Map<String, InputException> failed) {

        /** @return what the entry's reader returned; throws what it found wrong, or that the entry is missing */
        Object value(String name, String label) {
            if (failed.containsKey(name)) {
                throw failed.get(name);
            }
            if (!read.containsKey(name)) {
                throw new InputException(label, 0, "has no " + name + "; not an evidence bundle of this plugin");
            }
            return read.get(name);
        }
    }

    private BundleZip() {
    }

    static Content read(InputStream raw, String label, Map<String, EntryReader> readers) {
        CountingInputStream counted = new CountingInputStream(raw);
        Map<String, String> hashes = new LinkedHashMap<>();
        Map<String, Object> read = new HashMap<>();
        Map<String, InputException> failed = new HashMap<>();
        long[] total = {0};
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            ZipEntry entry;
            while ((entry = nextEntry(zip, label)) != null) {
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
                EntryStream in = new EntryStream(zip, counted, total, name, label);
                EntryReader reader = readers.get(name);
                if (reader != null) {
                    try {
                        read.put(name, reader.read(in));
                    } catch (EntryStream.Refused e) {
                        throw e.error();
                    } catch (InputException e) {
                        failed.put(name, e);
                    } catch (IOException | RuntimeException e) {
                        failed.put(name, new InputException(label, 0, name + " cannot be read: " + e, e));
                    }
                }
                try {
                    in.transferTo(OutputStream.nullOutputStream()); // the rest, hashed and checked
                } catch (EntryStream.Refused e) {
                    throw e.error();
                }
                hashes.put(name, in.sha256());
            }
        } catch (ZipException e) {
            throw new InputException(label, 0, "is not a readable zip: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(label, 0, "cannot be read: " + e.getMessage(), e);
        }
        if (hashes.isEmpty()) {
            throw new InputException(label, 0, "is not an evidence bundle: not a zip, or an empty one");
        }
        return new Content(hashes, read, failed);
    }

    /** @return the next entry; an entry name that is not valid UTF-8 is refused as one line, not a stack trace */
    private static ZipEntry nextEntry(ZipInputStream zip, String label) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException e) { // JDK 17's decoder of a name flagged as UTF-8
            throw notUtf8(label, e);
        } catch (ZipException e) { // JDK 25 checks the name itself: "invalid LOC header (bad entry name)"
            if (e.getMessage() != null && e.getMessage().contains("bad entry name")) {
                throw notUtf8(label, e);
            }
            throw e;
        }
    }

    private static InputException notUtf8(String label, Exception cause) {
        return new InputException(label, 0, "is not a readable zip: an entry name is not valid UTF-8 (corrupt or"
                + " tampered)", cause);
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
}
