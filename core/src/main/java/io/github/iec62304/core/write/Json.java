package io.github.iec62304.core.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Deterministic JSON: maps keep insertion order, two-space indent and {@code \n} line ends on every platform
 * (Jackson's default indenter would use the platform's line separator).
 */
final class Json {

    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        WRITER = new ObjectMapper().writer(printer);
    }

    private Json() {
    }

    static byte[] bytes(Object tree) {
        try {
            // straight to UTF-8 bytes: no String of the whole file (the bundle files of a large project are tens
            // of MB, and a String built through char buffers costs several times that)
            // segmented buffer: no doubling copies of a growing array
            try (com.fasterxml.jackson.core.util.ByteArrayBuilder out = new com.fasterxml.jackson.core.util.ByteArrayBuilder()) {
                WRITER.writeValue(out, tree);
                out.write('\n');
                return out.toByteArray();
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence model is not serialisable", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return seconds rounded to milliseconds, so sums of doubles print without float noise */
    static BigDecimal seconds(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }
}
