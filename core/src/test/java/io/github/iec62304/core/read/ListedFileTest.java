package io.github.iec62304.core.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListedFileTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private List<String> names(List<ListedFile> files) {
        return files.stream().map(f -> dir.relativize(f.path()).toString().replace('\\', '/')).toList();
    }

    @Test
    void listsTheRegularFilesWithTheirNamesSortedByPath() throws IOException {
        write("b/B.class", "b");
        write("a/z/Z.class", "zz");
        write("a/A.class", "a");
        write("a/notes.txt", "x");
        Files.createDirectories(dir.resolve("a/Dir.class"));

        List<ListedFile> files = ListedFile.list(dir, Integer.MAX_VALUE, n -> n.endsWith(".class"));

        assertEquals(List.of("a/A.class", "a/z/Z.class", "b/B.class"), names(files));
        assertEquals(2, files.get(1).size());
    }

    @Test
    void depthOneListsOnlyTheDirectorysOwnEntries() throws IOException {
        write("TEST-a.xml", "<a/>");
        write("old/TEST-b.xml", "<b/>");

        List<ListedFile> files = ListedFile.list(dir, 1, n -> n.startsWith("TEST-"));

        assertEquals(List.of("TEST-a.xml"), names(files));
    }

    @Test
    void recordsTheTimeTheFileWasWritten() throws IOException {
        Path f = write("A.class", "a");
        FileTime t = FileTime.from(Instant.parse("2026-11-01T10:00:00Z"));
        Files.setLastModifiedTime(f, t);

        assertEquals(t, ListedFile.list(dir, 1, n -> true).get(0).modified());
    }

    @Test
    void followsALinkToAFileButNotToADirectory() throws IOException {
        Path target = write("real/A.class", "a");
        write("elsewhere/B.class", "b");
        Path base = Files.createDirectories(dir.resolve("scan"));
        try {
            Files.createSymbolicLink(base.resolve("A.class"), target);
            Files.createSymbolicLink(base.resolve("linked"), dir.resolve("elsewhere"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }

        List<ListedFile> files = ListedFile.list(base, Integer.MAX_VALUE, n -> n.endsWith(".class"));

        assertEquals(List.of(base.resolve("A.class")), files.stream().map(ListedFile::path).toList());
        assertEquals(1, files.get(0).size());
    }

    @Test
    void readsTheWholeFile() throws IOException {
        write("A.class", "cafebabe");

        ListedFile f = ListedFile.list(dir, 1, n -> true).get(0);

        assertArrayEquals("cafebabe".getBytes(StandardCharsets.UTF_8), f.readAll());
    }

    @Test
    void readsAFileThatGrewOrShrankSinceItWasListedToItsEnd() throws IOException {
        Path p = write("TEST-a.xml", "<a/>");
        ListedFile f = ListedFile.list(dir, 1, n -> true).get(0);

        Files.writeString(p, "<testsuite name=\"grown\"/>");
        assertEquals("<testsuite name=\"grown\"/>", new String(f.readAll(), StandardCharsets.UTF_8));

        Files.writeString(p, "<x");
        assertEquals("<x", new String(f.readAll(), StandardCharsets.UTF_8));
    }
}
