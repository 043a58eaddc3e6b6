package io.github.iec62304.core.reqif;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The catalog's text as lines with their offsets, so that an edit touches only the bytes it means to: everything
 * else, line endings included, stays as written.
 */
final class CatalogLines {

    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[A-Za-z_\"'][^:#]*:(\\s.*)?$");

    private final String text;
    private final List<Integer> starts = new ArrayList<>();
    private final String newline;

    CatalogLines(String text) {
        this.text = text;
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        newline = text.contains("\r\n") ? "\r\n" : "\n";
    }

    String text() {
        return text;
    }

    String newline() {
        return newline;
    }

    /** @return the number of lines (a last line without terminator counts; an empty last one too) */
    int count() {
        return starts.size();
    }

    /** @return line {@code n} (1-based) without its terminator */
    String line(int n) {
        int end = n < starts.size() ? starts.get(n) : text.length();
        String l = text.substring(starts.get(n - 1), end);
        return l.replaceAll("[\r\n]+$", "");
    }

    /** @return the offset where line {@code n} (1-based) starts; {@code count() + 1} gives the end of the text */
    int start(int n) {
        return n <= starts.size() ? starts.get(n - 1) : text.length();
    }

    static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    static boolean blankOrComment(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    /** @return the 1-based line of the top-level key after {@code from}, or {@code count() + 1} when there is none */
    int nextTopLevelKey(int from) {
        for (int n = from + 1; n <= count(); n++) {
            if (TOP_LEVEL_KEY.matcher(line(n)).matches()) {
                return n;
            }
        }
        return count() + 1;
    }

    /** @return the 1-based line of the top-level key {@code name}, or 0 */
    int topLevelKey(String name) {
        for (int n = 1; n <= count(); n++) {
            if (line(n).matches(Pattern.quote(name) + ":(\\s.*)?")) {
                return n;
            }
        }
        return 0;
    }
}
