package io.github.iec62304.core.reqif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.link.TraceMatrix;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.project.ProjectInfo;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.catalog.RequirementCatalogReader;
import io.github.iec62304.core.read.reqif.ReqifReader;
import io.github.iec62304.core.write.reqif.ReqifFile;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export the sample pump's catalog to ReqIF, import it back: the export and the import agree. */
@Verifies("TOOL-GOAL-REQIF-IMPORT")
class ReqifRoundTripTest {

    private static final Path SAMPLE = Path.of("..", "sample-device-project", "src", "iec62304", "requirements.yaml");
    private static final String DOSE_002 = """

              - id: REQ-DOSE-002
                title: Hard dose-rate limit
                text: >-
                  The pump shall refuse a prescription whose dose rate in mg/h exceeds the drug library hard
                  maximum for that drug, and shall not produce a rate for it.
                riskControls: [RC-OVERDOSE-01]
                parents: [SYS-REQ-004]
            """;
    private static final String DOSE_004_TEXT = """
                text: >-
                  The pump shall reject a prescription with a missing drug name, a dose or concentration that
                  is zero or negative, or a duration shorter than 1 minute or longer than 24 hours.
            """;
    private static final String DOSE_004_EDITED = """
                text: >-
                  The pump shall reject a prescription without a drug name.
            """;

    @TempDir
    Path dir;
    private String original;
    private Path reqif;
    private Path catalog;

    @BeforeEach
    void export() throws Exception {
        original = Files.readString(SAMPLE);
        RequirementCatalog read = read(original);
        TraceMatrix trace = new TraceMatrix(read.requirements().stream().map(r -> new RequirementTrace(r,
                r.effectiveClass(SafetyClass.C), List.of(), List.of())).toList(), List.of());
        reqif = dir.resolve("pump.reqif");
        try (OutputStream out = Files.newOutputStream(reqif)) {
            ReqifFile.write(out, new ProjectInfo("com.example", "pump", "1.0.0", "Pump", "1.0",
                    Instant.parse("2026-01-01T00:00:00Z"), null), Instant.parse("2026-01-01T00:00:00Z"), read, trace);
        }
        catalog = dir.resolve("requirements.yaml");
    }

    private CatalogMerge.Result runImport(String catalogText, boolean apply) throws Exception {
        Files.writeString(catalog, catalogText);
        return ReqifImport.run(reqif, "pump.reqif", ReqifReader.FOREIGN_ID, catalog, "src/iec62304/requirements.yaml",
                apply);
    }

    private static RequirementCatalog read(String text) {
        return new RequirementCatalogReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "requirements.yaml");
    }

    @Test
    void importingTheExportIntoTheSameCatalogChangesNothing() throws Exception {
        assertTrue(original.contains(DOSE_002) && original.contains(DOSE_004_TEXT), "the sample pump changed");
        CatalogMerge.Result result = runImport(original, false);
        assertEquals(original, Files.readString(catalog));
        assertEquals(List.of(), result.added());
        assertEquals(List.of(), result.changes());
        assertEquals(List.of(), result.notInReqif());
        // system requirements and risk controls of the export are not software requirements
        assertEquals(List.of("6 SPEC-OBJECT(s) of type 'Risk control': not software requirements",
                "4 SPEC-OBJECT(s) of type 'System requirement': not software requirements"), result.skipped());
        assertEquals(List.of("No requirement of pump.reqif is new to src/iec62304/requirements.yaml."),
                ImportReport.lines(result, "src/iec62304/requirements.yaml", "pump.reqif").subList(0, 1));
    }

    @Test
    void aRemovedRequirementComesBackAndAChangedTextIsReportedNotWritten() throws Exception {
        String edited = original.replace(DOSE_002, "").replace(DOSE_004_TEXT, DOSE_004_EDITED);
        CatalogMerge.Result result = runImport(edited, false);

        String block = """

                  # imported from pump.reqif (SPEC-OBJECT _REQ-DOSE-002)
                  - id: REQ-DOSE-002
                    title: "Hard dose-rate limit"
                    text: "The pump shall refuse a prescription whose dose rate in mg/h exceeds the drug library hard \
                maximum for that drug, and shall not produce a rate for it."
                """;
        String last = "    safetyClass: A\n";
        assertEquals(1, count(edited, last + "\n# System requirements"));
        // everything the team wrote stays byte for byte; the block goes at the end of the requirements list
        assertEquals(edited.replace(last + "\n# System", last + block + "\n# System"), Files.readString(catalog));
        Requirement back = read(Files.readString(catalog)).find("REQ-DOSE-002").orElseThrow();
        Requirement before = read(original).find("REQ-DOSE-002").orElseThrow();
        assertEquals(List.of(before.title(), before.text()), List.of(back.title(), back.text()));
        assertEquals(List.of(new CatalogMerge.Change("REQ-DOSE-004", "text",
                "The pump shall reject a prescription without a drug name.",
                read(original).find("REQ-DOSE-004").orElseThrow().text(), false)), result.changes());
        assertEquals(List.of(
                "Added 1 requirement(s) of pump.reqif at the end of the requirements list of req.yaml: REQ-DOSE-002. "
                        + "Set their safetyClass, riskControls, parents and verification as needed.",
                "WARN REQ-DOSE-004 text differs in pump.reqif (not written):",
                "WARN   - req.yaml: The pump shall reject a prescription without a drug name.",
                "WARN   + pump.reqif: The pump shall reject a prescription with a missing drug name, a dose or "
                        + "concentration that is zero or negative, or a duration shorter than 1 minute or longer "
                        + "than 24 hours.",
                "WARN 1 title(s)/text(s) differ and were left as the catalog has them; review them and edit the "
                        + "catalog, or re-run with -Diec62304.reqifApplyChanges=true to write the ReqIF values in "
                        + "place."), ImportReport.lines(result, "req.yaml", "pump.reqif").subList(0, 5));
    }

    @Test
    void appliedChangesReplaceOnlyTheFieldsLines() throws Exception {
        String edited = original.replace(DOSE_004_TEXT, DOSE_004_EDITED);
        CatalogMerge.Result result = runImport(edited, true);
        String text = read(original).find("REQ-DOSE-004").orElseThrow().text();
        assertEquals(edited.replace(DOSE_004_EDITED, "    text: \"" + text + "\"\n"), Files.readString(catalog));
        assertTrue(result.changes().get(0).applied());
        assertEquals(text, read(Files.readString(catalog)).find("REQ-DOSE-004").orElseThrow().text());
    }

    @Test
    void appliedChangesKeepTheCommentsAroundTheField() throws Exception {
        String edited = original.replace("    title: Hard dose-rate limit\n", "    title: Hard limit   # renamed in review\n"
                + "    # the wording follows the drug library manual\n");
        runImport(edited, true);
        assertEquals(original.replace("    title: Hard dose-rate limit\n", "    title: \"Hard dose-rate limit\"  "
                + "# renamed in review\n    # the wording follows the drug library manual\n"), Files.readString(catalog));
        assertEquals("", CatalogMerge.trailingComment("\"a # b\""));
        assertEquals("  # c", CatalogMerge.trailingComment("'it''s # b'   # c"));
        assertEquals("  # c", CatalogMerge.trailingComment(">-   # c"));
    }

    @Test
    void windowsLineEndsStayAndTheNewEntryUsesThem() throws Exception {
        String crlf = original.replace(DOSE_002, "").replace("\n", "\r\n");
        runImport(crlf, false);
        String merged = Files.readString(catalog);
        assertFalse(merged.replace("\r\n", "").contains("\n"), "a bare line feed was written");
        assertEquals(read(original).requirements().size(), read(merged).requirements().size());
        assertTrue(merged.startsWith(crlf.substring(0, crlf.indexOf("# System requirements") - 2)));
    }

    @Test
    void aCatalogTheImportCannotEditSurgicallyIsLeftUntouched() throws Exception {
        String flow = "requirements: [{id: REQ-DOSE-001, title: T, text: X}]\n";
        InputException e = assertThrows(InputException.class, () -> runImport(flow, false));
        assertTrue(e.getMessage().startsWith("src/iec62304/requirements.yaml: the merged catalog would not read back"),
                e.getMessage());
        assertEquals(flow, Files.readString(catalog));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("pump.reqif", "requirements.yaml"), files.map(p -> p.getFileName().toString())
                    .sorted().toList());
        }
    }

    @Test
    void hostileTitlesAndTextsReadBackExactly() throws Exception {
        String hostile = "# not a comment: \"quoted\" \\ back\\slash, {flow} [list] & *alias !tag %";
        Requirement r = new Requirement("REQ-NEW-1", hostile, hostile + " <b>bold</b>", null, List.of(), List.of(),
                1);
        RequirementCatalog theirs = new RequirementCatalog("x", List.of(r));
        try (OutputStream out = Files.newOutputStream(reqif)) {
            ReqifFile.write(out, new ProjectInfo("g", "a", "1", "n", "1", null, null), Instant.EPOCH, theirs,
                    new TraceMatrix(List.of(new RequirementTrace(r, SafetyClass.C, List.of(), List.of())), List.of()));
        }
        CatalogMerge.Result result = runImport(original, false);
        assertEquals(1, result.added().size());
        Requirement back = read(Files.readString(catalog)).find("REQ-NEW-1").orElseThrow();
        assertEquals(List.of(hostile, hostile + " <b>bold</b>"), List.of(back.title(), back.text()));
        assertFalse(result.notInReqif().isEmpty());
    }

    private static long count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
