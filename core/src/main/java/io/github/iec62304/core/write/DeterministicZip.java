package io.github.iec62304.core.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip written as its entries come, whose bytes depend only on the entries, their order and the build
 * timestamp: every entry time set to the timestamp as a DOS time in UTC (no time zone, no extra fields), fixed
 * compression level, sizes and CRC in the local headers (no data descriptors).
 *
 * <p>Entries are compressed by {@link #deflate} before they are added, on whichever thread renders them: the
 * bundle's files are compressed in parallel, and the thread that writes the zip only copies bytes. The JDK's
 * {@code ZipOutputStream} compresses on the thread that writes (one core for 157 MB on the benchmark's L project,
 * 1.8 s) and cannot take compressed entries, so this class writes the zip format itself (PKWARE APPNOTE 4.3, the
 * plain subset: no zip64, no encryption, deflate only), with the JDK's {@link Deflater} and {@link CRC32}.
 *
 * <p>The level is zlib's default (6), not 9: on the text files of the bundle 9 saves about 5% of the size and
 * costs twice the time (measured on the benchmark's L project: 157 MB of files, 8.4 vs 8.8 MB, 3.9 vs 1.8 s).
 */
final class DeterministicZip implements AutoCloseable {

    /** Entry time when the project sets no {@code project.build.outputTimestamp}: 1980-01-01T00:00:02Z. */
    static final Instant NO_TIMESTAMP = Instant.parse("1980-01-01T00:00:02Z");

    private static final int LEVEL = Deflater.DEFAULT_COMPRESSION;
    private static final int VERSION = 20; // 2.0: deflate
    private static final int UTF8_NAMES = 1 << 11;
    private static final int DEFLATED = 8;
    private static final long MAX_32 = 0xFFFF_FFFFL;
    private static final int MAX_ENTRIES = 0xFFFF;

    /** One file, compressed. */
    record Entry(long crc, long size, byte[] compressed) {
    }

    private final OutputStream out;
    private final int dosTime;
    private final int dosDate;
    private final ByteArrayOutputStream central = new ByteArrayOutputStream();
    private long offset;
    private int entries;

    /**
     * @param out       where the zip goes; closed with this zip
     * @param timestamp the build timestamp, or {@code null}
     */
    DeterministicZip(OutputStream out, Instant timestamp) {
        this.out = out;
        LocalDateTime t = LocalDateTime.ofInstant(timestamp == null ? NO_TIMESTAMP : timestamp, ZoneOffset.UTC);
        if (t.getYear() < 1980) { // the earliest DOS time, as the JDK writes it
            t = LocalDateTime.of(1980, 1, 1, 0, 0);
        }
        if (t.getYear() > 2107) {
            t = LocalDateTime.of(2107, 12, 31, 23, 59, 58);
        }
        this.dosTime = t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() >> 1;
        this.dosDate = (t.getYear() - 1980) << 9 | t.getMonthValue() << 5 | t.getDayOfMonth();
    }

    /** Compresses one file for {@link #add(String, Entry)}; thread-safe. */
    static Entry deflate(byte[] bytes) {
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(64, bytes.length / 8));
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return new Entry(crc.getValue(), bytes.length, compressed.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /**
     * Compresses one file from disk for {@link #add(String, Entry)}, streamed: the same bytes as {@link #deflate(byte[])}
     * of its content, without holding the content. Thread-safe.
     */
    static Entry deflate(Path file) throws IOException {
        Deflater deflater = new Deflater(LEVEL, true);
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(1 << 16);
            byte[] input = new byte[1 << 16];
            byte[] buffer = new byte[1 << 16];
            CRC32 crc = new CRC32();
            long size = 0;
            for (int n = in.read(input); n >= 0; n = in.read(input)) {
                crc.update(input, 0, n);
                size += n;
                deflater.setInput(input, 0, n);
                while (!deflater.needsInput()) {
                    compressed.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
            return new Entry(crc.getValue(), size, compressed.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /** Compresses and appends one entry. */
    void add(String name, byte[] bytes) throws IOException {
        add(name, deflate(bytes));
    }

    /** Appends one entry compressed by {@link #deflate}. */
    void add(String name, Entry entry) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        if (entry.size() > MAX_32 || entry.compressed().length > MAX_32 || offset > MAX_32
                || entries == MAX_ENTRIES) {
            throw new IOException(name + " does not fit a zip without zip64 (4 GiB, 65,535 entries)");
        }
        ByteArrayOutputStream local = new ByteArrayOutputStream(30 + nameBytes.length);
        int32(local, 0x04034b50);
        header(local, entry, nameBytes);
        local.write(nameBytes);
        local.writeTo(out);
        out.write(entry.compressed());

        int32(central, 0x02014b50);
        int16(central, VERSION); // made by: MS-DOS attributes (none)
        header(central, entry, nameBytes);
        int16(central, 0); // comment length
        int16(central, 0); // disk number
        int16(central, 0); // internal attributes
        int32(central, 0); // external attributes
        int32(central, offset);
        central.write(nameBytes);

        offset += local.size() + entry.compressed().length;
        entries++;
    }

    /** The fields local and central headers share: version needed to the extra field's length. */
    private void header(ByteArrayOutputStream h, Entry entry, byte[] name) {
        int16(h, VERSION);
        int16(h, UTF8_NAMES);
        int16(h, DEFLATED);
        int16(h, dosTime);
        int16(h, dosDate);
        int32(h, entry.crc());
        int32(h, entry.compressed().length);
        int32(h, entry.size());
        int16(h, name.length);
        int16(h, 0); // extra field length
    }

    @Override
    public void close() throws IOException {
        try (out) {
            if (offset > MAX_32) {
                throw new IOException("the bundle does not fit a zip without zip64 (4 GiB)");
            }
            ByteArrayOutputStream end = new ByteArrayOutputStream(22);
            int32(end, 0x06054b50);
            int16(end, 0); // this disk
            int16(end, 0); // disk with the central directory
            int16(end, entries);
            int16(end, entries);
            int32(end, central.size());
            int32(end, offset);
            int16(end, 0); // comment length
            central.writeTo(out);
            end.writeTo(out);
        }
    }

    private static void int16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write(value >>> 8 & 0xFF);
    }

    private static void int32(ByteArrayOutputStream out, long value) {
        int16(out, (int) (value & 0xFFFF));
        int16(out, (int) (value >>> 16 & 0xFFFF));
    }
}
