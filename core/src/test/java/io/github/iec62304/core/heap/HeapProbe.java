package io.github.iec62304.core.heap;

import io.github.iec62304.core.CheckResult;
import io.github.iec62304.core.Iec62304Check;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.model.soup.Sbom;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.baseline.BaselineReader;
import io.github.iec62304.core.read.sbom.SbomReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs one reader in a JVM of its own (started by {@link HeapLimitTest} with a small {@code -Xmx}) and prints what
 * it read and the heap's peak: {@code baseline <zip>}, {@code sbom <file>} (streamed from the file, as the check
 * reads it), {@code sbom-bytes <file>} (from a byte array of the whole file) or
 * {@code check <project>} (the whole check of a {@link BigProject}). Exit 0 when read, 2 when the reader
 * refused the input with a message, 3 when the heap ran out.
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        try {
            if (args[0].equals("baseline")) {
                Baseline b = BaselineReader.read(Path.of(args[1]), "baseline.zip", "com.acme", "pump");
                System.out.println("read " + b.tests().size() + " baseline test cases");
            } else if (args[0].equals("check")) {
                CheckResult r = Iec62304Check.run(BigProject.settings(Path.of(args[1])));
                System.out.println("checked " + r.evidence().soup().shipped().size() + " shipped SOUP, "
                        + r.report().violations().size() + " violations");
            } else if (args[0].equals("sbom-bytes")) { // the whole file in memory first, as before issue 13 item 5
                Sbom s = SbomReader.read(Files.readAllBytes(Path.of(args[1])), "target/bom.json");
                System.out.println("read " + s.components().size() + " SBOM components");
            } else { // as the check reads it: streamed from the file
                try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                    Sbom s = SbomReader.read(in, "target/bom.json");
                    System.out.println("read " + s.components().size() + " SBOM components");
                }
            }
        } catch (InputException e) {
            System.out.println("refused: " + e.getMessage());
            System.exit(2);
        } catch (OutOfMemoryError e) {
            System.out.println("out of memory: " + e.getMessage());
            System.exit(3);
        }
        System.out.println("heap peak MiB: " + peakMiB());
    }

    private static long peakMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
