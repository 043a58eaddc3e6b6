package io.github.iec62304.core.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text of a YAML register: UTF-8 only, without the characters YAML forbids. Each refusal is an
 * {@link InputException} naming the line that holds the bad byte or character and saying what to do, so a team
 * never has to guess where an editor saved something invisible.
 */
final class YamlText {

    private static final String SAVE_AS_UTF8 = "save it as UTF-8";

    private YamlText() {
    }

    /**
     * @param bytes  the whole file
     * @param source the file, as named in messages
     * @return its text, without a leading UTF-8 byte order mark
     * @throws InputException when the file is not UTF-8 or holds a character YAML does not allow
     */
    static String decode(byte[] bytes, String source) {
        String wide = utf16Or32(bytes);
        if (wide != null) {
            throw new InputException(source, 0, "is saved as " + wide + "; " + SAVE_AS_UTF8
                    + " (registers are read as UTF-8 only)");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = utf8(bytes, start, source);
        requirePrintable(text, source);
        return text;
    }

    /** @return the encoding a byte order mark or the zero bytes of ASCII text in a wide encoding show, else null */
    private static String utf16Or32(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xFF : -1;
        int b1 = b.length > 1 ? b[1] & 0xFF : -1;
        int b2 = b.length > 2 ? b[2] & 0xFF : -1;
        int b3 = b.length > 3 ? b[3] & 0xFF : -1;
        if (b0 == 0 && b1 == 0 && (b2 == 0xFE && b3 == 0xFF || b2 == 0 && b3 > 0)
                || b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            return "UTF-32";
        }
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE || b0 == 0 && b1 > 0 || b0 > 0 && b1 == 0) {
            return "UTF-16";
        }
        return null;
    }

    private static String utf8(byte[] bytes, int start, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new InputException(source, lineAt(bytes, at), "is not valid UTF-8 here (byte "
                    + String.format(Locale.ROOT, "0x%02X", bytes[at] & 0xFF) + " cannot start or continue a"
                    + " character at column " + columnAt(bytes, at) + "); " + SAVE_AS_UTF8);
        }
        // no overflow: UTF-8 never decodes to more chars than it has bytes
        return out.flip().toString();
    }

    /** The characters SnakeYAML refuses, found with their line (its own message would name line 1). */
    private static void requirePrintable(String text, String source) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!printable(c)) {
                throw new InputException(source, line, "holds the control character " + name(c) + " at column "
                        + column + ", which YAML does not allow; remove it (an editor may show it as nothing"
                        + " or as a box)");
            }
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
    }

    /** YAML 1.1's printable set, as SnakeYAML checks it. */
    private static boolean printable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0x7E || c == 0x85
                || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    private static String name(int c) {
        String code = String.format(Locale.ROOT, "U+%04X", c);
        return c == 0 ? code + " (NUL)" : code;
    }

    private static int lineAt(byte[] bytes, int end) {
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static int columnAt(byte[] bytes, int at) {
        int lineStart = at;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r') {
            lineStart--;
        }
        // columns count characters: UTF-8 continuation bytes (10xxxxxx) do not start one
        int column = 1;
        for (int i = lineStart; i < at; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return column;
    }
}
