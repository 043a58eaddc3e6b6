package io.github.iec62304.core.validation;

import io.github.iec62304.annotations.Verifies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bundled reference case, through the real pipeline: CI proves each expected verdict. */
@Verifies("TOOL-GOAL-VALIDATE")
class ReferenceCasesTest {

    @TempDir
    Path work;

    /**
     * The tool's own gate over itself reported the sample pump's compiled classes, shipped as case files, as classes
     * of core in no software item (ARCH-ASSIGNED): a .class in core's jar is a class of core to every scanner.
     */
    @Test
    void noCaseFileIsAClassFileOfCore() {
        java.util.List<String> classes = new java.util.ArrayList<>();
        ShippedManifest.shipped().cases().forEach((c, files) -> files.keySet().stream()
                .filter(f -> f.endsWith(".class")).forEach(f -> classes.add(c + "/" + f)));
        assertEquals(java.util.List.of(), classes);
        assertEquals("target/classes/com/example/A.class", CaseRunner.projectPath("target/classes/com/example/A.class.bin"));
    }

    @Test
    void theJarHoldsExactlyTheFilesOfTheManifest() throws Exception {
        // a case file removed from the sources but left in target/classes by a build without clean would ship in the
        // jar, and a copy of the jar's cases would then fail as "not the shipped case"
        Path cases = Path.of(ReferenceCasesTest.class.getResource(ShippedManifest.RESOURCES + "cases").toURI());
        java.util.SortedSet<String> onClassPath = new java.util.TreeSet<>();
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(cases)) {
            walk.filter(java.nio.file.Files::isRegularFile).forEach(f -> onClassPath.add(cases.relativize(f).toString()
                    .replace('\\', '/')));
        }
        java.util.SortedSet<String> listed = new java.util.TreeSet<>();
        ShippedManifest.shipped().cases().forEach((c, files) -> files.keySet().forEach(f -> listed.add(c + "/" + f)));

        java.util.SortedSet<String> extra = new java.util.TreeSet<>(onClassPath);
        extra.removeAll(listed);
        java.util.SortedSet<String> missing = new java.util.TreeSet<>(listed);
        missing.removeAll(onClassPath);
        assertEquals("extra [] missing []", "extra " + extra + " missing " + missing);
    }

    @Test
    void everyShippedCaseGivesItsExpectedOutcome() {
        ShippedManifest manifest = ShippedManifest.shipped();
        ValidationRecord record = ToolValidation.run(CaseFiles.shipped(manifest), manifest,
                ValidationEnvironment.current(null), List.of(), "test", work);

        if (Boolean.getBoolean("validation.print")) { // writing a new case: review each line before pasting it
            record.cases().stream().filter(c -> c.actual() != null).forEach(c -> System.out.println("== " + c.name()
                    + "\nverdict: " + c.actual().verdict().label() + (c.actual().buildError() == null ? ""
                    : "\nbuildError: " + c.actual().buildError()) + "\nviolations:\n" + c.actual().findings()
                    .stream().map(f -> "  - {rule: " + f.rule() + ", level: " + f.level() + ", subject: \""
                            + f.subject().replace("\"", "\\\"") + "\"" + (f.count() == 1 ? "" : ", count: " + f.count()) + "}").collect(Collectors.joining("\n")) + "\n# " + String.join("\n# ", c.actual().log())));
        }
        String failures = record.failures().stream().map(c -> c.name() + ": " + c.integrity() + " "
                + c.differences()).collect(Collectors.joining("\n"));
        assertEquals("", failures);
        assertTrue(record.passed());
        assertEquals(manifest.cases().keySet().stream().toList(), record.cases().stream().map(CaseResult::name)
                .toList());
    }
}
