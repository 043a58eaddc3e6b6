package io.github.iec62304.core.model.conformity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.Rule;
import io.github.iec62304.core.model.SafetyClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 17: the clause catalogue and the rules' clauses cannot drift apart. */
@Verifies("TOOL-OUT-CONFORMITY")
class ClauseCatalogTest {

    private static final Map<String, Rule> RULES = Gates.all().stream()
            .collect(Collectors.toMap(Rule::id, Function.identity()));

    /** @return the clauses a rule names, without item letters: {@code 5.1.1 c; 5.7.1} gives 5.1.1 and 5.7.1 */
    private static List<String> references(Rule rule) {
        return Arrays.stream(rule.clause().split(";")).map(String::strip).map(c -> c.split(" ")[0]).toList();
    }

    private static boolean within(String number, String reference) {
        return number.equals(reference) || number.startsWith(reference + ".");
    }

    @Test
    void everyClauseARuleNamesIsInTheCatalogueAndListsTheRule() {
        List<String> missing = new ArrayList<>();
        for (Rule rule : Gates.all()) {
            for (String reference : references(rule)) {
                boolean listed = ClauseCatalog.all().stream()
                        .anyMatch(c -> within(c.number(), reference) && c.rules().contains(rule.id()));
                if (!listed) {
                    missing.add(rule.id() + " " + reference);
                }
            }
        }
        assertEquals(List.of(), missing, "clauses a rule names that no catalogue entry decides by that rule");
    }

    @Test
    void everyRuleOfTheCatalogueExistsAndNamesTheClauseItDecides() {
        List<String> wrong = new ArrayList<>();
        for (Clause c : ClauseCatalog.all()) {
            for (String id : c.rules()) {
                Rule rule = RULES.get(id);
                if (rule == null) {
                    wrong.add(c.number() + ": no rule " + id);
                } else if (references(rule).stream().noneMatch(r -> within(c.number(), r))) {
                    wrong.add(c.number() + ": " + id + " names " + rule.clause());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyRuleDecidesAClauseAndEveryClauseIsDecidedOrNamesItsRecord() {
        Set<String> deciding = new HashSet<>();
        ClauseCatalog.all().forEach(c -> deciding.addAll(c.rules()));
        assertEquals(RULES.keySet(), deciding);
        for (Clause c : ClauseCatalog.all()) {
            assertTrue(!c.rules().isEmpty() || c.record() != null, c.number() + " is MANUAL and names no record");
            assertTrue(ClauseCatalog.HEADINGS.containsKey(c.number().substring(0, 1)), c.number());
            assertEquals(List.copyOf(new java.util.LinkedHashSet<>(c.rules())), c.rules(), c.number());
        }
    }

    @Test
    void clausesAreUniqueAndInTheStandardsOrder() {
        List<String> numbers = ClauseCatalog.all().stream().map(Clause::number).toList();
        assertEquals(numbers.size(), new HashSet<>(numbers).size());
        List<String> sorted = new ArrayList<>(numbers);
        sorted.sort((a, b) -> Arrays.compare(Arrays.stream(a.split("\\.")).mapToInt(Integer::parseInt).toArray(),
                Arrays.stream(b.split("\\.")).mapToInt(Integer::parseInt).toArray()));
        assertEquals(sorted, numbers);
    }

    /** Table A.1 as DOMAIN.md and the amendment give it: 93 clauses, 87 for class B, 52 for class A. */
    @Test
    void classesFollowTableA1() {
        assertEquals(93, ClauseCatalog.all().size());
        assertEquals(List.of(52L, 87L, 93L), Arrays.stream(SafetyClass.values())
                .map(s -> ClauseCatalog.all().stream().filter(c -> c.appliesTo(s)).count()).toList());
        assertEquals("5.1.4 5.3.5 5.4.2 5.4.3 5.4.4 5.5.4", only(Set.of(SafetyClass.C)));
        assertEquals("5.7.1 5.7.2 5.7.3 5.7.4 5.7.5 5.8.1 5.8.2 5.8.4 5.8.7 5.8.8", ClauseCatalog.all().stream()
                .filter(c -> c.number().startsWith("5.7") || c.number().startsWith("5.8"))
                .filter(c -> c.appliesTo(SafetyClass.A)).map(Clause::number).collect(Collectors.joining(" ")));
        // every class-B sub-clause applies to C too: a higher class never needs less
        assertTrue(ClauseCatalog.all().stream().allMatch(c -> c.appliesTo(SafetyClass.C)
                && (!c.appliesTo(SafetyClass.A) || c.appliesTo(SafetyClass.B))));
    }

    /** The clause list of the site page is the catalogue, row for row; on a difference the rows are in target/. */
    @Test
    void theSitePageListsEveryClauseAsTheCatalogueHasIt() throws Exception {
        StringBuilder table = new StringBuilder("| Clause | Requirement (paraphrased) | Classes | Decided by | Record the "
                + "team keeps |\n|---|---|---|---|---|\n");
        String top = "";
        for (Clause c : ClauseCatalog.all()) {
            String now = c.number().substring(0, 1);
            if (!now.equals(top)) {
                top = now;
                table.append("| **").append(top).append("** | **").append(ClauseCatalog.HEADINGS.get(top))
                        .append("** | | | |\n");
            }
            table.append("| ").append(c.number()).append(" | ").append(c.title()).append(" | ")
                    .append(c.classNames()).append(" | ")
                    .append(c.rules().isEmpty() ? "MANUAL" : String.join(", ", c.rules())).append(" | ")
                    .append(c.record() == null ? "" : c.record()).append(" |\n");
        }
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("..", "src", "site", "markdown",
                "conformity.md"));
        if (!page.contains(table)) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "conformity-table.md"), table);
        }
        assertTrue(page.contains(table), "conformity.md lists the catalogue; see target/conformity-table.md");
        for (SafetyClass s : SafetyClass.values()) {
            List<Clause> applies = ClauseCatalog.all().stream().filter(c -> c.appliesTo(s)).toList();
            long manual = applies.stream().filter(c -> c.rules().isEmpty()).count();
            String row = "| " + s + " | " + applies.size() + " | " + (applies.size() - manual) + " | " + manual + " | "
                    + (ClauseCatalog.all().size() - applies.size()) + " |";
            assertTrue(page.contains(row), "conformity.md counts " + row);
        }
    }

    private static String only(Set<SafetyClass> classes) {
        return ClauseCatalog.all().stream().filter(c -> c.classes().equals(classes)).map(Clause::number)
                .collect(Collectors.joining(" "));
    }
}
