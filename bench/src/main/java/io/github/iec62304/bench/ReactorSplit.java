package io.github.iec62304.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The generated project as a multi-module device: the same inputs, hard-linked into {@code MODULES} modules
 * ({@code m00} ... ) by package, so the device gate ({@code check-aggregate}) and the single-module check read the
 * same bytes. A package's production classes, test classes and reports go to one module; the execution data, the
 * registers and the SBOM stay where a device keeps them (the first module's {@code target/jacoco.exec}, the root's
 * {@code src/iec62304} and {@code target/bom.json}).
 */
final class ReactorSplit {

    /** How many modules the benchmark's device has (issue 14: L split into 50 modules). */
    static final int MODULES = 50;

    private ReactorSplit() {
    }

    /** @return the split project beside {@code dir}, made anew */
    static Path split(Path dir) throws IOException {
        Path reactor = dir.resolveSibling(dir.getFileName() + "-reactor");
        ProjectGenerator.delete(reactor);
        linkTree(dir.resolve("src/iec62304"), reactor.resolve("src/iec62304"));
        link(dir.resolve("target/bom.json"), reactor.resolve("target/bom.json"));
        link(dir.resolve("target/jacoco.exec"), reactor.resolve(module(0)).resolve("target/jacoco.exec"));
        for (String tree : List.of("target/classes", "target/test-classes")) {
            Path from = dir.resolve(tree);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path rel = from.relativize(f);
                    String pkg = rel.getParent() == null ? "" : rel.getParent().toString();
                    link(f, reactor.resolve(moduleOf(pkg)).resolve(tree).resolve(rel));
                }
            }
        }
        for (String reports : List.of("target/surefire-reports", "target/failsafe-reports")) {
            Path from = dir.resolve(reports);
            if (!Files.isDirectory(from)) {
                continue;
            }
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.filter(p -> p.getFileName().toString().startsWith("TEST-")).toList()) {
                    String cls = f.getFileName().toString().replaceFirst("^TEST-", "").replaceFirst("\\.xml$", "");
                    String pkg = cls.lastIndexOf('.') < 0 ? "" : cls.substring(0, cls.lastIndexOf('.')).replace('.', '/');
                    link(f, reactor.resolve(moduleOf(pkg)).resolve(reports).resolve(f.getFileName()));
                }
            }
        }
        for (int i = 0; i < MODULES; i++) { // a module without test classes still has its directories
            Files.createDirectories(reactor.resolve(module(i)).resolve("target/classes"));
        }
        return reactor;
    }

    static String module(int i) {
        return String.format(java.util.Locale.ROOT, "m%02d", i);
    }

    private static String moduleOf(String packagePath) {
        return module(Math.floorMod(packagePath.replace('\\', '/').hashCode(), MODULES));
    }

    private static void linkTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                link(f, to.resolve(from.relativize(f)));
            }
        }
    }

    private static void link(Path existing, Path link) throws IOException {
        if (!Files.exists(existing)) {
            return;
        }
        Files.createDirectories(link.getParent());
        try {
            Files.createLink(link, existing);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(existing, link);
        }
    }
}
