package io.github.iec62304.core.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A JSON input file holds one JSON value and nothing after it. Jackson stops at the end of the first value and
 * ignores the rest unless asked: a second object appended to {@code bom.json} or to a baseline's file (two
 * concatenated writes, a half-done merge) would be silently dropped, a false PASS of the same kind as a second YAML
 * document. Each JSON reader calls {@link #requireEnd} after its value.
 */
public final class OneJsonValue {

    private OneJsonValue() {
    }

    /**
     * @param p    the parser, on the last token of the file's value
     * @param what what ends there and why nothing may follow, for the message
     * @throws JsonParseException located at the first thing after the value (Jackson's own error when that is not
     *                            even JSON), with a message naming it
     */
    public static void requireEnd(JsonParser p, String what) throws JsonParseException {
        JsonLocation at;
        try {
            if (p.nextToken() == null) {
                return;
            }
            at = p.currentTokenLocation();
        } catch (JsonParseException e) {
            at = e.getLocation();
        } catch (java.io.IOException e) {
            at = p.currentLocation();
        }
        throw new JsonParseException(p, "content after the end of " + what, at);
    }

    /** @return the 1-based line where Jackson found the problem, or 0 when it does not say */
    public static int line(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }
}
