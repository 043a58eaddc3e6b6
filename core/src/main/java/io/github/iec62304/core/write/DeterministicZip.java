package io.github.iec62304.core.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip whose bytes depend only on its entries and the build timestamp: entries sorted by name, every entry
 * time set to the timestamp as a DOS time in UTC (no time zone, no extra timestamp fields), fixed compression.
 */
final class DeterministicZip {

    /** Entry time when the project sets no {@code project.build.outputTimestamp}: 1980-01-01T00:00:02Z. */
    static final Instant NO_TIMESTAMP = Instant.parse("1980-01-01T00:00:02Z");

    private DeterministicZip() {
    }

    static byte[] zip(SortedMap<String, byte[]> entries, Instant timestamp) {
        LocalDateTime time = LocalDateTime.ofInstant(timestamp == null ? NO_TIMESTAMP : timestamp, ZoneOffset.UTC);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(time);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}
