package io.github.iec62304.core.read.coverage;

import io.github.iec62304.core.read.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jacoco.core.data.ExecutionData;

/**
 * The fingerprint of one JaCoCo execution data file as the coverage gate uses it: the id, name and probes (merged
 * over the file's sessions) of every class the gate judges (the project's production classes), without the session
 * information (host name, start and dump times) and without the hundreds of library and test-framework classes the
 * agent also records: those change with every run of the same tests (which surefire and JUnit code paths ran
 * depends on timing), and no gate reads them. The probes are kept and hashed packed, eight to a byte as the file
 * stores them, so the fingerprint costs an eighth of the probes' memory and nothing per probe when hashed.
 */
final class ExecutionDataFingerprint {

    /** One class: its name, probe count and probes packed (probe i is bit {@code i % 8} of byte {@code i / 8}). */
    private record ClassProbes(String name, int count, byte[] bits) {
    }

    private final Map<Long, ClassProbes> classes = new TreeMap<>();

    /** Adds one class's data; a class seen in an earlier session of the file gets its probes merged. */
    void add(ExecutionData data) {
        boolean[] probes = data.getProbes(); // packed into a copy: the store merges into the object it keeps
        classes.merge(data.getId(), new ClassProbes(data.getName(), probes.length, pack(probes)),
                ExecutionDataFingerprint::merge);
    }

    private static byte[] pack(boolean[] probes) {
        byte[] bits = new byte[(probes.length + 7) / 8];
        for (int i = 0; i < probes.length; i++) {
            if (probes[i]) {
                bits[i >>> 3] |= (byte) (1 << (i & 7));
            }
        }
        return bits;
    }

    /** Probes hit in either session; counts that differ are refused by JaCoCo's store, the later one is kept. */
    private static ClassProbes merge(ClassProbes old, ClassProbes added) {
        if (old.count() != added.count()) {
            return added;
        }
        for (int i = 0; i < old.bits().length; i++) {
            old.bits()[i] |= added.bits()[i];
        }
        return old;
    }

    /**
     * @param judged whether a class (JaCoCo's VM name, {@code com/acme/Pump$Inner}) is one the gate judges
     * @return SHA-256 over each judged class, by id: the UTF-8 line {@code <class id, 16 hex digits> <class name> <probe
     *         count>\n}, then its probes packed, {@code ceil(count / 8)} bytes, probe i in bit {@code i % 8} (lowest
     *         first) of byte {@code i / 8}, unused bits 0
     */
    String sha256(Predicate<String> judged) {
        MessageDigest digest = Sha256.newDigest();
        classes.forEach((id, c) -> {
            if (!judged.test(c.name())) {
                return;
            }
            digest.update(String.format(Locale.ROOT, "%016x %s %d\n", id, c.name(), c.count())
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(c.bits());
        });
        return Sha256.hex(digest.digest());
    }
}
