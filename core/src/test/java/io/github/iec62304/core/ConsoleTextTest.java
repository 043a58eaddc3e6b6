package io.github.iec62304.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

class ConsoleTextTest {

    @Test
    void carriageReturnCannotOverprintALine() {
        assertEquals("expected 5\\u000D[INFO] BUILD SUCCESS", ConsoleText.line("expected 5\r[INFO] BUILD SUCCESS"));
    }

    @Verifies("TOOL-BUNDLE-ESCAPED")
    @Test
    void escapeSequencesBackspaceAndDeleteAreShownNotObeyed() {
        assertEquals("\\u001B[2K\\u001B[1Aok\\u0008\\u007F\\u0085\\u009B", ConsoleText.line("\u001B[2K\u001B[1Aok\b\u007F\u0085\u009B"));
    }

    @Test
    void bidirectionalOverridesAndIsolates() {
        assertEquals("REQ-\\u202E1-TSE\\u202C \\u2066x\\u2069 \\u200F", ConsoleText.line("REQ-\u202E1-TSE\u202C \u2066x\u2069 \u200F"));
    }

    @Test
    void oneLineHasNoLineFeed() {
        assertEquals("a\\u000Ab\\u000D\\u000Ac d", ConsoleText.line("a\nb\r\nc\td"));
    }

    @Test
    void severalLinesKeepTheirLineFeeds() {
        assertEquals("a\nb\nc\\u000Dd", ConsoleText.lines("a\nb\r\nc\rd"));
    }

    @Test
    void plainTextIsUnchanged() {
        String text = "UNIT-COVERAGE: unit Dosing: lines 45% < 80% (Zürich, 日本)";
        assertSame(text, ConsoleText.line(text));
    }
}
