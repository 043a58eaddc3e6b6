package io.github.iec62304.core.read;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** A YAML syntax error in plain words: no parser token names, no Java types, the column where it is. */
final class YamlProblem {

    /** SnakeYAML's token names and what a person editing the file calls them. */
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();

    static {
        TOKENS.put("'<block end>'", "the end of the indented block");
        TOKENS.put("<block end>", "the end of the indented block");
        TOKENS.put("'<block sequence start>'", "a list item ('-') indented differently");
        TOKENS.put("'<block mapping start>'", "a field indented differently");
        TOKENS.put("'<document start>'", "a document start ('---')");
        TOKENS.put("<document start>", "a document start ('---')");
        TOKENS.put("'<stream end>'", "the end of the file");
        TOKENS.put("<stream end>", "the end of the file");
        TOKENS.put("'<scalar>'", "a value");
        TOKENS.put("'<block entry>'", "a list item ('-')");
        TOKENS.put("found unexpected end of stream", "the file ends");
    }

    /** SnakeYAML's contexts ("while scanning ...") and what they are in the file. */
    private static final Map<String, String> CONTEXTS = Map.of(
            "while scanning a quoted scalar", "the quoted text",
            "while parsing a flow sequence", "the list '['",
            "while parsing a flow mapping", "the mapping '{'",
            "while parsing a block mapping", "the mapping",
            "while parsing a block collection", "the list",
            "while scanning a simple key", "the field");

    private YamlProblem() {
    }

    static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        String column = e.getProblemMark() == null ? "" : " (column " + (e.getProblemMark().getColumn() + 1) + ")";
        if (problem.contains("(TAB)")) {
            return "a tab character" + column + "; YAML indents with spaces only: replace the tab with spaces";
        }
        for (Map.Entry<String, String> token : TOKENS.entrySet()) {
            problem = problem.replace(token.getKey(), token.getValue());
        }
        return withoutJavaNames(firstLine(problem).strip()) + column + context(e);
    }

    /** @return where the construct the problem is in starts, when that is another line */
    private static String context(MarkedYAMLException e) {
        String what = e.getContext() == null ? null : CONTEXTS.get(e.getContext());
        if (what == null || e.getContextMark() == null || e.getProblemMark() == null
                || e.getContextMark().getLine() == e.getProblemMark().getLine()) {
            return "";
        }
        return " in " + what + " that starts at line " + (e.getContextMark().getLine() + 1);
    }

    /** @return the first line of a parser message, or a neutral phrase when it names Java types */
    static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int nl = message.indexOf('\n');
        return withoutJavaNames(nl < 0 ? message : message.substring(0, nl));
    }

    private static String withoutJavaNames(String message) {
        return message.matches("(?s).*\\b(java|javax|org|com)\\.[a-z]+\\..*|.*`.*") ? "unexpected content" : message;
    }
}
