package io.github.iec62304.core.read.coverage;

import io.github.iec62304.core.read.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;
import org.jacoco.core.data.ExecutionData;

/**
 * The fingerprint of one JaCoCo execution data file as the coverage gate uses it: every class's id, name and
 * probes (merged over the file's sessions), without the session information (host name, start and dump times) that
 * changes with every run of the same tests.
 */
final class ExecutionDataFingerprint {

    private record ClassProbes(String name, boolean[] probes) {
    }

    private final Map<Long, ClassProbes> classes = new TreeMap<>();

    /** Adds one class's data; a class seen in an earlier session of the file gets its probes merged. */
    void add(ExecutionData data) {
        boolean[] probes = data.getProbes().clone(); // the store merges into the object it keeps
        classes.merge(data.getId(), new ClassProbes(data.getName(), probes), (old, added) -> {
            boolean[] merged = old.probes().length == added.probes().length ? old.probes() : added.probes();
            for (int i = 0; i < merged.length && i < added.probes().length && i < old.probes().length; i++) {
                merged[i] = old.probes()[i] || added.probes()[i];
            }
            return new ClassProbes(old.name(), merged);
        });
    }

    /** @return SHA-256 over the lines {@code <class id, 16 hex digits> <class name> <probes as 0 and 1>\n}, by id */
    String sha256() {
        MessageDigest digest = Sha256.newDigest();
        StringBuilder line = new StringBuilder();
        classes.forEach((id, c) -> {
            line.setLength(0);
            line.append(String.format("%016x", id)).append(' ').append(c.name()).append(' ');
            for (boolean p : c.probes()) {
                line.append(p ? '1' : '0');
            }
            digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        });
        return Sha256.hex(digest.digest());
    }
}
