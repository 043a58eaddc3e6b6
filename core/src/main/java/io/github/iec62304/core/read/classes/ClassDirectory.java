package io.github.iec62304.core.read.classes;

import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.ListedFile;
import io.github.iec62304.core.read.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.List;
import java.util.function.Function;

/**
 * Reads every {@code .class} file below a directory exactly once, in parallel, and passes its bytes to a
 * consumer. Its digest for the manifest is the SHA-256 of the sorted lines {@code "<path> <sha256>\n"}.
 */
public final class ClassDirectory {

    private ClassDirectory() {
    }

    /**
     * The per-file results of a read, the directory's digest, and when its newest class file was written (to
     * recognise test reports older than the code they claim to test).
     */
    public record Read<T>(List<T> results, InputFile input, FileTime newest) {
    }

    /**
     * @param dir      the directory; a missing one reads as empty
     * @param label    the directory relative to the project, for the manifest and messages
     * @param consumer turns one class file into a result (runs concurrently)
     */
    public static <T> Read<T> read(Path dir, String label, Function<ClassFile, T> consumer) {
        if (!Files.isDirectory(dir)) {
            return new Read<>(List.of(), new InputFile(label, Sha256.of(new byte[0]), 0,
                    InputFile.DigestOf.CLASS_FILES), FileTime.fromMillis(0));
        }
        List<ListedFile> files;
        try {
            files = ListedFile.list(dir, Integer.MAX_VALUE, name -> name.endsWith(".class"));
        } catch (IOException e) {
            throw new InputException(label, 0, "cannot list class files: " + e.getMessage(), e);
        }
        record Scanned<T>(String line, T result, FileTime modified) {
        }
        List<Scanned<T>> scanned = files.parallelStream().map(file -> {
            String path = dir.relativize(file.path()).toString().replace('\\', '/');
            byte[] bytes = readAll(file, label + "/" + path);
            return new Scanned<>(path + " " + Sha256.of(bytes) + "\n", consumer.apply(new ClassFile(path, bytes)),
                    file.modified());
        }).toList();
        MessageDigest tree = Sha256.newDigest();
        scanned.forEach(s -> tree.update(s.line().getBytes(StandardCharsets.UTF_8)));
        FileTime newest = scanned.stream().map(Scanned::modified).max(FileTime::compareTo)
                .orElse(FileTime.fromMillis(0));
        return new Read<>(scanned.stream().map(Scanned::result).toList(),
                new InputFile(label, Sha256.hex(tree.digest()), files.size(), InputFile.DigestOf.CLASS_FILES),
                newest);
    }

    private static byte[] readAll(ListedFile file, String label) {
        try {
            return file.readAll();
        } catch (IOException e) {
            throw new InputException(label, 0, "cannot be read: " + e, e);
        }
    }
}
