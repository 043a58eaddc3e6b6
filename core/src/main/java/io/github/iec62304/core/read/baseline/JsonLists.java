package io.github.iec62304.core.read.baseline;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.iec62304.core.read.OneJsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a bundle JSON file streamed, in memory that does not grow with the file: each element of the named
 * top-level lists is handed over as a small tree of only the fields the caller wants, the moment it is read; every
 * other field (messages, report names, times) is skipped unread. A test record of hundreds of megabytes is read
 * with what its test keys take, not with a tree of the whole file.
 */
final class JsonLists {

    /**
     * What to take from the elements of one top-level list.
     *
     * @param fields the fields of an element to keep
     * @param sink   receives each element (an element that is not an object arrives as an empty object)
     */
    record Take(Set<String> fields, Consumer<ObjectNode> sink) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLists() {
    }

    /**
     * @param in    the file
     * @param lists what to take, by top-level field
     * @return the kind of value of every top-level field (a list or object not taken is skipped, not read)
     * @throws IOException when the file is not one JSON object, nothing after it (Jackson's exception names the
     *                     line)
     */
    static Map<String, JsonToken> read(InputStream in, Map<String, Take> lists) throws IOException {
        Map<String, JsonToken> kinds = new HashMap<>();
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken kind = p.nextToken();
                kinds.put(field, kind);
                Take take = lists.get(field);
                if (take != null && kind == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        take.sink().accept(element(p, take.fields()));
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new JsonParseException(p, "the JSON object does not end", p.currentTokenLocation());
            }
            OneJsonValue.requireEnd(p, "the JSON object (a bundle file holds one JSON value)");
        }
        return kinds;
    }

    private static ObjectNode element(JsonParser p, Set<String> fields) throws IOException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return node;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (fields.contains(field)) {
                node.set(field, (JsonNode) p.readValueAsTree());
            } else {
                p.skipChildren();
            }
        }
        return node;
    }
}
