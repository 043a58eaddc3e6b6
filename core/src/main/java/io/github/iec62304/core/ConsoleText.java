package io.github.iec62304.core;

/**
 * Text on its way to the build log, made inert: a test failure message, a file name or a register field can hold
 * any character, and a terminal obeys some of them. A carriage return would let a report overprint an
 * {@code [ERROR]} line with {@code [INFO] BUILD SUCCESS}; escape sequences recolour or hide text; bidirectional
 * overrides show text in another order than it is. Every such character is shown as its {@code \\uXXXX} escape
 * (a tab as a space), so the log says exactly what the input held and nothing else.
 */
public final class ConsoleText {

    private ConsoleText() {
    }

    /** @return the text with every control character neutralised, line feeds too: one log line */
    public static String line(CharSequence text) {
        return neutralise(text, false);
    }

    /**
     * @return the text with every control character neutralised except the line feeds that separate its lines
     *         (a CR LF pair counts as one line feed); the caller gives each line its own log prefix
     */
    public static String lines(CharSequence text) {
        return neutralise(text, true);
    }

    private static String neutralise(CharSequence text, boolean keepLineFeeds) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement;
            if (!isActive(c)) {
                replacement = null;
            } else if (keepLineFeeds && c == '\n') {
                replacement = null;
            } else if (keepLineFeeds && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                replacement = "";
            } else if (c == '\t') {
                replacement = " ";
            } else {
                replacement = String.format("\\u%04X", (int) c);
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement == null ? String.valueOf(c) : replacement);
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    /** C0 and C1 controls, DEL, bidirectional embeddings, overrides, isolates and marks, line/paragraph separators. */
    private static boolean isActive(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x2028 || c == 0x2029;
    }
}
