package io.github.iec62304.core.write;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV with {@code \r\n} line ends. A cell that a spreadsheet would run as a formula ({@code = + - @}
 * first) is prefixed with {@code '}: requirement titles and test messages are user text. A cell with a {@code ;} is
 * quoted too: where the spreadsheet's list separator is {@code ;} (German, French, ... Excel), an unquoted
 * {@code x;=cmd} would open as a second cell that starts with {@code =}.
 */
final class Csv {

    private final StringBuilder out = new StringBuilder();

    Csv(String... header) {
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
        return this;
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
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
