package io.github.iec62304.core.reqif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.read.catalog.RequirementCatalogReader;
import io.github.iec62304.core.read.reqif.ReqifContent;
import io.github.iec62304.core.read.reqif.ReqifRequirement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Review: what the surgical merge keeps of the team's catalog. */
@Verifies("TOOL-GOAL-REQIF-IMPORT")
class CatalogMergeReviewTest {

    private static RequirementCatalog read(String text) {
        return new RequirementCatalogReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "requirements.yaml");
    }

    private static CatalogMerge.Result merge(String catalog, boolean apply, ReqifRequirement... theirs) {
        CatalogMerge.Result result = CatalogMerge.merge(catalog, read(catalog),
                new ReqifContent("tool.reqif", List.of(theirs), List.of()), apply);
        ReqifImport.verify(result, read(catalog), "requirements.yaml");
        return result;
    }

    @Test
    void appliedChangeKeepsTheCommentAtTheEndOfAMultiLineValue() {
        String catalog = """
                requirements:
                  - id: REQ-1
                    title: Old title that is
                      long   # agreed with QA on 2026-03-01
                    text: Some text.
                """;
        CatalogMerge.Result result = merge(catalog, true, new ReqifRequirement("REQ-1", "New title", "Some text.",
                "_1", 1));
        assertTrue(result.changes().get(0).applied());
        assertEquals("New title", read(result.text()).find("REQ-1").orElseThrow().title());
        assertTrue(result.text().contains("# agreed with QA on 2026-03-01"), result.text());
    }

    @Test
    void appliedChangeKeepsTheCommentAfterAMultiLineQuotedValue() {
        String catalog = """
                requirements:
                  - id: REQ-1
                    title: T
                    text: "The pump shall # not a comment
                      stop"   # see hazard H-4
                """;
        CatalogMerge.Result result = merge(catalog, true, new ReqifRequirement("REQ-1", "T", "The pump stops.",
                "_1", 1));
        assertEquals("The pump stops.", read(result.text()).find("REQ-1").orElseThrow().text());
        assertTrue(result.text().endsWith("    text: \"The pump stops.\"  # see hazard H-4\n"), result.text());
    }

    @Test
    void theWrittenCatalogKeepsItsFilePermissions(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault()
                .supportedFileAttributeViews().contains("posix"));
        String catalog = "requirements:\n  - id: REQ-1\n    title: T\n    text: X\n";
        java.nio.file.Path file = dir.resolve("requirements.yaml");
        java.nio.file.Files.writeString(file, catalog);
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        java.nio.file.Files.setPosixFilePermissions(file, perms);
        Requirement r = new Requirement("REQ-2", "New", "Added.", null, List.of(), List.of(), 1);
        java.nio.file.Path reqif = dir.resolve("tool.reqif");
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(reqif)) {
            io.github.iec62304.core.write.reqif.ReqifFile.write(out, new io.github.iec62304.core.project.ProjectInfo(
                    "g", "a", "1", "n", "1", null, null), java.time.Instant.EPOCH, new RequirementCatalog("x",
                    List.of(r)), new io.github.iec62304.core.link.TraceMatrix(List.of(
                    new io.github.iec62304.core.link.RequirementTrace(r, io.github.iec62304.core.model.SafetyClass.C,
                            List.of(), List.of())), List.of()));
        }
        CatalogMerge.Result result = ReqifImport.run(reqif, "tool.reqif",
                io.github.iec62304.core.read.reqif.ReqifReader.FOREIGN_ID, file, "requirements.yaml", false);
        assertEquals(1, result.added().size());
        assertEquals(perms, java.nio.file.Files.getPosixFilePermissions(file));
    }

    @Test
    void anIdThatYamlReadsAsNullIsAddedAsText() {
        String catalog = "requirements:\n  - id: REQ-1\n    title: T\n    text: X\n";
        for (String id : List.of("null", "Null", "NULL", "true", "1.10", "0x1F", "2026-01-01")) {
            CatalogMerge.Result result = merge(catalog, false, new ReqifRequirement(id, "T", "X", "_" + id, 1));
            assertEquals(id, read(result.text()).requirements().get(1).id());
        }
    }

    @Test
    void hostileScalarsReadBackExactly() {
        String catalog = """
                requirements:
                  - id: REQ-1
                    title: T
                    text: X
                """;
        List<String> hostile = List.of("- leading dash", "* star", "& anchor", "key: value", "a # b", "'single'",
                "line\u2028sep\u2029para", "nel\u0085x", "tab\tx", "emoji \uD83D\uDE00", "? question", "| bar",
                "> gt", "!tag", "%directive", "@at", "`tick`", "{a: b}", "[1, 2]", "null", "true", "~", "0x1F",
                "\"quoted\"", "back\\slash", "multi\nline\r\nend", "\u00e9\u00e8 \u4e2d\u6587", "--- doc",
                "... end", "trailing: ");
        int i = 0;
        List<String> failed = new java.util.ArrayList<>();
        for (String h : hostile) {
            i++;
            CatalogMerge.Result result;
            try {
                result = merge(catalog, false, new ReqifRequirement("REQ-H" + i, h.strip(), h.strip(), "_h", 1));
            } catch (RuntimeException e) {
                failed.add(h + " -> " + e.getMessage());
                continue;
            }
            Requirement back = read(result.text()).find("REQ-H" + i).orElseThrow();
            if (!List.of(h.strip(), h.strip()).equals(List.of(back.title(), back.text()))) {
                failed.add(h + " read back as " + back.title());
            }
        }
        assertEquals(List.of(), failed);
    }

    @Test
    void appendAfterAKeepBlockScalar() {
        String catalog = "requirements:\n  - id: REQ-1\n    title: T\n    text: |+\n      kept\n\n\n"
                + "systemRequirements:\n  - id: SYS-1\n    title: S\n";
        CatalogMerge.Result result = merge(catalog, false, new ReqifRequirement("REQ-2", "N", "M", "_2", 1));
        assertEquals(read(catalog).find("REQ-1").orElseThrow().text(),
                read(result.text()).find("REQ-1").orElseThrow().text());
    }
}
