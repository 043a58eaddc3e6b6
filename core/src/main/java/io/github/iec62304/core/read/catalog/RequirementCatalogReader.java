package io.github.iec62304.core.read.catalog;

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
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.read.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads the requirements catalog ({@code src/iec62304/requirements.yaml}):
 *
 * <pre>
 * requirements:
 *   - id: REQ-DOSE-001
 *     title: Dose from prescription
 *     text: The pump shall compute the hourly rate as dose / duration.
 *     safetyClass: C            # optional, default: the system class
 *     riskControls: [RC-01]     # optional
 *     parents: [SYS-004]        # optional
 * </pre>
 *
 * Every problem is an {@link InputException} naming the file, the line and the field. Aliases are limited so
 * an alias bomb fails fast.
 */
public final class RequirementCatalogReader {

    /** Ids: a letter or digit, then letters, digits and {@code . _ : -}. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

    private static final int MAX_ALIASES = 20;
    private static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

    private final ObjectMapper mapper;

    public RequirementCatalogReader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_CODE_POINTS);
        YAMLFactory yaml = YAMLFactory.builder().loaderOptions(options)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build(); // the caller still digests the rest
        this.mapper = new ObjectMapper(yaml)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    }

    /**
     * @param in     the catalog bytes (UTF-8)
     * @param source the file name to use in messages
     * @return the validated catalog
     * @throws InputException naming file, line and field for every kind of bad input
     */
    public RequirementCatalog read(InputStream in, String source) {
        Map<String, Integer> fieldLines = new HashMap<>();
        try (JsonParser p = new FieldLines(mapper.createParser(in), fieldLines)) {
            List<Requirement> requirements = readTopLevel(p, source);
            if (requirements.isEmpty()) {
                throw new InputException(source, 0, "the catalog declares no requirements; list them under "
                        + "'requirements:' (IEC 62304 5.2.1)");
            }
            return new RequirementCatalog(source, requirements);
        } catch (UnrecognizedPropertyException e) {
            // Jackson reports an unknown field of a record only at the end of the mapping: name its own line
            throw new InputException(source, fieldLines.getOrDefault(e.getPropertyName(), line(e.getLocation())),
                    describe(e), e);
        } catch (JsonProcessingException e) {
            throw new InputException(source, line(e.getLocation()), describe(e), e);
        } catch (IOException e) {
            throw new InputException(source, 0, "cannot be read: " + e, e);
        } catch (RuntimeException e) {
            if (e instanceof InputException) {
                throw e;
            }
            // SnakeYAML reports limits (alias bombs, oversized files) as unchecked exceptions
            throw new InputException(source, 0, "is not valid YAML: " + firstLine(e.getMessage()), e);
        }
    }

    private List<Requirement> readTopLevel(JsonParser p, String source) throws IOException {
        JsonToken token = p.nextToken();
        if (token == null) {
            throw new InputException(source, 0, "the file is empty; it must start with 'requirements:'");
        }
        if (token != JsonToken.START_OBJECT) {
            throw new InputException(source, line(p.currentTokenLocation()),
                    "expected a mapping that starts with 'requirements:'");
        }
        List<Requirement> requirements = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            int line = line(p.currentTokenLocation());
            p.nextToken();
            if (!"requirements".equals(field)) {
                throw new InputException(source, line, "unknown top-level field '" + field
                        + "'; the catalog has one field, 'requirements' (a list)");
            }
            requirements = readRequirements(p, source);
        }
        if (requirements == null) {
            throw new InputException(source, 0, "field 'requirements' is missing");
        }
        return requirements;
    }

    private List<Requirement> readRequirements(JsonParser p, String source) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InputException(source, line(p.currentTokenLocation()),
                    "field 'requirements' must be a list of requirements (each item starts with '- id:')");
        }
        List<Requirement> result = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int line = line(p.currentTokenLocation());
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new InputException(source, line, "each requirement must be a mapping with id, title and text");
            }
            Requirement r = validate(mapper.readValue(p, RequirementEntry.class), source, line);
            Integer previous = firstLine.putIfAbsent(r.id(), line);
            if (previous != null) {
                throw new InputException(source, line, "duplicate requirement id '" + r.id()
                        + "' (first defined at line " + previous + "); ids must be unique (IEC 62304 5.2.6)");
            }
            result.add(r);
        }
        return result;
    }

    private static Requirement validate(RequirementEntry e, String source, int line) {
        String id = required(e.id(), "'id'", source, line);
        if (!ID.matcher(id).matches()) {
            throw new InputException(source, line, "field 'id': '" + id + "' is not a valid id; use letters, "
                    + "digits and . _ : - (e.g. REQ-DOSE-001)");
        }
        String where = " of requirement " + id;
        String title = required(e.title(), "'title'" + where, source, line);
        String text = required(e.text(), "'text'" + where, source, line);
        SafetyClass safetyClass = null;
        if (e.safetyClass() != null) {
            try {
                safetyClass = SafetyClass.parse(e.safetyClass());
            } catch (IllegalArgumentException ex) {
                throw new InputException(source, line, "field 'safetyClass'" + where + ": " + ex.getMessage());
            }
        }
        return new Requirement(id, title, text, safetyClass, ids(e.riskControls(), "'riskControls'" + where, source,
                line), ids(e.parents(), "'parents'" + where, source, line), line);
    }

    /** @param field the field as it reads in a message, e.g. {@code 'title' of requirement REQ-1} */
    private static String required(String value, String field, String source, int line) {
        if (value == null || value.isBlank()) {
            throw new InputException(source, line, "field " + field + " is missing or empty");
        }
        return value.strip();
    }

    private static List<String> ids(List<String> values, String field, String source, int line) {
        if (values == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String v : values) {
            if (v == null || !ID.matcher(v.strip()).matches()) {
                throw new InputException(source, line, "field " + field + " contains an invalid id '" + v + "'");
            }
            result.add(v.strip());
        }
        return result;
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'; a requirement has: " + RequirementEntry.FIELDS;
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().get(m.getPath().size() - 1).getFieldName();
            if (field != null) {
                return "field '" + field + "' has the wrong type ("
                        + ("riskControls".equals(field) || "parents".equals(field) ? "expected a list of ids, "
                        + "e.g. [RC-01]" : "expected text") + ")";
            }
        }
        return "is not valid YAML: " + firstLine(e.getOriginalMessage());
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
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
