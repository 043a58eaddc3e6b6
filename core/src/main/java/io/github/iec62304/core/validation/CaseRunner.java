package io.github.iec62304.core.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.iec62304.core.CheckResult;
import io.github.iec62304.core.CheckSettings;
import io.github.iec62304.core.ConsoleText;
import io.github.iec62304.core.Iec62304Check;
import io.github.iec62304.core.SettingsException;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.write.UnsafeBundlePathException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs one reference case through the real pipeline, {@link Iec62304Check#run}: writes the case's files (its base's
 * first, then its own) into a fresh project directory, maps its settings onto {@link CheckSettings} and reports the
 * verdict with every violation, or the BUILD ERROR the check ended with.
 */
final class CaseRunner {

    private static final String PROJECT = "project/";

    private final CaseFiles files;
    private final Map<String, ReferenceCase> cases;
    private final String toolVersion;

    CaseRunner(CaseFiles files, Map<String, ReferenceCase> cases, String toolVersion) {
        this.files = files;
        this.cases = cases;
        this.toolVersion = toolVersion;
    }

    /** @return the case and the cases it is based on, base first */
    Deque<ReferenceCase> chain(ReferenceCase c) {
        Deque<ReferenceCase> chain = new ArrayDeque<>();
        Set<String> seen = new TreeSet<>();
        for (ReferenceCase at = c; at != null; at = at.base() == null ? null : cases.get(at.base())) {
            if (!seen.add(at.name())) {
                throw new IllegalArgumentException(c.name() + "/case.yaml: its bases form a cycle through " + at.name());
            }
            if (at.base() != null && !cases.containsKey(at.base())) {
                throw new IllegalArgumentException(at.name() + "/case.yaml: base case '" + at.base() + "' does not exist");
            }
            chain.addFirst(at);
        }
        return chain;
    }

    /** @return what the check reported on the case, run in a new directory under {@code workDir} */
    Outcome run(ReferenceCase c, Path workDir) {
        Deque<ReferenceCase> chain = chain(c);
        ObjectNode settings = chain.getFirst().settings().deepCopy();
        for (ReferenceCase at : chain) {
            settings.setAll(at.settings());
        }
        for (String key : (Iterable<String>) settings::fieldNames) {
            if (!CaseSettings.keys().contains(key)) {
                throw new IllegalArgumentException(c.name() + "/case.yaml: unknown setting '" + key + "'; known: "
                        + new TreeSet<>(CaseSettings.keys()));
            }
        }
        Path dir = workDir.resolve(c.name());
        try {
            materialise(chain, dir, CaseSettings.buildStart(settings).toEpochMilli());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CheckSettings check;
        try {
            check = CaseSettings.of(dir, settings, toolVersion);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(c.name() + "/case.yaml: invalid settings: " + e.getMessage());
        }
        try {
            CheckResult result = Iec62304Check.run(check);
            return new Outcome(result.report().passed() ? Verdict.PASSED : Verdict.FAILED,
                    Finding.of(result.report().violations()), null,
                    result.report().violations().stream().map(v -> v.level() + " " + ConsoleText.line(v.format()))
                            .toList());
        } catch (InputException | SettingsException | UnsafeBundlePathException | UncheckedIOException e) {
            return Outcome.of(Verdict.BUILD_ERROR, Set.of(), String.valueOf(e.getMessage()).replace(dir.toString(),
                    "<case>"));
        } catch (RuntimeException e) {
            return Outcome.of(Verdict.DEFECT, Set.of(), e.getClass().getName() + ": " + e.getMessage());
        }
    }

    /**
     * Writes the files; compiled classes get an older time than everything else, as after a real build (a test report
     * older than the classes it tested counts as not run).
     */
    private void materialise(Deque<ReferenceCase> chain, Path dir, long buildStart) throws IOException {
        if (Files.exists(dir)) {
            throw new IllegalStateException(dir + " exists already");
        }
        Files.createDirectories(dir);
        for (ReferenceCase at : chain) {
            for (String path : files.listing().getOrDefault(at.name(), new TreeSet<>())) {
                if (!path.startsWith(PROJECT)) {
                    continue;
                }
                Path target = dir.resolve(projectPath(path.substring(PROJECT.length()))).normalize();
                if (!target.startsWith(dir)) {
                    throw new IllegalArgumentException(at.name() + "/" + path + ": leaves the case directory");
                }
                Files.createDirectories(target.getParent());
                Files.write(target, files.read(at.name(), path));
            }
            for (String removed : at.remove()) {
                Path target = dir.resolve(removed).normalize();
                if (!target.startsWith(dir) || !Files.isRegularFile(target)) {
                    throw new IllegalArgumentException(at.name() + "/case.yaml: remove '" + removed
                            + "' is no file of its base case");
                }
                Files.delete(target);
            }
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                boolean compiled = rel.startsWith("target/classes/") || rel.startsWith("target/test-classes/");
                Files.setLastModifiedTime(f, FileTime.fromMillis(buildStart + (compiled ? 60_000 : 120_000)));
            }
        }
    }

    /**
     * A case's class file is shipped as {@code X.class.bin} and written into the case's project as {@code X.class}:
     * as {@code .class} in the core jar (and in core's {@code target/classes}), the sample pump's compiled classes
     * would be taken for classes of core by every class scanner, the tool's own gate first (ARCH-ASSIGNED reported
     * each of them as a class of module iec62304-core in no software item).
     */
    static String projectPath(String shippedPath) {
        return shippedPath.endsWith(".class.bin") ? shippedPath.substring(0, shippedPath.length() - 4) : shippedPath;
    }
}
