package io.github.iec62304.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.write.IndexPagePrintTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the sample pump's own {@code index.html}, passing and failing, printed for real. The reference case
 * {@code good-development} is the real build outputs of {@code sample-device-project} (its classes, surefire and
 * failsafe reports, JaCoCo data, SBOM and registers), {@code tests-failing} the same with one test failing; the real
 * check writes their bundles, and headless Chromium prints each page (see {@link IndexPagePrintTest#print}).
 */
@Verifies("TOOL-OUT-INDEX")
class SamplePagesPrintTest {

    @TempDir
    Path work;

    @BeforeAll
    static void tools() throws Exception {
        IndexPagePrintTest.tools();
    }

    private String page(String name) throws Exception {
        ShippedManifest manifest = ShippedManifest.shipped();
        CaseFiles files = CaseFiles.shipped(manifest);
        Map<String, ReferenceCase> cases = new TreeMap<>();
        for (String c : manifest.cases().keySet()) {
            cases.put(c, ReferenceCase.read(c, files.read(c, "case.yaml"), files.read(c, "expected.yaml")));
        }
        Outcome outcome = new CaseRunner(files, cases, "test").run(cases.get(name), work);
        assertEquals(cases.get(name).expected().verdict(), outcome.verdict(), String.valueOf(outcome));
        return Files.readString(work.resolve(name).resolve("target/iec62304/index.html"));
    }

    @Test
    void theSamplePumpsPassingPagePrintsEveryColumn() throws Exception {
        String html = page("good-development");
        assertTrue(html.contains("REQ-DOSE-001") && html.contains("Traceability matrix (14 requirements)"), html);
        String text = IndexPagePrintTest.print("sample-passing", html);
        assertTrue(text.contains(", PASSED, page ") || text.contains(" PASSED "), text);
    }

    @Test
    void theSamplePumpsFailingPagePrintsEveryColumn() throws Exception {
        String html = page("tests-failing");
        assertTrue(html.contains("<div class=\"banner FAILED\""), html);
        String text = IndexPagePrintTest.print("sample-failing", html);
        assertTrue(text.contains(" FAILED "), text);
    }
}
