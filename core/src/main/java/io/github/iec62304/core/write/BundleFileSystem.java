package io.github.iec62304.core.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every file-system step that writes, publishes or deletes evidence: the seam where tests inject a fault at step
 * N (a crash at that instant) and then check that what is on disk is wholly the old bundle or wholly the new one.
 */
interface BundleFileSystem {

    /** The real file system. */
    BundleFileSystem LOCAL = new BundleFileSystem() {
    };

    /** Creates one directory; its parent must exist. */
    default void createDirectory(Path dir) throws IOException {
        Files.createDirectory(dir);
    }

    /** Writes a new file (or replaces one inside a staging directory). */
    default void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
    }

    /** Opens a new file for writing; it must not exist. */
    default OutputStream create(Path file) throws IOException {
        return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /**
     * Forces a file's bytes, or a directory's entries, to the storage device, so that what follows cannot survive
     * a power loss without it. A directory that cannot be opened for this (Windows) is skipped.
     */
    default void sync(Path path) throws IOException {
        boolean dir = Files.isDirectory(path);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!dir) {
                throw e;
            }
        }
    }

    /** Renames atomically, replacing a file at {@code to}: a reader sees the old target or the new one. */
    default void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes a file or an empty directory. */
    default void delete(Path path) throws IOException {
        Files.delete(path);
    }
}
