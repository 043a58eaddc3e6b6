package io.github.iec62304.core.reqif;

import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.read.reqif.ReqifContent;
import io.github.iec62304.core.read.reqif.ReqifRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the requirements of a ReqIF file into the catalog's YAML text by editing it surgically, so that nothing the
 * team wrote is lost: comments, field order, blank lines, line endings, every other field and entry stay byte for byte.
 * <ul>
 *   <li>A requirement the catalog lacks is appended at the end of the {@code requirements:} list (id, title, text as
 *       double-quoted scalars, after a comment naming the ReqIF file); one without title or text is not added.</li>
 *   <li>A title or text that differs (beyond white space) is reported; only when {@code applyChanges} is set is the
 *       field's value replaced in place (its key line and continuation lines; a comment at the end of the key line or
 *       after the value stays), and only when the field has its own line in the entry.</li>
 *   <li>Catalog requirements the file lacks, and every system requirement, are left as they are.</li>
 * </ul>
 * The caller must read the result back with the catalog reader before writing it ({@link ReqifImport} does).
 */
public final class CatalogMerge {

    private static final Pattern ITEM = Pattern.compile("^(\\s*)-(\\s+)id:");

    private CatalogMerge() {
    }

    /**
     * A title or text that differs between catalog and ReqIF file.
     *
     * @param id      the requirement
     * @param field   {@code title} or {@code text}
     * @param catalog the value in the catalog
     * @param reqif   the value in the ReqIF file
     * @param applied whether the merged text holds the ReqIF value
     */
    public record Change(String id, String field, String catalog, String reqif, boolean applied) {
    }

    /**
     * @param text       the merged catalog text (the original when nothing changed)
     * @param added      the requirements appended, in ReqIF file order
     * @param changes    the titles and texts that differ
     * @param notInReqif ids of catalog requirements the file lacks, in catalog order
     * @param skipped    one line per ReqIF object not merged, and why
     */
    public record Result(String text, List<ReqifRequirement> added, List<Change> changes, List<String> notInReqif,
                         List<String> skipped) {
    }

    /**
     * @param catalogText  the catalog file's text
     * @param catalog      that text, read by the catalog reader
     * @param reqif        the ReqIF file's requirements
     * @param applyChanges whether differing titles and texts are written (else only reported)
     */
    public static Result merge(String catalogText, RequirementCatalog catalog, ReqifContent reqif,
                               boolean applyChanges) {
        CatalogLines lines = new CatalogLines(catalogText);
        TreeMap<Integer, Edit> edits = new TreeMap<>(Comparator.reverseOrder());
        List<ReqifRequirement> added = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        List<String> skipped = new ArrayList<>(reqif.skipped());
        Set<String> inReqif = new HashSet<>();
        for (ReqifRequirement r : reqif.requirements()) {
            inReqif.add(r.id());
            Requirement existing = catalog.find(r.id()).orElse(null);
            if (catalog.findSystem(r.id()).isPresent()) {
                skipped.add(r.id() + " is a system requirement of the catalog; left as it is");
            } else if (existing != null) {
                compare(lines, catalog, existing, "title", existing.title(), r.title(), applyChanges, changes, edits);
                compare(lines, catalog, existing, "text", existing.text(), r.text(), applyChanges, changes, edits);
            } else if (r.title() == null || r.text() == null) {
                skipped.add(r.id() + " (SPEC-OBJECT " + r.identifier() + ", line " + r.line() + ") has no "
                        + (r.title() == null ? "ReqIF.Name" : "ReqIF.Text") + "; not added (the catalog needs a "
                        + "title and a text)");
            } else {
                added.add(r);
            }
        }
        if (!added.isEmpty()) {
            append(lines, catalog, reqif.source(), added, edits);
        }
        String text = catalogText;
        for (Edit e : edits.values()) {
            text = text.substring(0, e.start()) + e.replacement() + text.substring(e.end());
        }
        List<String> notInReqif = catalog.requirements().stream().map(Requirement::id)
                .filter(id -> !inReqif.contains(id)).toList();
        return new Result(text, added, changes, notInReqif, skipped);
    }

    private record Edit(int start, int end, String replacement) {
    }

    private static void compare(CatalogLines lines, RequirementCatalog catalog, Requirement r, String field,
                                String ours, String theirs, boolean apply, List<Change> changes,
                                TreeMap<Integer, Edit> edits) {
        if (theirs == null || normalized(ours).equals(normalized(theirs))) {
            return;
        }
        Edit edit = apply ? fieldEdit(lines, catalog, r, field, theirs) : null;
        if (edit != null) {
            edits.put(edit.start(), edit);
        }
        changes.add(new Change(r.id(), field, ours, theirs, edit != null));
    }

    /** The edit that replaces the field's key line and continuation lines, or null when it has no line of its own. */
    private static Edit fieldEdit(CatalogLines lines, RequirementCatalog catalog, Requirement r, String field,
                                  String value) {
        int last = blockEnd(lines, catalog, r);
        Pattern key = Pattern.compile("^(\\s*(?:-\\s+)?)" + field + ":(\\s.*)?$");
        for (int n = r.line(); n <= last; n++) {
            Matcher m = key.matcher(lines.line(n));
            if (!m.matches()) {
                continue;
            }
            int keyIndent = m.group(1).length();
            String valuePart = m.group(2) == null ? "" : m.group(2).strip();
            boolean blockScalar = valuePart.startsWith("|") || valuePart.startsWith(">");
            int end = n;
            for (int k = n + 1; k <= last; k++) {
                String l = lines.line(k);
                if (!l.isBlank() && (CatalogLines.indent(l) <= keyIndent
                        || !blockScalar && l.strip().startsWith("#"))) { // a comment after the value stays
                    break;
                }
                if (!l.isBlank()) {
                    end = k;
                }
            }
            String terminator = lines.start(end + 1) > lines.start(end) + lines.line(end).length() ? lines.newline()
                    : "";
            // a plain or quoted value that spans lines has its comment, if any, after its last line: keep it too
            StringBuilder whole = new StringBuilder(valuePart);
            for (int k = n + 1; k <= end && !blockScalar; k++) {
                whole.append(' ').append(lines.line(k).strip());
            }
            return new Edit(lines.start(n), lines.start(end) + lines.line(end).length() + terminator.length(),
                    m.group(1) + field + ": " + YamlScalar.quoted(value) + trailingComment(whole.toString())
                            + terminator);
        }
        return null;
    }

    /** The comment at the end of the key line (two spaces and the comment), or empty: it stays with the new value. */
    static String trailingComment(String valuePart) {
        int from = 0;
        if (valuePart.startsWith("\"") || valuePart.startsWith("'")) {
            char quote = valuePart.charAt(0);
            from = -1;
            for (int i = 1; i < valuePart.length(); i++) {
                char c = valuePart.charAt(i);
                if (quote == '"' && c == '\\') {
                    i++;
                } else if (c == quote && quote == '\'' && i + 1 < valuePart.length()
                        && valuePart.charAt(i + 1) == '\'') {
                    i++;
                } else if (c == quote) {
                    from = i + 1;
                    break;
                }
            }
            if (from < 0) {
                return ""; // the quoted value continues on the next lines
            }
        }
        int hash = valuePart.startsWith("#") ? 0 : valuePart.indexOf(" #", from);
        return hash < 0 ? "" : "  " + valuePart.substring(hash).strip();
    }

    /** The last line of the requirement's entry: before the next entry, or the end of the requirements list. */
    private static int blockEnd(CatalogLines lines, RequirementCatalog catalog, Requirement r) {
        int listEnd = lines.nextTopLevelKey(lines.topLevelKey("requirements")) - 1;
        return catalog.requirements().stream().mapToInt(Requirement::line).filter(l -> l > r.line() && l <= listEnd)
                .min().orElse(listEnd + 1) - 1;
    }

    private static void append(CatalogLines lines, RequirementCatalog catalog, String source,
                               List<ReqifRequirement> added, TreeMap<Integer, Edit> edits) {
        int keyLine = lines.topLevelKey("requirements");
        int n = lines.nextTopLevelKey(keyLine) - 1;
        while (n > keyLine && (lines.line(n).isBlank() || lines.line(n).startsWith("#"))) {
            n--;
        }
        String itemIndent = "  ";
        String dash = " ";
        Matcher m = ITEM.matcher(lines.line(catalog.requirements().get(0).line()));
        if (m.find()) {
            itemIndent = m.group(1);
            dash = m.group(2);
        }
        String fieldIndent = itemIndent + " " + dash;
        String nl = lines.newline();
        int at = lines.start(n + 1);
        StringBuilder b = new StringBuilder();
        if (at == lines.text().length() && !lines.text().isEmpty() && !lines.text().endsWith("\n")
                && !lines.text().endsWith("\r")) {
            b.append(nl);
        }
        for (ReqifRequirement r : added) {
            b.append(nl).append(itemIndent).append("# imported from ").append(fileName(source)).append(" (SPEC-OBJECT ")
                    .append(r.identifier().replaceAll("[\\r\\n]", " ")).append(")").append(nl);
            b.append(itemIndent).append('-').append(dash).append("id: ")
                    .append(List.of("null", "Null", "NULL").contains(r.id()) ? YamlScalar.quoted(r.id()) : r.id())
                    .append(nl); // a valid id YAML reads as something else than text is only null
            b.append(fieldIndent).append("title: ").append(YamlScalar.quoted(r.title())).append(nl);
            b.append(fieldIndent).append("text: ").append(YamlScalar.quoted(r.text())).append(nl);
        }
        edits.put(at, new Edit(at, at, b.toString()));
    }

    private static String fileName(String source) {
        String s = source.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1);
    }

    /** @return the text with every run of white space one space, stripped: what "differs" compares */
    static String normalized(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
