package io.github.iec62304.core.reqif;

import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.TestSelector;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SystemRequirement;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.catalog.RequirementCatalogReader;
import io.github.iec62304.core.read.reqif.ReqifContent;
import io.github.iec62304.core.read.reqif.ReqifReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code reqif-import} flow: read the ReqIF file and the catalog, merge ({@link CatalogMerge}), read the merged
 * text back with the strict catalog reader and check that it says exactly what was meant (every requirement and
 * system requirement as before but for the changes applied, the new ones appended), then replace the catalog
 * atomically (a temporary file beside it, moved over it). When the merged text would not read back, or would read
 * back differently, nothing is written.
 */
public final class ReqifImport {

    private ReqifImport() {
    }

    /**
     * @param reqifFile    the ReqIF file
     * @param reqifLabel   its name for messages
     * @param idAttribute  the attribute that holds the catalog id ({@link ReqifReader#FOREIGN_ID} by default)
     * @param catalogFile  the catalog
     * @param catalogLabel its name for messages
     * @param applyChanges whether differing titles and texts are written, or only reported
     * @return what was merged; {@link CatalogMerge.Result#text()} is what the catalog now holds
     * @throws InputException when either file cannot be read or the merge would not read back
     */
    public static CatalogMerge.Result run(Path reqifFile, String reqifLabel, String idAttribute, Path catalogFile,
                                          String catalogLabel, boolean applyChanges) {
        if (!Files.isRegularFile(reqifFile)) {
            throw new InputException(reqifLabel, 0, "ReqIF file not found; point <reqifFile> / -Diec62304.reqifFile at "
                    + "the .reqif file your requirements tool exported");
        }
        if (!Files.isRegularFile(catalogFile)) {
            throw new InputException(catalogLabel, 0, "requirements catalog not found; point <requirementsFile> / "
                    + "-Diec62304.requirementsFile at it");
        }
        ReqifContent reqif;
        try (InputStream in = Files.newInputStream(reqifFile)) {
            reqif = new ReqifReader().read(in, reqifLabel, idAttribute);
        } catch (IOException e) {
            throw new InputException(reqifLabel, 0, "cannot be read (" + e.getMessage() + ")", e);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(catalogFile);
        } catch (IOException e) {
            throw new InputException(catalogLabel, 0, "cannot be read (" + e.getMessage() + ")", e);
        }
        String text = utf8(bytes, catalogLabel);
        RequirementCatalog catalog = new RequirementCatalogReader().read(new ByteArrayInputStream(bytes),
                catalogLabel);
        CatalogMerge.Result result = CatalogMerge.merge(text, catalog, reqif, applyChanges);
        if (!result.text().equals(text)) {
            verify(result, catalog, catalogLabel);
            write(catalogFile, result.text().getBytes(StandardCharsets.UTF_8), catalogLabel);
        }
        return result;
    }

    private static String utf8(byte[] bytes, String label) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(label, 0, "is not UTF-8 text; nothing was written");
        }
    }

    /** Reads the merged text back and checks it holds exactly the intended catalog. */
    static void verify(CatalogMerge.Result result, RequirementCatalog before, String label) {
        RequirementCatalog after;
        try {
            after = new RequirementCatalogReader().read(new ByteArrayInputStream(result.text()
                    .getBytes(StandardCharsets.UTF_8)), label);
        } catch (InputException e) {
            throw refused(label, "would not read back (" + e.getMessage() + ")");
        }
        List<Requirement> expected = new ArrayList<>();
        Map<String, Map<String, String>> applied = result.changes().stream().filter(CatalogMerge.Change::applied)
                .collect(Collectors.groupingBy(CatalogMerge.Change::id, Collectors.toMap(CatalogMerge.Change::field,
                        CatalogMerge.Change::reqif)));
        for (Requirement r : before.requirements()) {
            Map<String, String> c = applied.getOrDefault(r.id(), Map.of());
            expected.add(new Requirement(r.id(), c.getOrDefault("title", r.title()), c.getOrDefault("text", r.text()),
                    r.safetyClass(), r.riskControls(), r.parents(), 0, r.verification(), noLines(r.tests())));
        }
        result.added().forEach(a -> expected.add(new Requirement(a.id(), a.title(), a.text(), null, List.of(),
                List.of(), 0)));
        List<Requirement> actual = after.requirements().stream().map(r -> new Requirement(r.id(), r.title(),
                r.text(), r.safetyClass(), r.riskControls(), r.parents(), 0, r.verification(), noLines(r.tests())))
                .toList();
        Function<SystemRequirement, SystemRequirement> noLine = s -> new SystemRequirement(s.id(), s.title(),
                s.text(), s.notSoftware(), 0);
        if (!expected.equals(actual) || !before.systemRequirements().stream().map(noLine).toList()
                .equals(after.systemRequirements().stream().map(noLine).toList())) {
            throw refused(label, "would read back differently from what the import meant to write (its layout is "
                    + "one the import cannot edit surgically, e.g. flow-style entries)");
        }
    }

    /** @return the selectors without their lines: an import moves lines, never what a selector says */
    private static List<TestSelector> noLines(List<TestSelector> tests) {
        return tests.stream().map(t -> new TestSelector(t.text(), 0)).toList();
    }

    private static InputException refused(String label, String why) {
        return new InputException(label, 0, "the merged catalog " + why + "; nothing was written. Add the "
                + "requirements by hand, or report the catalog's layout as an issue");
    }

    /** Writes beside the catalog, then moves over it: a reader sees the old catalog or the new, never a part. */
    private static void write(Path catalogFile, byte[] bytes, String label) {
        Path dir = catalogFile.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + catalogFile.getFileName() + ".", ".reqif-import");
            Files.write(temp, bytes);
            try { // a temporary file is created owner-only: the catalog keeps the permissions it had
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(catalogFile));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the moved file has the directory's default attributes
            }
            try {
                Files.move(temp, catalogFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, catalogFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new InputException(label, 0, "cannot be written (" + e.getMessage() + "); it was not changed", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
