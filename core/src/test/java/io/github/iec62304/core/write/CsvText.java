package io.github.iec62304.core.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads a CSV the bundle wrote: asserts it starts with the UTF-8 byte order mark and returns the text after it. */
final class CsvText {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvText() {
    }

    static String of(byte[] csv) {
        assertArrayEquals(BOM, Arrays.copyOf(csv, Math.min(3, csv.length)), "a CSV starts with the UTF-8 BOM");
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    static List<String> lines(byte[] csv) {
        return of(csv).lines().toList();
    }

    /** The text of a bundle file: a CSV through {@link #of}, any other file as it is. */
    static String file(java.util.Map<String, byte[]> files, String name) {
        byte[] bytes = files.get(name);
        return name.endsWith(".csv") ? of(bytes) : new String(bytes, StandardCharsets.UTF_8);
    }
}
