package io.github.iec62304.core.read.soup;

import io.github.iec62304.core.model.soup.SoupEntry;
import io.github.iec62304.core.model.soup.SoupRegister;
import io.github.iec62304.core.read.FieldCheck;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.StrictYaml;
import io.github.iec62304.core.read.release.ApprovalEntry;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the SOUP register ({@code src/iec62304/soup.yaml}): one entry per SOUP, keyed by a Maven component
 * pattern ({@code pkg:maven/group/artifact} or {@code group:artifact}, {@code *} allowed) or by a runtime name.
 */
public final class SoupRegisterReader {

    private static final StrictYaml.ListField<Entry> SOUP = new StrictYaml.ListField<>("soup", "SOUP entry",
            Entry.class, "component (or runtime) and title");
    private static final Pattern COORDINATES = Pattern.compile("[A-Za-z0-9._*-]+:[A-Za-z0-9._*-]+");

    record Entry(String component, String runtime, String title, String manufacturer, String website, String version,
                 String functionalRequirements, String systemRequirements, RiskEntry risk, String anomalyList,
                 ReviewEntry anomalyReview, String support, String endOfSupport, List<ApprovalEntry> approvals) {
    }

    record RiskEntry(List<String> hazards, String level, String rationale) {
    }

    record ReviewEntry(String version, String date, String reviewer, String result) {
    }

    private final StrictYaml yaml = new StrictYaml();

    /**
     * @param in     the register
     * @param source its name in messages
     */
    public SoupRegister read(InputStream in, String source) {
        Map<String, List<StrictYaml.Located<?>>> lists = yaml.read(in, source, List.of(SOUP),
                "the register has one field, 'soup' (a list)");
        List<SoupEntry> entries = StrictYaml.unique(lists.getOrDefault(SOUP.name(), List.of()),
                (Entry e, int line) -> entry(e, source, line), SoupEntry::key,
                (key, first) -> "duplicate entry '" + key + "' (first at line " + first + ")", source);
        return new SoupRegister(source, entries);
    }

    private static SoupEntry entry(Entry e, String source, int line) {
        if ((e.component() == null) == (e.runtime() == null)) {
            throw new InputException(source, line, "each SOUP entry has exactly one of 'component' (a Maven component, "
                    + "e.g. pkg:maven/org.slf4j/slf4j-api) or 'runtime' (SOUP no SBOM lists, e.g. the JRE)");
        }
        String component = e.component() == null ? null : coordinates(e.component(), source, line);
        String key = component != null ? component : FieldCheck.required(e.runtime(), "'runtime'", source, line);
        String where = " of " + key;
        return new SoupEntry(component, e.runtime() == null ? null : key,
                FieldCheck.required(e.title(), "'title'" + where, source, line), optional(e.manufacturer()),
                optional(e.website()), optional(e.version()), optional(e.functionalRequirements()),
                optional(e.systemRequirements()), risk(e.risk(), where, source, line), optional(e.anomalyList()),
                review(e.anomalyReview(), where, source, line), support(e.support(), where, source, line),
                endOfSupport(e.endOfSupport(), where, source, line),
                ApprovalEntry.approvals(e.approvals(), " of SOUP entry " + key, source, line), line);
    }

    private static SoupEntry.Support support(String written, String where, String source, int line) {
        if (optional(written) == null) {
            return null;
        }
        SoupEntry.Support support = SoupEntry.Support.parse(written.strip());
        if (support == null) {
            throw new InputException(source, line, "field 'support'" + where + ": '" + written + "' is not a level "
                    + "of support; write one of " + java.util.Arrays.stream(SoupEntry.Support.values())
                    .map(SoupEntry.Support::written).collect(java.util.stream.Collectors.joining(", ")));
        }
        return support;
    }

    private static SoupEntry.EndOfSupport endOfSupport(String written, String where, String source, int line) {
        if (optional(written) == null) {
            return null;
        }
        if (written.strip().equals(SoupEntry.EndOfSupport.NONE_ANNOUNCED)) {
            return new SoupEntry.EndOfSupport(null);
        }
        try {
            return new SoupEntry.EndOfSupport(LocalDate.parse(written.strip()));
        } catch (DateTimeParseException ex) {
            throw new InputException(source, line, "field 'endOfSupport'" + where + ": '" + written + "' is not a "
                    + "date; write YYYY-MM-DD (the last day of support; when only a month is published, its first "
                    + "day), or '" + SoupEntry.EndOfSupport.NONE_ANNOUNCED + "'");
        }
    }

    /** @return {@code group:artifact} from {@code pkg:maven/group/artifact[@v][?q]} or {@code group:artifact} */
    static String coordinates(String written, String source, int line) {
        String c = written.strip();
        if (c.toLowerCase(Locale.ROOT).startsWith("pkg:maven/")) {
            c = c.substring("pkg:maven/".length());
            int cut = indexOfAny(c, "@?#");
            c = (cut < 0 ? c : c.substring(0, cut)).replace('/', ':');
        }
        if (!COORDINATES.matcher(c).matches()) {
            throw new InputException(source, line, "field 'component': '" + written + "' is not a Maven component; "
                    + "write pkg:maven/<groupId>/<artifactId> or <groupId>:<artifactId> (* matches any characters)");
        }
        return c;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static SoupEntry.Risk risk(RiskEntry r, String where, String source, int line) {
        if (r == null) {
            return null;
        }
        return new SoupEntry.Risk(FieldCheck.ids(r.hazards(), "'risk.hazards'" + where, source, line),
                optional(r.level()), optional(r.rationale()));
    }

    private static SoupEntry.AnomalyReview review(ReviewEntry r, String where, String source, int line) {
        if (r == null) {
            return null;
        }
        LocalDate date = null;
        if (optional(r.date()) != null) {
            try {
                date = LocalDate.parse(r.date().strip());
            } catch (DateTimeParseException ex) {
                throw new InputException(source, line, "field 'anomalyReview.date'" + where + ": '" + r.date()
                        + "' is not a date; write YYYY-MM-DD");
            }
        }
        return new SoupEntry.AnomalyReview(optional(r.version()), date, optional(r.reviewer()), optional(r.result()));
    }

    /** @return the stripped text, or {@code null} when absent or blank (blank fields count as missing) */
    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
