package io.github.iec62304.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.core.model.soup.SoupEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the risk extract names a runtime SOUP as change records do, {@code runtime:<name>}; before, only the
 * message form {@code runtime <name>} matched, so a correct cause was reported as a dangling reference.
 */
class SoupEntryNamedByTest {

    private static SoupEntry entry(String component, String runtime) {
        return new SoupEntry(component, runtime, "t", "m", null, "1", "f", "s", null, null, null, 1);
    }

    @Test
    void aRuntimeEntryIsNamedAsChangeRecordsNameIt() {
        SoupEntry jre = entry(null, "Eclipse Temurin JRE");
        assertEquals(List.of(true, false, false), List.of(jre.namedBy("runtime:Eclipse Temurin JRE"),
                jre.namedBy("runtime:Eclipse Temurin"), jre.namedBy("Eclipse Temurin JRE")));
        SoupEntry slf4j = entry("org.slf4j:slf4j-api", null);
        assertEquals(List.of(true, false), List.of(slf4j.namedBy("org.slf4j:slf4j-api"),
                slf4j.namedBy("runtime:org.slf4j:slf4j-api")));
    }
}
