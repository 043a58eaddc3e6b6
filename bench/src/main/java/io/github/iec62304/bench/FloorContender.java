package io.github.iec62304.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor: reads every byte of the check's inputs once (class files, test class files, test reports, execution
 * data, SBOM, registers), in parallel like the check reads class files, and does nothing with them. No check can
 * be faster than this on the same machine.
 *
 * <p>{@code FloorContender <project-dir>}
 */
public final class FloorContender {

    /** The inputs of the check, relative to the project. */
    static final List<String> INPUTS = List.of("target/classes", "target/test-classes", "target/surefire-reports",
            "target/jacoco.exec", "target/bom.json", "src/iec62304");

    private FloorContender() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long bytes = 0;
        long files = 0;
        for (String input : INPUTS) {
            Path p = dir.resolve(input);
            List<Path> all;
            try (Stream<Path> walk = Files.walk(p)) {
                all = walk.filter(Files::isRegularFile).toList();
            }
            files += all.size();
            bytes += all.parallelStream().mapToLong(FloorContender::read).sum();
        }
        System.out.println("floor: read " + files + " files, " + bytes + " bytes");
    }

    private static long read(Path file) {
        try {
            return Files.readAllBytes(file).length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
