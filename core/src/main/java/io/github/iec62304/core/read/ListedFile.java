package io.github.iec62304.core.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A regular file found by a directory walk, with the size and time the walk already read. Readers of many small
 * files (class files, test reports) then open and read each file once, without the further {@code stat} calls
 * of {@code Files.isRegularFile}, {@code Files.getLastModifiedTime} and {@code Files.readAllBytes}: on 100,000
 * files those path lookups cost seconds (measured with the benchmark, see {@code bench/}).
 *
 * @param path     the file
 * @param size     its size in bytes when listed
 * @param modified when it was last written
 */
public record ListedFile(Path path, long size, FileTime modified) {

    /**
     * @param dir      the directory to walk (symbolic links to files are followed, to directories not)
     * @param maxDepth {@code 1} for the directory's own entries, {@link Integer#MAX_VALUE} for all below it
     * @param name     which file names to keep
     * @return the regular files, sorted by path
     * @throws IOException when the directory cannot be walked
     */
    public static List<ListedFile> list(Path dir, int maxDepth, Predicate<String> name) throws IOException {
        List<ListedFile> files = new ArrayList<>();
        Files.walkFileTree(dir, Set.of(), maxDepth, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!name.test(file.getFileName().toString())) {
                    return FileVisitResult.CONTINUE;
                }
                BasicFileAttributes target = attributes.isSymbolicLink()
                        ? Files.readAttributes(file, BasicFileAttributes.class) : attributes;
                if (target.isRegularFile()) {
                    files.add(new ListedFile(file, target.size(), target.lastModifiedTime()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(ListedFile::path));
        return files;
    }

    /**
     * Reads the whole file: one open and reads into one buffer of the listed size plus one byte, so a file that
     * grew since it was listed is seen and read to its end. Through a {@link FileChannel}: a
     * {@code FileInputStream} also asks the kernel for the file's size and position (two more system calls per
     * file: a quarter of the read time when two threads read the 50,000 class files of the benchmark's L project,
     * 6.2 against 4.7 microseconds a file).
     *
     * @throws IOException when it cannot be read
     */
    public byte[] readAll() throws IOException {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("larger than 2 GiB");
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) size + 1);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // a read returns what the file has; the next one returns -1 at its end
            }
            if (buffer.hasRemaining()) {
                return Arrays.copyOf(buffer.array(), buffer.position());
            }
            ByteArrayOutputStream grown = new ByteArrayOutputStream();
            grown.write(buffer.array(), 0, buffer.position());
            Channels.newInputStream(channel).transferTo(grown);
            return grown.toByteArray();
        }
    }
}
