package io.github.iec62304.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The failure-mode analysis on the site ({@code src/site/markdown/failure-modes.md}) names the tests that prove each
 * guard. This test keeps those claims true: every {@code Class#method} it names is a test method (annotated, not
 * disabled) in the core or plugin test sources, every IT it names is a project under {@code plugin-it/src/it}, every
 * rule id it names is a rule of {@link Gates#all()}, every row of a failure-mode or defect table names at least one
 * test (rows of the "Known gaps" section excepted), and every requirement id it names is in the tool's own catalog.
 */
class FailureModesPageTest {

    private static final Path ROOT = Path.of("..");
    private static final Path PAGE = ROOT.resolve(Path.of("src", "site", "markdown", "failure-modes.md"));

    @Test
    void everyTestRuleAndItThePageNamesExists() throws IOException {
        List<String> problems = checker().problems(Files.readString(PAGE, StandardCharsets.UTF_8));
        assertEquals(List.of(), problems, "failure-modes.md makes claims the sources do not back");
    }

    @Test
    void thePageNamesManyTestsAndBothParts() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        Checker checker = checker();
        assertTrue(checker.testsNamed(page) >= 100, "the page names only " + checker.testsNamed(page) + " tests");
        assertTrue(page.contains("## Part 1"), "Part 1: failure modes");
        assertTrue(page.contains("## Part 2"), "Part 2: defects fixed");
        assertTrue(page.contains("## Known gaps"), "Known gaps section");
    }

    @Test
    void thePageIsInTheSiteMenuAndLinkedFromTheOverview() throws IOException {
        assertTrue(Files.readString(ROOT.resolve(Path.of("src", "site", "site.xml"))).contains("href=\"failure-modes.html\""));
        assertTrue(Files.readString(ROOT.resolve(Path.of("src", "site", "markdown", "index.md"))).contains("failure-modes.html"));
    }

    /** The checker must be able to fail: each kind of false claim is found, with the line it is on. */
    @Test
    void aPageWithFalseClaimsIsRefusedLineByLine() {
        String page = String.join("\n",
                "# Failure modes",
                "## Part 1",
                "| Id | What could go wrong | Effect | Guard | Rules | Tests |",
                "|---|---|---|---|---|---|",
                "| R1 | a | false PASS | g | TRACE-TESTED | `io.github.iec62304.core.FailureModesPageTest#aPageWithFalseClaimsIsRefusedLineByLine`, IT `all-traced-passes` |",
                "| R2 | a | false PASS | g | TRACE-INVENTED | `io.github.iec62304.core.FailureModesPageTest#noSuchMethod` |",
                "| R3 | a | false PASS | g | TRACE-TESTED | `io.github.iec62304.core.NoSuchTest#m`, IT `no-such-it` |",
                "| R4 | a | false PASS | g | TRACE-TESTED | none |",
                "| R5 | a | false PASS | g | TRACE-TESTED | `FailureModesPageTest#checker` |",
                "| R6 | a | false PASS | g | TRACE-TESTED | `io.github.iec62304.core.FailureModesPageTest#checker` |",
                "## Part 2",
                "| Date | Commit | What was wrong | Effect | Test |",
                "|---|---|---|---|---|",
                "| 2026-12-07 | zzz | x | false PASS | `io.github.iec62304.core.FailureModesPageTest#thePageIsInTheSiteMenuAndLinkedFromTheOverview` |",
                "## Known gaps",
                "| Id | Failure mode | Effect | Why |",
                "|---|---|---|---|",
                "| G1 | SOUP-NOTHING is a prose mention | false PASS | none |",
                "### Defects without a test",
                "| Date | Commit | What was wrong | Effect | Test |",
                "|---|---|---|---|---|",
                "| 2026-12-07 | abc1234 | x | false PASS | none, said so |",
                "## After the gaps",
                "| Date | Commit | What was wrong | Effect | Test |",
                "|---|---|---|---|---|",
                "| 2026-12-07 | abc1234 | x | false PASS | none |");
        assertEquals(List.of(
                "line 6: TRACE-INVENTED is not a rule id",
                "line 6: io.github.iec62304.core.FailureModesPageTest#noSuchMethod: no test method noSuchMethod"
                        + " in core/src/test/java/io/github/iec62304/core/FailureModesPageTest.java",
                "line 7: io.github.iec62304.core.NoSuchTest#m: no test class io/github/iec62304/core/NoSuchTest.java"
                        + " in core/src/test/java or plugin/src/test/java",
                "line 7: no-such-it is not an IT under plugin-it/src/it",
                "line 8: the Tests cell names no test",
                "line 9: FailureModesPageTest#checker is not a fully qualified Class#method",
                "line 9: the Tests cell names no test",
                "line 10: io.github.iec62304.core.FailureModesPageTest#checker: checker in"
                        + " core/src/test/java/io/github/iec62304/core/FailureModesPageTest.java is not a test method",
                "line 14: zzz is not a commit id",
                "line 18: SOUP-NOTHING is not a rule id",
                "line 26: the Test cell names no test"),
                checker().problems(page));
    }

    private static Checker checker() {
        Set<String> rules = Gates.all().stream().map(Rule::id).collect(Collectors.toSet());
        return new Checker(ROOT, rules);
    }

    /** Reads the page's tables and prose and lists every claim the sources do not back, with its line. */
    static final class Checker {

        private static final Pattern CODE = Pattern.compile("`([^`]+)`");
        private static final Pattern METHOD_REF = Pattern.compile("[\\w.$]+#\\w+");
        private static final Pattern QUALIFIED = Pattern.compile("((?:[a-z]\\w*\\.)+)([A-Z]\\w*)(?:\\$\\w+)*#(\\w+)");
        private static final Pattern IT_NAME = Pattern.compile("IT `([^`]+)`");
        private static final Pattern RULE_ID = Pattern.compile(
                "(?<![A-Z0-9-])(?:TRACE|VERIFY|RISK|ARCH|UNIT|SOUP|REGRESSION|RELEASE|APPROVAL|WAIVER|ANOMALY)(?:-[A-Z0-9]+)+\\b");
        private static final Pattern TOOL_REQUIREMENT = Pattern.compile("\\bTOOL(?:-[A-Z0-9]+)+\\b");
        private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,40}");
        private static final List<String> TEST_ROOTS = List.of("core/src/test/java", "plugin/src/test/java");

        private final Path root;
        private final Set<String> rules;

        Checker(Path root, Set<String> rules) {
            this.root = root;
            this.rules = rules;
        }

        int testsNamed(String page) {
            Matcher m = QUALIFIED.matcher(page);
            int n = 0;
            while (m.find()) {
                n++;
            }
            Matcher it = IT_NAME.matcher(page);
            while (it.find()) {
                n++;
            }
            return n;
        }

        List<String> problems(String page) {
            List<String> problems = new ArrayList<>();
            String[] lines = page.split("\n", -1);
            int knownGaps = 0; // the level of the "Known gaps" heading while inside that section, else 0
            List<String> header = List.of();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                String at = "line " + (i + 1) + ": ";
                if (line.startsWith("#")) {
                    int level = line.indexOf(' ');
                    if (line.matches("#+ Known gaps.*")) {
                        knownGaps = level;
                    } else if (level <= knownGaps) {
                        knownGaps = 0;
                    }
                    header = List.of();
                }
                checkRuleIds(line, at, problems);
                checkRequirementIds(line, at, problems);
                checkMethodRefs(line, at, problems);
                if (!line.startsWith("|")) {
                    header = List.of();
                    continue;
                }
                List<String> cells = cells(line);
                if (header.isEmpty()) {
                    header = cells;
                    continue;
                }
                if (line.matches("\\|[-| :]+\\|\\s*")) {
                    continue;
                }
                checkRow(header, cells, knownGaps > 0, at, problems);
            }
            return problems;
        }

        private void checkRow(List<String> header, List<String> cells, boolean knownGaps, String at,
                List<String> problems) {
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                String name = header.get(c);
                String cell = cells.get(c);
                if ((name.equals("Tests") || name.equals("Test")) && !knownGaps) {
                    checkItNames(cell, at, problems);
                    if (!QUALIFIED.matcher(cell).find() && !IT_NAME.matcher(cell).find()) {
                        problems.add(at + "the " + name + " cell names no test");
                    }
                }
                if (name.equals("Commit")) {
                    for (String commit : cell.replace("`", "").split("[ ,]+")) {
                        if (!commit.isEmpty() && !COMMIT.matcher(commit).matches()) {
                            problems.add(at + commit + " is not a commit id");
                        }
                    }
                }
            }
        }

        private void checkItNames(String cell, String at, List<String> problems) {
            Matcher m = IT_NAME.matcher(cell);
            while (m.find()) {
                String it = m.group(1);
                if (!it.matches("[a-z0-9][a-z0-9.-]*") || !Files.isDirectory(root.resolve("plugin-it/src/it/" + it))) {
                    problems.add(at + it + " is not an IT under plugin-it/src/it");
                }
            }
        }

        private void checkRuleIds(String line, String at, List<String> problems) {
            Matcher m = RULE_ID.matcher(line);
            while (m.find()) {
                if (!rules.contains(m.group())) {
                    problems.add(at + m.group() + " is not a rule id");
                }
            }
        }

        private void checkRequirementIds(String line, String at, List<String> problems) {
            Matcher m = TOOL_REQUIREMENT.matcher(line);
            Path catalog = root.resolve("src/iec62304/requirements.yaml");
            while (m.find()) {
                if (!catalogIds(catalog).contains(m.group())) {
                    problems.add(at + m.group() + " is not a requirement of src/iec62304/requirements.yaml");
                }
            }
        }

        private static Set<String> catalogIds(Path catalog) {
            try {
                if (!Files.exists(catalog)) {
                    return Set.of();
                }
                Matcher m = Pattern.compile("(?m)^\\s*-?\\s*id:\\s*['\"]?([A-Z0-9-]+)").matcher(Files.readString(catalog));
                Set<String> ids = new java.util.HashSet<>();
                while (m.find()) {
                    ids.add(m.group(1));
                }
                return ids;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void checkMethodRefs(String line, String at, List<String> problems) {
            Matcher code = CODE.matcher(line);
            while (code.find()) {
                String token = code.group(1).trim();
                if (!METHOD_REF.matcher(token).matches()) {
                    continue;
                }
                Matcher q = QUALIFIED.matcher(token);
                if (!q.matches()) {
                    problems.add(at + token + " is not a fully qualified Class#method");
                    continue;
                }
                String problem = testMethodProblem(q.group(1).replace('.', '/') + q.group(2) + ".java", q.group(3));
                if (problem != null) {
                    problems.add(at + token + ": " + problem);
                }
            }
        }

        private String testMethodProblem(String classFile, String method) {
            for (String testRoot : TEST_ROOTS) {
                Path file = root.resolve(testRoot).resolve(classFile);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                String source;
                try {
                    source = Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "cannot read " + file + ": " + e.getMessage();
                }
                return methodProblem(source, testRoot + "/" + classFile, method);
            }
            return "no test class " + classFile + " in " + String.join(" or ", TEST_ROOTS);
        }

        private static String methodProblem(String source, String file, String method) {
            Matcher declaration = Pattern.compile("(?m)^[ \\t]*(?:(?:public|protected|private|static|final)\\s+)*"
                    + "[\\w<>\\[\\], ?]+\\s+" + Pattern.quote(method) + "\\s*\\(").matcher(source);
            if (!declaration.find()) {
                return "no test method " + method + " in " + file;
            }
            String before = annotations(source.substring(0, declaration.start()));
            if (!before.matches("(?s).*@(?:[\\w.]+\\.)?(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b.*")) {
                return method + " in " + file + " is not a test method";
            }
            if (before.matches("(?s).*@(?:[\\w.]+\\.)?Disabled\\b.*")) {
                return method + " in " + file + " is disabled";
            }
            return null;
        }

        /** The lines above a declaration back to the end of the previous member: its annotations and comments. */
        private static String annotations(String above) {
            String[] lines = above.split("\n", -1);
            StringBuilder text = new StringBuilder();
            for (int i = lines.length - 1; i >= 0 && i >= lines.length - 40; i--) {
                String trimmed = lines[i].trim();
                if (trimmed.equals("}") || trimmed.endsWith(";") && !trimmed.startsWith("@") && !trimmed.startsWith("*")
                        || trimmed.endsWith("{") && trimmed.contains("class ")) {
                    break;
                }
                text.insert(0, lines[i] + "\n");
            }
            return text.toString();
        }

        private static List<String> cells(String line) {
            String body = line.trim();
            body = body.substring(1, body.endsWith("|") && body.length() > 1 ? body.length() - 1 : body.length());
            List<String> cells = new ArrayList<>();
            for (String cell : body.split("(?<!\\\\)\\|", -1)) {
                cells.add(cell.trim());
            }
            return cells;
        }
    }
}
