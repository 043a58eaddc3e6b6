package io.github.iec62304.core.read.coverage;

import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.read.InputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * Reads JaCoCo execution data ({@code jacoco.exec}, {@code jacoco-it.exec}) with JaCoCo core. The format is the
 * same for every 0.8.x agent. Files that do not exist are skipped; the caller decides whether that is an error.
 */
public final class ExecutionDataFiles {

    /**
     * When a JaCoCo session (one test JVM) wrote its data.
     *
     * @param file     the exec file, for messages
     * @param id       the session id the agent recorded
     * @param dumpTime when the session's data was written, in ms since 1970
     */
    public record Session(String file, String id, long dumpTime) {
    }

    /**
     * Execution data of all files, merged.
     *
     * @param store    probes by class id
     * @param inputs   the files read, with digests (empty when none exists)
     * @param labels   the files looked for, for messages
     * @param sessions every session found, in file order (an agent appends one per test JVM and build)
     * @param fingerprints each file's probes as the fingerprint keeps them, in the order of {@code inputs}
     */
    public record Read(ExecutionDataStore store, List<InputFile> inputs, List<String> labels,
                       List<Session> sessions, List<ExecutionDataFingerprint> fingerprints) {

        /**
         * @param judged whether a class (JaCoCo's VM name, {@code com/acme/Pump$Inner}) is one the gates judge
         * @return the same read, each file's digest taken over the judged classes only (see
         *         {@link ExecutionDataFingerprint})
         */
        public Read digestedOver(Predicate<String> judged) {
            List<InputFile> digested = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                InputFile f = inputs.get(i);
                digested.add(new InputFile(f.path(), fingerprints.get(i).sha256(judged), f.files(), f.sha256Of()));
            }
            return new Read(store, digested, labels, sessions, fingerprints);
        }

        /** @return {@code true} when at least one file was read */
        public boolean present() {
            return !inputs.isEmpty();
        }
    }

    /** A file to read and its name in messages. */
    public record ExecFile(Path path, String label) {
    }

    private ExecutionDataFiles() {
    }

    /**
     * @throws InputException naming the file when it is not JaCoCo execution data, truncated, inconsistent, claims
     *                        more probes for a class than a compiled class has, or runs the build out of memory or
     *                        stack while it is read
     */
    public static Read read(List<ExecFile> files) {
        ExecutionDataStore store = new ExecutionDataStore();
        List<InputFile> inputs = new ArrayList<>();
        List<ExecutionDataFingerprint> fingerprints = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        for (ExecFile file : files) {
            labels.add(file.label());
            if (!Files.isRegularFile(file.path())) {
                continue;
            }
            if (isEmpty(file)) { // the agent creates the file at JVM start: the test JVM never finished
                throw new InputException(file.label(), 0, "is not a JaCoCo execution data file or is truncated "
                        + "(empty file); delete it and run mvn clean verify");
            }
            try (InputStream in = Files.newInputStream(file.path())) {
                ExecutionDataFingerprint fingerprint = new ExecutionDataFingerprint();
                ExecutionDataReader reader = BoundedExecutionDataReader.over(new BufferedInputStream(in),
                        Files.size(file.path()), file.label());
                reader.setExecutionDataVisitor(data -> {
                    fingerprint.add(data);
                    store.put(data);
                });
                reader.setSessionInfoVisitor(info -> sessions.add(new Session(file.label(), info.getId(),
                        info.getDumpTimeStamp())));
                reader.read();
                fingerprints.add(fingerprint);
                inputs.add(new InputFile(file.label(), fingerprint.sha256(c -> true), 1,
                        InputFile.DigestOf.EXECUTION_DATA));
            } catch (InputException e) { // already one line naming the file
                throw e;
            } catch (IOException e) {
                throw new InputException(file.label(), 0, "is not a JaCoCo execution data file or is truncated ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                        + "); delete it and run mvn clean verify");
            } catch (IllegalStateException e) {
                throw new InputException(file.label(), 0, "holds execution data that contradicts another file ("
                        + e.getMessage() + "); delete the .exec files and run mvn clean verify");
            } catch (RuntimeException e) { // whatever else JaCoCo's reader throws on a crafted file
                throw new InputException(file.label(), 0, "is not a JaCoCo execution data file or is corrupt ("
                        + e.getClass().getSimpleName() + "); delete it and run mvn clean verify", e);
            } catch (OutOfMemoryError | StackOverflowError e) {
                // safe to catch: thrown while this file's data was being built, which is dropped as the error
                // unwinds; other errors (linkage, internal) are not the file's doing and propagate
                throw new InputException(file.label(), 0, "is too large or corrupt to read ("
                        + e.getClass().getSimpleName() + "); delete it and run mvn clean verify, or give the build more "
                        + "heap (MAVEN_OPTS=-Xmx...) if the file is genuine", e);
            }
        }
        return new Read(store, inputs, labels, sessions, fingerprints);
    }

    private static boolean isEmpty(ExecFile file) {
        try {
            return Files.size(file.path()) == 0;
        } catch (IOException e) {
            throw new InputException(file.label(), 0, "cannot be read: " + e, e);
        }
    }
}
