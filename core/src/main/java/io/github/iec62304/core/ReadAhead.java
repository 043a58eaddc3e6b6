package io.github.iec62304.core;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * An input read on a thread of its own while the check reads the others (the inputs do not depend on each other
 * until they are linked). A problem the read meets is thrown when the check joins it, and the check joins in the
 * order of its inputs: the problem it reports is the one it would meet reading them one after the other.
 *
 * @param <T> what the read gives
 */
final class ReadAhead<T> {

    /**
     * Reused daemon threads: in a multi-module build the next module's read finds what its thread already built
     * ({@code SbomReader} keeps one cyclonedx parser per thread; building one takes about 100 ms), and a read
     * left behind by a failing check never keeps the JVM alive.
     */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "iec62304-read");
        t.setDaemon(true);
        return t;
    });

    private final Future<T> value;

    private ReadAhead(Future<T> value) {
        this.value = value;
    }

    /** Starts the read. */
    static <T> ReadAhead<T> start(Supplier<T> read) {
        return new ReadAhead<>(READERS.submit(read::get));
    }

    /** @return what the read gave; what it threw is thrown here, as thrown */
    T join() {
        try {
            return value.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the inputs", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Drops a read the check no longer needs (it stopped at an earlier problem). */
    void cancel() {
        value.cancel(true);
    }
}
