package io.github.iec62304.core.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * RFC 4180 CSV, UTF-8 with a byte order mark, {@code \r\n} line ends. A cell that a spreadsheet would run as a formula ({@code = + - @}
 * first) is prefixed with {@code '}: requirement titles and test messages are user text. A cell with a {@code ;} is
 * quoted too: where the spreadsheet's list separator is {@code ;} (German, French, ... Excel), an unquoted
 * {@code x;=cmd} would open as a second cell that starts with {@code =}. A file about links gives each link its own row;
 * where a cell still holds a list, its values are joined with {@link #LIST} ({@link #list}).
 */
final class Csv {

    /**
     * Every CSV starts with the UTF-8 byte order mark (EF BB BF): without it Excel on Windows opens the file in the
     * local code page and garbles non-ASCII names. Readers of the bundle's CSV files strip it.
     */
    static final char BOM = '\uFEFF';

    /**
     * Joins the values of a cell that holds a list (a file about links gives each link its own row instead): a space
     * would be taken for part of a value, {@code ; } never appears in an id, a class or a file name.
     */
    static final String LIST = "; ";

    /** Rows are passed on to the sink in pieces of about this many characters. */
    private static final int PIECE = 1 << 16;

    private final StringBuilder out = new StringBuilder();
    private final OutputStream sink;

    /** A CSV kept in memory, for {@link #bytes()}. */
    Csv(String... header) {
        this(null, header);
    }

    /**
     * A CSV streamed to {@code sink} as its rows come (in pieces, so a file of 100,000 rows is never held whole);
     * call {@link #finish()} after the last row.
     */
    Csv(OutputStream sink, String... header) {
        this.sink = sink;
        out.append(BOM);
        row(List.of(header));
    }

    Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        if (sink != null && out.length() >= PIECE) {
            try {
                finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Writes the rows not yet passed on to the sink. */
    void finish() throws IOException {
        sink.write(bytes());
        out.setLength(0);
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @return the values joined with {@link #LIST}, in the order given */
    static String list(Collection<String> values) {
        return String.join(LIST, values);
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
