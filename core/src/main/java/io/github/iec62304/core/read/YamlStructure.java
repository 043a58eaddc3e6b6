package io.github.iec62304.core.read;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The shape a register may have before its content is read: one YAML document, written out literally. A second
 * document ({@code ---}) would be ignored by a reader of the first, and an anchor ({@code &name}) with its aliases
 * ({@code *name}) makes one place of the file say what another says: a reviewer of a pull request would have to
 * resolve them in their head. Both are refused, as is any syntax error, each with the line where it is and the
 * reason in plain words. Nesting is bounded here too ({@value #MAX_DEPTH} levels; registers use about five): SnakeYAML's
 * parser itself has no depth limit, so a file of a few MB of {@code [} would otherwise exhaust the heap.
 */
final class YamlStructure {

    /** The deepest nesting of lists and mappings a register may have. */
    static final int MAX_DEPTH = 64;

    private YamlStructure() {
    }

    /**
     * @param text    the file's text
     * @param source  the file, as named in messages
     * @param options SnakeYAML's limits (size, nesting)
     * @return the text, to read
     * @throws InputException at the first syntax error, anchor, alias or second document
     */
    static String check(String text, String source, LoaderOptions options) {
        Parser parser = new ParserImpl(new StreamReader(text), options);
        int documents = 0;
        int depth = 0;
        try {
            while (!parser.checkEvent(Event.ID.StreamEnd)) {
                Event event = parser.getEvent();
                int line = event.getStartMark() == null ? 0 : event.getStartMark().getLine() + 1;
                if (event.is(Event.ID.DocumentStart) && ++documents > 1) {
                    throw new InputException(source, line, "a second YAML document starts here ('---');"
                            + " a register is one document: move its entries into the first one (a reader"
                            + " of the first document would ignore them)");
                }
                if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                    throw new InputException(source, line, "nests lists and mappings more than " + MAX_DEPTH
                            + " levels deep; a register needs about five: check the indentation and brackets");
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                }
                if (event instanceof AliasEvent alias) {
                    throw new InputException(source, line, "the alias '*" + alias.getAnchor() + "' repeats"
                            + " what another place of the file says; registers do not use YAML anchors and"
                            + " aliases: write the value out");
                }
                if (event instanceof NodeEvent node && node.getAnchor() != null) {
                    throw new InputException(source, line, "the anchor '&" + node.getAnchor() + "' lets other"
                            + " places of the file repeat this value; registers do not use YAML anchors and"
                            + " aliases: remove it and write each value out");
                }
            }
        } catch (MarkedYAMLException e) {
            throw new InputException(source, line(e), "is not valid YAML: " + YamlProblem.describe(e), e);
        } catch (YAMLException e) {
            // limits (size, nesting depth) come without a mark
            throw new InputException(source, 0, "is not valid YAML: " + YamlProblem.firstLine(e.getMessage()), e);
        }
        return text;
    }

    private static int line(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return mark == null ? 0 : mark.getLine() + 1;
    }
}
