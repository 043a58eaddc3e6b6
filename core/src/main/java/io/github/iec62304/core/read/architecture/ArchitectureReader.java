package io.github.iec62304.core.read.architecture;

import io.github.iec62304.core.model.Architecture;
import io.github.iec62304.core.model.ClassCRecord;
import io.github.iec62304.core.model.ClassPattern;
import io.github.iec62304.core.model.CriteriaOverride;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.UnitCriteria;
import io.github.iec62304.core.model.UnitDeclaration;
import io.github.iec62304.core.read.FieldCheck;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.StrictYaml;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the architecture registry ({@code src/iec62304/architecture.yaml}): software items with their class,
 * rationale, packages and class patterns, optional units, criteria overrides and 5.5.4 records. Every problem is
 * an {@link InputException} naming the file, the line and the field.
 */
public final class ArchitectureReader {

    private static final StrictYaml.ListField<Entries.Item> ITEMS = new StrictYaml.ListField<>(
            "items", "item", Entries.Item.class, "id, title and packages or classes");
    private static final StrictYaml.ListField<Entries.Unit> UNITS = new StrictYaml.ListField<>(
            "units", "unit", Entries.Unit.class, "id, item and classes");
    private static final Pattern MODULE = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_$.*]+");
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    private final StrictYaml yaml = new StrictYaml();

    /**
     * @param in     the registry
     * @param source its name in messages
     */
    public Architecture read(InputStream in, String source) {
        Map<String, List<StrictYaml.Located<?>>> lists = yaml.read(in, source, List.of(ITEMS, UNITS),
                "the file has: items, units");
        List<StrictYaml.Located<?>> itemEntries = lists.get(ITEMS.name());
        if (itemEntries == null || itemEntries.isEmpty()) {
            throw new InputException(source, 0, "declares no software items; list them under 'items:' "
                    + "(IEC 62304 5.3.1)");
        }
        List<SoftwareItem> items = new ArrayList<>();
        Map<String, Integer> itemLines = new HashMap<>();
        for (StrictYaml.Located<?> e : itemEntries) {
            SoftwareItem item = item((Entries.Item) e.value(), source, e.line());
            unique(itemLines, item.id(), "item", source, e.line());
            items.add(item);
        }
        List<UnitDeclaration> units = new ArrayList<>();
        Map<String, Integer> unitLines = new HashMap<>();
        for (StrictYaml.Located<?> e : lists.getOrDefault(UNITS.name(), List.of())) {
            UnitDeclaration unit = unit((Entries.Unit) e.value(), source, e.line());
            unique(unitLines, unit.id(), "unit", source, e.line());
            if (!itemLines.containsKey(unit.itemId())) {
                throw new InputException(source, e.line(), "unit " + unit.id() + " names item '" + unit.itemId()
                        + "', which is not declared under 'items:'");
            }
            units.add(unit);
        }
        return new Architecture(source, items, units);
    }

    private static void unique(Map<String, Integer> seen, String id, String what, String source, int line) {
        Integer previous = seen.putIfAbsent(id, line);
        if (previous != null) {
            throw new InputException(source, line, "duplicate " + what + " id '" + id + "' (first defined at line "
                    + previous + "); ids must be unique");
        }
    }

    private static SoftwareItem item(Entries.Item e, String source, int line) {
        String id = FieldCheck.id(e.id(), source, line, "DOSING");
        String where = " of item " + id;
        List<String> packages = packages(names(e.packages(), "'packages'" + where, source, line), where, source,
                line);
        List<ClassPattern> classes = patterns(e.classes(), "'classes'" + where, source, line);
        List<String> modules = modules(e.modules(), where, source, line);
        if (packages.isEmpty() && classes.isEmpty() && modules.isEmpty()) {
            throw new InputException(source, line, "item " + id + " owns no code; give 'packages', 'classes' or "
                    + "(in a multi-module device) 'modules'");
        }
        String rationale = e.rationale() == null || e.rationale().isBlank() ? null : e.rationale().strip();
        return new SoftwareItem(id, FieldCheck.required(e.title(), "'title'" + where, source, line),
                FieldCheck.safetyClass(e.safetyClass(), where, source, line), rationale, packages, classes,
                criteria(e.criteria(), where, source, line), classC(e.classC(), where, source, line), line, modules);
    }

    /** Modules are named by their artifactId. */
    private static List<String> modules(List<String> values, String where, String source, int line) {
        return matching(values, MODULE, v -> "field 'modules'" + where + " contains '" + v + "', which is not a "
                + "module's artifactId", source, line);
    }

    private static UnitDeclaration unit(Entries.Unit e, String source, int line) {
        String id = FieldCheck.id(e.id(), source, line, "DOSE-CALC");
        String where = " of unit " + id;
        String item = FieldCheck.required(e.item(), "'item'" + where, source, line);
        List<ClassPattern> classes = patterns(e.classes(), "'classes'" + where, source, line);
        if (classes.isEmpty()) {
            throw new InputException(source, line, "field 'classes'" + where + " is missing or empty");
        }
        return new UnitDeclaration(id, item, classes, names(e.tests(), "'tests'" + where, source, line),
                criteria(e.criteria(), where, source, line), classC(e.classC(), where, source, line), line);
    }

    private static List<String> names(List<String> values, String field, String source, int line) {
        return matching(values, NAME, v -> "field " + field + " contains an invalid name '" + v + "'", source, line);
    }

    /** @return the values, stripped; one that does not match is an error with {@code problem}'s message */
    private static List<String> matching(List<String> values, Pattern pattern,
                                         java.util.function.Function<String, String> problem, String source,
                                         int line) {
        if (values == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String v : values) {
            if (v == null || !pattern.matcher(v.strip()).matches()) {
                throw new InputException(source, line, problem.apply(v));
            }
            result.add(v.strip());
        }
        return result;
    }

    /** A package owns its subpackages: a wildcard or a stray dot would silently own nothing. */
    private static List<String> packages(List<String> names, String where, String source, int line) {
        for (String p : names) {
            if (!PACKAGE.matcher(p).matches()) {
                throw new InputException(source, line, "field 'packages'" + where + " contains '" + p + "', which is "
                        + "not a package name; write the package without wildcards (it includes its subpackages)");
            }
        }
        return names;
    }

    private static List<ClassPattern> patterns(List<String> values, String field, String source, int line) {
        return names(values, field, source, line).stream().map(ClassPattern::new).toList();
    }

    private static CriteriaOverride criteria(Entries.Criteria c, String where, String source, int line) {
        if (c == null) {
            return null;
        }
        String rationale = FieldCheck.required(c.rationale(), "'criteria.rationale'" + where
                + " (a deviation from the plan's criteria needs its reason)", source, line);
        return new CriteriaOverride(ratio(c.lineCoverage(), "lineCoverage", where, source, line),
                ratio(c.branchCoverage(), "branchCoverage", where, source, line), c.ownTestRequired(),
                c.testsMustPass(), rationale);
    }

    private static Double ratio(String text, String field, String where, String source, int line) {
        if (text == null) {
            return null;
        }
        try {
            return UnitCriteria.parseRatio(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, line, "field 'criteria." + field + "'" + where + ": " + e.getMessage());
        }
    }

    private static ClassCRecord classC(Entries.ClassC c, String where, String source, int line) {
        if (c == null) {
            return null;
        }
        TreeSet<String> applicable = new TreeSet<>();
        for (String letter : c.applicable() == null ? List.<String>of() : c.applicable()) {
            applicable.add(letter(letter, where, source, line));
        }
        TreeMap<String, String> notApplicable = new TreeMap<>();
        Map<String, String> given = c.notApplicable() == null ? Map.of() : c.notApplicable();
        for (Map.Entry<String, String> e : given.entrySet()) {
            String letter = letter(e.getKey(), where, source, line);
            if (applicable.contains(letter)) {
                throw new InputException(source, line, "field 'classC'" + where + ": criterion " + letter
                        + " is listed both as applicable and as not applicable");
            }
            notApplicable.put(letter, FieldCheck.required(e.getValue(), "'classC.notApplicable." + letter + "'"
                    + where + " (the reason it does not apply)", source, line));
        }
        return new ClassCRecord(applicable, notApplicable);
    }

    private static String letter(String value, String where, String source, int line) {
        String l = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!ClassCRecord.CRITERIA.containsKey(l)) {
            throw new InputException(source, line, "field 'classC'" + where + ": '" + value + "' is not one of the "
                    + "5.5.4 criteria a-h");
        }
        return l;
    }
}
