package io.github.iec62304.core.read.reqif;

import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Flattens a ReqIF XHTML value to plain text: the character data in document order; a line break at the start and
 * end of every block element ({@code p}, {@code div}, {@code li}, {@code tr}, headings, ...) and at every {@code br};
 * inline markup ({@code b}, {@code em}, {@code span}, {@code a}, ...) dropped, its text kept; embedded objects
 * ({@code object}: images, OLE) dropped with their content. Each line then has its white space collapsed to single
 * spaces and is stripped (line feeds in the character data are white space, only markup breaks lines);
 * empty lines are dropped. Tables become one line per row, cells separated by a space.
 */
final class XhtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr",
            "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "address", "hr", "caption");

    /** Marks a break from markup; line feeds in the character data are white space like any other. */
    private static final char BREAK = '\0';

    private XhtmlText() {
    }

    /** Reads from just after the start of the value element to its end, and returns the text. */
    static String read(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        int skipped = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (skipped > 0 || "object".equals(xml.getLocalName())) {
                    skipped++;
                } else if (BLOCKS.contains(xml.getLocalName())) {
                    b.append(BREAK);
                } else if ("td".equals(xml.getLocalName()) || "th".equals(xml.getLocalName())) {
                    b.append(' ');
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth-- == 0) {
                    return lines(b);
                }
                if (skipped > 0) {
                    skipped--;
                } else if (BLOCKS.contains(xml.getLocalName())) {
                    b.append(BREAK);
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) && skipped == 0) {
                b.append(xml.getText());
            }
        }
    }

    private static String lines(StringBuilder b) {
        StringBuilder out = new StringBuilder();
        for (String line : b.toString().split(String.valueOf(BREAK))) {
            String l = line.replaceAll("\\s+", " ").strip();
            if (!l.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(l);
            }
        }
        return out.toString();
    }
}
