package io.github.iec62304.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;
import org.jacoco.core.internal.data.CRC64;
import org.jacoco.core.internal.flow.ClassProbesAdapter;
import org.jacoco.core.internal.flow.ClassProbesVisitor;
import org.jacoco.core.internal.flow.MethodProbesVisitor;
import org.objectweb.asm.ClassReader;

/**
 * The {@code jacoco.exec} of the synthetic test run, written with JaCoCo core. Each class gets as many probes as
 * JaCoCo places in it: counted with the same probe adapter JaCoCo's analyzer and instrumenter run (a wrong count
 * makes JaCoCo refuse the data). The id is JaCoCo's CRC64 of the class bytes.
 */
final class ExecutionData {

    /** One class's probes as a test run would have recorded them. */
    record ClassProbes(String name, long id, boolean[] probes) {
    }

    private ExecutionData() {
    }

    /** @return how many probes JaCoCo places in the class */
    static int probeCount(byte[] classBytes) {
        int[] count = new int[1];
        ClassProbesVisitor counter = new ClassProbesVisitor() {
            @Override
            public MethodProbesVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                   String[] exceptions) {
                return null; // the adapter still walks the method, so probe ids stay as JaCoCo numbers them
            }

            @Override
            public void visitTotalProbeCount(int total) {
                count[0] = total;
            }
        };
        new ClassReader(classBytes).accept(new ClassProbesAdapter(counter, false), 0);
        return count[0];
    }

    /**
     * @param binaryName    the class
     * @param classBytes    its class file
     * @param executedShare share of probes hit, 1.0 for all
     * @param seed          decides which probes are hit when not all are
     */
    static ClassProbes probes(String binaryName, byte[] classBytes, double executedShare, long seed) {
        boolean[] probes = new boolean[probeCount(classBytes)];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < probes.length; i++) {
            probes[i] = executedShare >= 1.0 || rnd.nextDouble() < executedShare;
        }
        return new ClassProbes(binaryName.replace('.', '/'), CRC64.classId(classBytes), probes);
    }

    /** Writes one session with every class, sorted by name (same inputs, same bytes). */
    static void write(Path file, String sessionId, long start, long dump, List<ClassProbes> classes)
            throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            ExecutionDataWriter writer = new ExecutionDataWriter(out);
            writer.visitSessionInfo(new SessionInfo(sessionId, start, dump));
            classes.stream().sorted(Comparator.comparing(ClassProbes::name)).forEach(c -> writer.visitClassExecution(
                    new org.jacoco.core.data.ExecutionData(c.id(), c.name(), c.probes())));
            writer.flush();
        }
    }
}
