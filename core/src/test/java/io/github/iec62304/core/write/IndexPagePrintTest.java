package io.github.iec62304.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.link.ReleaseProject;
import io.github.iec62304.core.link.TraceLinker;
import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.LinkKind;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.project.GitRevision;
import io.github.iec62304.core.project.ProjectInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: {@code index.html} printed for real. Headless Chromium prints the page of a passing and of a failing
 * bundle to PDF; {@code pdftotext} must then find every column header of every table, the values of each table's
 * last column (a table cut at the right edge loses them first) and the footer. Chromium and poppler-utils are
 * installed with apt-get where missing; when that fails, the test fails: it is never skipped.
 */
@Verifies("TOOL-OUT-INDEX")
public class IndexPagePrintTest {

    static final String CHROMIUM = "/usr/bin/chromium";

    /** The rendered pages, PDFs and their text stay here to look at (and for the site's screenshots). */
    static final Path OUT = Path.of("target", "index-print");

    private static final Pattern TABLE = Pattern.compile("<table[^>]*>(.*?)</table>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<(t[dh])[^>]*>(.*?)</t[dh]>", Pattern.DOTALL);

    @BeforeAll
    public static void tools() throws Exception {
        if (Files.isExecutable(Path.of(CHROMIUM)) && onPath("pdftotext")) {
            return;
        }
        // a fresh machine may have no package lists yet: update them only if the first attempt fails
        ProcessBuilder install = new ProcessBuilder("sh", "-c", "apt-get install -y chromium poppler-utils || "
                + "(apt-get update && apt-get install -y chromium poppler-utils)")
                .redirectErrorStream(true).redirectOutput(OUT.resolveSibling("apt-get.log").toFile());
        install.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process p = install.start();
        if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.isExecutable(Path.of(CHROMIUM))
                || !onPath("pdftotext")) {
            fail("This test prints index.html with " + CHROMIUM + " and reads the PDF with pdftotext; installing them "
                    + "with `apt-get install -y chromium poppler-utils` failed (see target/apt-get.log). Install them "
                    + "(as root, Debian) and run the test again.");
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void thePassingPagePrintsEveryColumnAndTheFooter() throws Exception {
        String text = print("passing", content(true));
        assertTrue(text.contains("com.acme:pump 1.0, commit 0123456789ab, PASSED"), text);
    }

    @Test
    void theFailingPagePrintsEveryColumnAndTheFooter() throws Exception {
        String text = print("failing", content(false));
        assertTrue(text.contains("com.acme:pump 1.0, commit 0123456789ab, FAILED"), text);
    }

    /** Renders, prints and checks the page; returns the PDF's text. */
    private static String print(String name, BundleContent content) throws Exception {
        return print(name, new String(EvidenceBundleWriter.render(content).get("index.html"), StandardCharsets.UTF_8));
    }

    /**
     * Prints the page with headless Chromium and checks the PDF's text: every column header of every table, the last
     * column's value of every row, the footer and the folded rules must be there.
     *
     * @return the PDF's text, its words separated by single spaces
     */
    public static String print(String name, String html) throws Exception {
        Path dir = Files.createDirectories(OUT.resolve(name)).toAbsolutePath();
        Path page = dir.resolve("index.html");
        Files.writeString(page, html);
        Path pdf = dir.resolve("index.pdf");
        Files.deleteIfExists(pdf);
        run(dir, CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + Files.createTempDirectory("chromium"), "--print-to-pdf=" + pdf,
                "--no-pdf-header-footer", page.toUri().toString());
        assertTrue(Files.size(pdf) > 0, "no PDF from chromium");
        Path txt = dir.resolve("index.txt");
        run(dir, "pdftotext", "-layout", pdf.toString(), txt.toString());
        String text = Files.readString(txt);
        String words = " " + String.join(" ", text.split("\\s+")) + " ";
        List<String> missing = new ArrayList<>();
        int tables = 0;
        Matcher t = TABLE.matcher(html);
        while (t.find()) {
            tables++;
            Matcher r = ROW.matcher(t.group(1));
            while (r.find()) {
                Matcher c = CELL.matcher(r.group(1));
                String last = null;
                while (c.find()) {
                    if (c.group(1).equals("th")) {
                        expect(words, text(c.group(2)), missing);
                    }
                    last = c.group(1).equals("td") ? text(c.group(2)) : null;
                }
                if (last != null) {
                    expect(words, last, missing);
                }
            }
        }
        assertTrue(tables >= 6, "tables: " + tables);
        assertEquals(List.of(), missing, "cut off in print (see " + txt + ")");
        assertTrue(text.contains("Page 1 of "), text);
        // the rules that passed are in a closed <details>: Chromium does not print such content unless told to
        // (the start of a folded rule's title: a narrower column wraps the rest onto a line of its own)
        assertTrue(words.contains(" Every requirement id in @Implements and @Verifies "), text);
        return words;
    }

    /**
     * Each word of a cell must be in the printed text, split after hyphens (a line may break there); a long token only
     * by its head (it may wrap anywhere).
     */
    private static void expect(String words, String cell, List<String> missing) {
        for (String word : cell.split("\\s+|(?<=-)")) {
            String head = word.length() > 12 ? word.substring(0, 12) : word;
            if (!head.isEmpty() && !words.contains(head)) {
                missing.add(head + " (of: " + cell + ")");
            }
        }
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").trim();
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(Path.of(command[0]).getFileName() + ".log").toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(command[0] + " did not finish in 2 minutes");
        }
        assertEquals(0, p.exitValue(), command[0] + " failed, see " + dir);
    }

    /**
     * A small class A pump: REQ-1 implemented and tested. Failing: REQ-2, with a long parameterized test name that
     * must wrap, fails its test, and REQ-3 has none.
     */
    static BundleContent content(boolean passing) {
        List<Requirement> requirements = new ArrayList<>(List.of(
                new Requirement("REQ-1", "Deliver the programmed rate", "The pump delivers the rate set.", null,
                        List.of("RC-1"), List.of(), 2)));
        List<CodeLink> links = new ArrayList<>(List.of(
                new CodeLink(LinkKind.IMPLEMENTS, "REQ-1", new CodeLocation("com.acme.pump.Pump", "rate")),
                new CodeLink(LinkKind.VERIFIES, "REQ-1", new CodeLocation("com.acme.pump.PumpTest", "rate"))));
        List<TestCaseResult> cases = new ArrayList<>(List.of(new TestCaseResult("com.acme.pump.PumpTest", "rate",
                TestOutcome.PASSED, 0.1, 0, "", List.of("target/surefire-reports/TEST-com.acme.pump.PumpTest.xml"))));
        String longTest = "occlusionAlarmSoundsWithinTheRequiredTimeForEveryProgrammedRateAndSyringeSize(int, "
                + "com.acme.pump.SyringeSizeWithAVeryLongQualifiedName)[17]";
        if (!passing) {
            requirements.add(new Requirement("REQ-2", "Alarm on occlusion", "An occlusion stops the pump.", null,
                    List.of(), List.of(), 5));
            requirements.add(new Requirement("REQ-3", "Log every alarm", "Alarms are logged.", null, List.of(),
                    List.of(), 8));
            links.add(new CodeLink(LinkKind.VERIFIES, "REQ-2",
                    new CodeLocation("com.acme.pump.alarm.OcclusionAlarmIntegrationTest", longTest)));
            cases.add(new TestCaseResult("com.acme.pump.alarm.OcclusionAlarmIntegrationTest", longTest,
                    TestOutcome.FAILED, 0.5, 0, "expected alarm within 30 s but it sounded after 41 s",
                    List.of("target/failsafe-reports/TEST-com.acme.pump.alarm.OcclusionAlarmIntegrationTest.xml")));
        }
        RequirementCatalog catalog = new RequirementCatalog("src/iec62304/requirements.yaml", requirements, List.of());
        CodeScan scan = new CodeScan(links.stream().sorted().toList(), Set.copyOf(cases.stream()
                .map(c -> new CodeLocation(c.className(), c.name())).toList()), Map.of(), List.of(),
                java.nio.file.attribute.FileTime.fromMillis(0), List.of(), List.of(), Set.of());
        TestRecord record = new TestRecord(cases, List.of(), Map.of());
        Evidence evidence = new Evidence(SafetyClass.A, catalog, scan, record,
                TraceLinker.link(catalog, SafetyClass.A, scan, record),
                io.github.iec62304.core.link.UnitLinker.link(io.github.iec62304.core.model.Architecture.implicit(),
                        "src/iec62304/architecture.yaml", SafetyClass.A,
                        io.github.iec62304.core.CheckSettings.defaultCriteria(), scan, record),
                io.github.iec62304.core.link.SoupModel.none("src/iec62304/soup.yaml", java.time.LocalDate.of(2026, 1, 31),
                        io.github.iec62304.core.SoupSettings.DEFAULT_REVIEW_MAX_AGE));
        GateReport report = Gates.evaluate(Gates.all(), evidence, RuleLevels.defaults());
        ProjectInfo project = new ProjectInfo("com.acme", "pump", "1.0", "Infusion pump", "0.1.0-SNAPSHOT",
                Instant.parse("2026-01-31T10:00:00Z"),
                new GitRevision("0123456789abcdef0123456789abcdef01234567", false, ReleaseProject.COMMITTED));
        return new BundleContent(project, true, evidence, report, List.of(), Map.of());
    }
}
