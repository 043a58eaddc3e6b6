package io.github.iec62304.core.write;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real file system until step {@code failAt}, where it "crashes": that step and every later one throw without
 * touching the disk, as if the process had been killed at that instant (clean-up code in the writer cannot run).
 * {@code new FaultyFileSystem(Integer.MAX_VALUE)} never fails.
 */
final class FaultyFileSystem implements BundleFileSystem {

    private final int failAt;
    private final AtomicInteger steps = new AtomicInteger();
    private final AtomicBoolean crashed = new AtomicBoolean();

    FaultyFileSystem(int failAt) {
        this.failAt = failAt;
    }

    boolean crashed() {
        return crashed.get();
    }

    private void step(String what) throws IOException {
        if (crashed.get() || steps.incrementAndGet() >= failAt) {
            crashed.set(true);
            throw new IOException("injected fault at step " + failAt + " (" + what + ")");
        }
    }

    @Override
    public void createDirectory(Path dir) throws IOException {
        step("mkdir " + dir);
        BundleFileSystem.LOCAL.createDirectory(dir);
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
        step("write " + file);
        BundleFileSystem.LOCAL.write(file, bytes);
    }

    @Override
    public OutputStream create(Path file) throws IOException {
        step("create " + file);
        return new FilterOutputStream(BundleFileSystem.LOCAL.create(file)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                step("append " + file);
                out.write(b, off, len);
            }

            @Override
            public void write(int b) throws IOException {
                step("append " + file);
                out.write(b);
            }

            @Override
            public void close() throws IOException {
                try {
                    if (!crashed.get()) {
                        flush();
                    }
                } finally {
                    out.close(); // the descriptor goes, as at a crash; unflushed bytes are lost
                }
            }
        };
    }

    /** Counted as a step; not forced (a test's temporary files need not survive a power loss, and it is slow). */
    @Override
    public void sync(Path path) throws IOException {
        step("fsync " + path);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        step("rename " + from + " -> " + to);
        BundleFileSystem.LOCAL.move(from, to);
    }

    @Override
    public void delete(Path path) throws IOException {
        step("delete " + path);
        BundleFileSystem.LOCAL.delete(path);
    }
}
