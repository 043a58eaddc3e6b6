package io.github.iec62304.core.read.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.iec62304.core.read.StrictYaml;
import java.io.IOException;

/** One {@code tests:} entry as written, with its own line (a requirement's selectors span several lines). */
@JsonDeserialize(using = SelectorEntry.Reader.class)
record SelectorEntry(String text, int line) {

    /** Reads a scalar with the line it stands on; anything else is a type error with its line. */
    static final class Reader extends JsonDeserializer<SelectorEntry> {
        @Override
        public SelectorEntry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isScalarValue()) {
                return (SelectorEntry) ctxt.handleUnexpectedToken(String.class, p);
            }
            return new SelectorEntry(p.getText(), StrictYaml.line(p.currentTokenLocation()));
        }
    }
}
