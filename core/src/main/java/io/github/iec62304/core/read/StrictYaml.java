package io.github.iec62304.core.read;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The team's regulated YAML files ({@code src/iec62304/*.yaml}): a mapping of top-level lists whose elements are
 * records. Strict (unknown fields, duplicate keys, wrong types are errors), literal (one document, UTF-8, no
 * anchors or aliases: see {@link YamlStructure}), bounded (size), and every problem is an {@link InputException}
 * naming the file, the line and the field. The caller validates meaning. The whole stream is read, so a caller
 * digesting it hashes the whole file.
 */
public final class StrictYaml {

    private static final int MAX_ALIASES = 20;
    private static final int MAX_CODE_POINTS = 16 * 1024 * 1024;
    private static final int MAX_BYTES = 4 * MAX_CODE_POINTS;

    /** A value and the line where its mapping starts. */
    public record Located<T>(T value, int line) {
    }

    /**
     * One top-level list field.
     *
     * @param name     the field, e.g. {@code requirements}
     * @param singular how one element is named in messages, e.g. {@code requirement}
     * @param type     the record type of an element
     * @param required the fields an element must have, as a phrase, e.g. {@code id, title and text}
     */
    public record ListField<T>(String name, String singular, Class<T> type, String required) {
    }

    /** SnakeYAML's limits, for the structure check and for Jackson's parser alike (before {@link #MAPPER}). */
    private static final LoaderOptions LOADER_OPTIONS = loaderOptions();

    /** One mapper for every register and thread: configured once, then only read (Jackson's mappers are
     * thread-safe), so its deserializers for the register records are built once per build, not once per file. */
    private static final ObjectMapper MAPPER = strictMapper();

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }

    private static ObjectMapper strictMapper() {
        YAMLFactory yaml = YAMLFactory.builder().loaderOptions(LOADER_OPTIONS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        ObjectMapper mapper = new ObjectMapper(yaml)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        // "field:" with nothing after it means absent, whatever the field's type (the starter register writes
        // empty fields for a person to fill)
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
        // "-" with nothing after it is an element that names nothing: an error with its line, never a null element
        // that a reader would crash on or skip
        mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        return mapper;
    }

    /**
     * @param in           the file
     * @param source       its name in messages
     * @param fields       the top-level lists the file may have, in the order a message names them
     * @param topLevelHint what to say after an unknown top-level field, e.g. {@code the file has: items, units}
     * @return each top-level list present, by field name (absent fields are absent)
     */
    public Map<String, List<Located<?>>> read(InputStream in, String source, List<ListField<?>> fields,
                                               String topLevelHint) {
        String text = YamlStructure.check(YamlText.decode(bytes(in, source), source), source, LOADER_OPTIONS);
        Map<String, Integer> fieldLines = new HashMap<>();
        try (JsonParser p = new FieldLines(MAPPER.createParser(text), fieldLines)) {
            return readTopLevel(p, source, fields, topLevelHint);
        } catch (UnrecognizedPropertyException e) {
            // Jackson reports an unknown field of a record only at the end of the mapping: name its own line
            throw new InputException(source, fieldLines.getOrDefault(e.getPropertyName(), line(e.getLocation())),
                    describe(e, fields), e);
        } catch (JsonProcessingException e) {
            throw new InputException(source, line(e.getLocation()), describe(e, fields), e);
        } catch (IOException e) {
            throw new InputException(source, 0, "cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof InputException) {
                throw e;
            }
            // SnakeYAML reports limits (alias bombs, oversized files) as unchecked exceptions
            throw new InputException(source, 0, "is not valid YAML: " + YamlProblem.firstLine(e.getMessage()), e);
        }
    }

    /** The whole file, bounded: SnakeYAML's own limit counts characters, which are at most 4 bytes each. */
    private static byte[] bytes(InputStream in, String source) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InputException(source, 0, "is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MiB; a register this large cannot be reviewed: split it or check what wrote it");
            }
            return bytes;
        } catch (IOException e) {
            throw new InputException(source, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    private Map<String, List<Located<?>>> readTopLevel(JsonParser p, String source, List<ListField<?>> fields,
                                                       String topLevelHint) throws IOException {
        String first = fields.get(0).name();
        JsonToken token = p.nextToken();
        if (token == null) {
            throw new InputException(source, 0, "the file is empty; it must start with '" + first + ":'");
        }
        if (token != JsonToken.START_OBJECT) {
            throw new InputException(source, line(p.currentTokenLocation()),
                    "expected a mapping that starts with '" + first + ":'");
        }
        Map<String, ListField<?>> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        Map<String, List<Located<?>>> result = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int line = line(p.currentTokenLocation());
            p.nextToken();
            ListField<?> field = byName.get(name);
            if (field == null) {
                throw new InputException(source, line, "unknown top-level field '" + name + "'; " + topLevelHint);
            }
            result.put(name, readList(p, source, field));
        }
        return result;
    }

    private List<Located<?>> readList(JsonParser p, String source, ListField<?> field) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InputException(source, line(p.currentTokenLocation()), "field '" + field.name()
                    + "' must be a list of " + field.name() + " (each item starts with '- id:')");
        }
        List<Located<?>> result = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int line = line(p.currentTokenLocation());
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new InputException(source, line, "each " + field.singular() + " must be a mapping with "
                        + field.required());
            }
            result.add(new Located<>(MAPPER.readValue(p, field.type()), line));
        }
        return result;
    }

    private static String describe(JsonProcessingException e, List<ListField<?>> fields) {
        if (e instanceof UnrecognizedPropertyException u) {
            Class<?> owner = u.getReferringClass();
            String whose = fields.stream().filter(f -> f.type() == owner)
                    .map(f -> article(f.singular()) + f.singular()).findFirst()
                    .orElseGet(() -> "'" + parentField(u) + "'");
            return "unknown field '" + u.getPropertyName() + "'; " + whose + " has: " + componentNames(owner);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            JsonMappingException.Reference last = m.getPath().get(m.getPath().size() - 1);
            if (last.getFieldName() != null) {
                return "field '" + last.getFieldName() + "' has the wrong type (expected "
                        + expected(last.getFrom(), last.getFieldName()) + ")";
            }
            if (m.getPath().size() >= 2 && m.getPath().get(m.getPath().size() - 2).getFieldName() != null) {
                JsonMappingException.Reference list = m.getPath().get(m.getPath().size() - 2);
                return "an element of field '" + list.getFieldName() + "' has the wrong type (expected "
                        + expectedElement(list.getFrom(), list.getFieldName()) + ")";
            }
            return "a value has the wrong type";
        }
        return "is not valid YAML: " + YamlProblem.firstLine(e.getOriginalMessage());
    }

    /** @return "an " before a vowel sound ("an item"), else "a " ("a unit", "a requirement") */
    private static String article(String noun) {
        return "aeio".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ";
    }

    private static String parentField(UnrecognizedPropertyException u) {
        List<JsonMappingException.Reference> path = u.getPath();
        for (int i = path.size() - 2; i >= 0; i--) { // an element of a list: name the list, not its index
            if (path.get(i).getFieldName() != null) {
                return path.get(i).getFieldName();
            }
        }
        return u.getReferringClass().getSimpleName();
    }

    private static String componentNames(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return components == null ? "" : Arrays.stream(components).map(RecordComponent::getName)
                .collect(Collectors.joining(", "));
    }

    /** How a message names the type a record field expects. */
    private static String expected(Object owner, String field) {
        Class<?> type = owner instanceof Class<?> c ? c : owner == null ? null : owner.getClass();
        RecordComponent[] components = type == null ? null : type.getRecordComponents();
        if (components != null) {
            for (RecordComponent c : components) {
                if (c.getName().equals(field)) {
                    return expected(c.getGenericType());
                }
            }
        }
        return "another type";
    }

    /** How a message names the element type of a record's list field. */
    private static String expectedElement(Object owner, String field) {
        Class<?> type = owner instanceof Class<?> c ? c : owner == null ? null : owner.getClass();
        RecordComponent[] components = type == null ? null : type.getRecordComponents();
        if (components != null) {
            for (RecordComponent c : components) {
                if (c.getName().equals(field) && c.getGenericType() instanceof ParameterizedType p) {
                    return expected(p.getActualTypeArguments()[0]);
                }
            }
        }
        return "another type";
    }

    private static String expected(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return "a list, e.g. [A-1, A-2]";
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return "a mapping of names to text";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return type instanceof Class<?> c && c.isRecord() ? "a mapping" : "another type";
    }

    /** Turns one list element into a domain value; throws {@link InputException} for bad content. */
    @FunctionalInterface
    public interface Converter<E, R> {
        R convert(E element, int line);
    }

    /**
     * Converts the elements of a list in file order and refuses a key seen before.
     *
     * @param elements  the list as {@link #read} returned it
     * @param convert   element (of the list field's type) and its line to the value
     * @param key       the value's unique key
     * @param duplicate the message for a key seen before, given the key and the line that has it first
     * @param source    the file, as named in messages
     */
    @SuppressWarnings("unchecked")
    public static <E, R> List<R> unique(List<Located<?>> elements, Converter<E, R> convert,
                                        java.util.function.Function<R, String> key,
                                        java.util.function.BiFunction<String, Integer, String> duplicate,
                                        String source) {
        List<R> result = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Located<?> element : elements) {
            R value = convert.convert((E) element.value(), element.line());
            Integer previous = firstLine.putIfAbsent(key.apply(value), element.line());
            if (previous != null) {
                throw new InputException(source, element.line(), duplicate.apply(key.apply(value), previous));
            }
            result.add(value);
        }
        return result;
    }

    /** @return the 1-based line of a location, 0 when unknown */
    public static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }

    /** Remembers the line where each field name was last read. */
    private static final class FieldLines extends JsonParserDelegate {
        private final Map<String, Integer> lines;

        FieldLines(JsonParser parser, Map<String, Integer> lines) {
            super(parser);
            this.lines = lines;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            if (token == JsonToken.FIELD_NAME) {
                lines.put(currentName(), line(currentTokenLocation()));
            }
            return token;
        }

        @Override
        public String nextFieldName() throws IOException {
            return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
        }

        @Override
        public boolean nextFieldName(SerializableString name) throws IOException {
            return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
        }
    }
}
