package io.github.iec62304.core.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * Deterministic JSON of the bundle's trees (maps, in insertion order, lists and sets, text, numbers, booleans,
 * null): two-space indent and {@code \n} line ends on every platform (Jackson's default indenter would use the
 * platform's line separator).
 *
 * <p>Written with Jackson's streaming generator, not its {@code ObjectMapper}: the trees hold nothing a mapper
 * needs to introspect, and the mapper's serializers are some 100 more classes to load in every build and a
 * slower path on the files of a large project.
 */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultPrettyPrinter PRINTER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        PRINTER = new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private Json() {
    }

    /**
     * A list written element by element, each element's tree built only when it is written: the trees of a large
     * list (100,000 SOUP components, their violations) are never all in memory at once.
     *
     * @param items   the elements, in the order written
     * @param element the tree of one element
     */
    record Each<T>(Iterable<T> items, Function<T, Object> element) {

        private void write(JsonGenerator json) throws IOException {
            json.writeStartArray();
            for (T item : items) {
                Json.write(json, element.apply(item));
            }
            json.writeEndArray();
        }
    }

    static byte[] bytes(Object tree) {
        // straight to UTF-8 bytes in a segmented buffer: no String of the whole file and no doubling copies
        try (ByteArrayBuilder out = new ByteArrayBuilder()) {
            write(out, tree);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the tree and a final newline to {@code out}, streamed; does not close {@code out}. */
    static void write(OutputStream out, Object tree) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(PRINTER.createInstance());
            write(json, tree);
        }
        out.write('\n');
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName(e.getKey() instanceof Enum<?> key ? key.name() : String.valueOf(e.getKey()));
                write(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Each<?> each) {
            each.write(json);
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                write(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            json.writeNumber(i);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof Enum<?> e) {
            json.writeString(e.name());
        } else {
            throw new IllegalStateException("evidence JSON holds a " + value.getClass().getName());
        }
    }
}
