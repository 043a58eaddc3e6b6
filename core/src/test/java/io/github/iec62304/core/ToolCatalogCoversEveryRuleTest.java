package io.github.iec62304.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.read.catalog.RequirementCatalogReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tool's own requirements catalog ({@code src/iec62304/requirements.yaml} of the repository) names every gate
 * rule: a rule the catalog does not mention is a decision of the tool that no requirement states, so the tool's own
 * gate could not show it verified. The gate then proves that every requirement has a test that passed.
 */
class ToolCatalogCoversEveryRuleTest {

    /** Surefire runs in the module's folder; the catalog is in the repository root. */
    private static final Path CATALOG = Path.of("..", "src", "iec62304", "requirements.yaml");
    private static final Path RULE_PAGES = Path.of("..", "src", "site", "markdown", "rules");

    @Test
    void everyRuleIsMentionedByARequirementOfTheToolsCatalog() throws IOException {
        List<Requirement> requirements = catalog().requirements();
        Set<String> missing = new TreeSet<>();
        for (String rule : rules()) {
            Pattern mention = Pattern.compile("(?<![A-Z0-9-])" + Pattern.quote(rule) + "(?![A-Z0-9-])");
            if (requirements.stream().noneMatch(r -> mention.matcher(r.text()).find())) {
                missing.add(rule);
            }
        }
        assertEquals(Set.of(), missing, CATALOG.normalize() + ": no requirement mentions these rules in its text; "
                + "add a requirement TOOL-<RULE-ID> saying what the tool decides, and @Verifies on its tests");
    }

    @Test
    void everyRuleHasItsRequirementIdAndItIsClassC() throws IOException {
        RequirementCatalog catalog = catalog();
        Set<String> wrong = new TreeSet<>();
        for (String rule : rules()) {
            catalog.find("TOOL-" + rule)
                    .filter(r -> r.safetyClass() == null || "C".equals(r.safetyClass().name()))
                    .ifPresentOrElse(r -> { }, () -> wrong.add("TOOL-" + rule));
        }
        assertEquals(Set.of(), wrong, CATALOG.normalize() + ": a rule decides whether a device can be released, so "
                + "its requirement TOOL-<RULE-ID> must exist and be class C (a wrong decision is a false PASS)");
    }

    @Test
    void theRuleDefinitionsAndTheRulePagesNameTheSameRules() throws IOException {
        assertTrue(Gates.ids().size() >= 53, "Gates.ids() lists " + Gates.ids().size() + " rules");
        assertEquals(new TreeSet<>(Gates.ids()), pages(), "every rule of Gates needs its page under " + RULE_PAGES
                + " and every page a rule; otherwise this test would check the catalog against a partial list");
    }

    private static Set<String> rules() throws IOException {
        Set<String> rules = new TreeSet<>(Gates.ids());
        rules.addAll(pages());
        return rules;
    }

    private static Set<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(RULE_PAGES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static RequirementCatalog catalog() throws IOException {
        try (InputStream in = Files.newInputStream(CATALOG)) {
            return new RequirementCatalogReader().read(in, CATALOG.normalize().toString());
        }
    }
}
