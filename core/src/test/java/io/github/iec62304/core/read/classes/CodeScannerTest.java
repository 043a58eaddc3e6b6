package io.github.iec62304.core.read.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.model.LinkKind;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.Sha256;
import io.github.iec62304.core.read.classes.fixture.InfusionPump;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jacoco.core.data.ExecutionDataStore;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans the compiled fixture classes in {@code target/test-classes/.../fixture} with ASM. */
@Verifies("TOOL-READ-ANNOTATIONS")
class CodeScannerTest {

    static final String PKG = "io.github.iec62304.core.read.classes.fixture.";
    static final String LABEL = "target/test-classes";

    /** The compiled fixture package. */
    static Path fixtureClasses() throws Exception {
        Path root = Path.of(InfusionPump.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return root.resolve("io/github/iec62304/core/read/classes/fixture");
    }

    static CodeScan scanFixtures() throws Exception {
        return CodeScanner.scan(new CodeScanner.Directory(Path.of("target/absent-classes"), "target/classes"),
                new CodeScanner.Directory(fixtureClasses(), LABEL), new ExecutionDataStore());
    }

    private static CodeLocation at(String cls, String method) {
        return new CodeLocation(PKG + cls, method);
    }

    @Test
    void findsEveryLinkOnTypesMethodsAndConstructors() throws Exception {
        assertEquals(List.of(
                new CodeLink(LinkKind.IMPLEMENTS, "REQ-ALARM", at("InfusionPump", "alarm")),
                new CodeLink(LinkKind.VERIFIES, "REQ-ALARM", at("AbstractAlarmChecks", "soundsAlarm")),
                new CodeLink(LinkKind.VERIFIES, "REQ-ALARM", at("InfusionPumpChecks$WhenOccluded", "alarms")),
                new CodeLink(LinkKind.IMPLEMENTS, "REQ-CTOR", at("InfusionPump", "<init>")),
                new CodeLink(LinkKind.IMPLEMENTS, "REQ-LIMIT", at("InfusionPump", "alarm")),
                new CodeLink(LinkKind.VERIFIES, "REQ-NONE", at("DanglingChecks", "checksSomething")),
                new CodeLink(LinkKind.IMPLEMENTS, "REQ-RATE", at("InfusionPump", null)),
                new CodeLink(LinkKind.VERIFIES, "REQ-RATE", at("DanglingChecks", "checksSomething")),
                new CodeLink(LinkKind.VERIFIES, "REQ-RATE", at("InfusionPumpChecks", null))),
                scanFixtures().links());
    }

    /** Issue 17: CI reports point at the annotated code: its class file names the source file and first line. */
    @Test
    void locatesEachLinkInTheSourcesWhenARootHoldsTheFile() throws Exception {
        String dir = "src/test/java/io/github/iec62304/core/read/classes/fixture/";
        List<CodeScanner.SourceRoot> roots = List.of(
                new CodeScanner.SourceRoot(Path.of("src/main/java"), "src/main/java"),
                new CodeScanner.SourceRoot(Path.of("src/test/java"), "src/test/java"));
        CodeScan scan = CodeScanner.scan(List.of(new CodeScanner.Directory(Path.of("target/absent-classes"),
                "target/classes", null, roots)), List.of(new CodeScanner.Directory(fixtureClasses(), LABEL, null,
                roots)), new ExecutionDataStore());
        Map<CodeLocation, io.github.iec62304.core.model.SourceLine> lines = scan.sourceLines();
        // a method: the first line of its code (an empty method's is its closing brace); a constructor likewise
        assertEquals(new io.github.iec62304.core.model.SourceLine(dir + "InfusionPump.java", 15),
                lines.get(at("InfusionPump", "alarm")));
        assertEquals(new io.github.iec62304.core.model.SourceLine(dir + "InfusionPump.java", 10),
                lines.get(at("InfusionPump", "<init>")));
        // a class: the first line of any of its code
        assertEquals(new io.github.iec62304.core.model.SourceLine(dir + "InfusionPump.java", 10),
                lines.get(at("InfusionPump", null)));
        assertEquals(new io.github.iec62304.core.model.SourceLine(dir + "DanglingChecks.java", 12),
                lines.get(at("DanglingChecks", "checksSomething")));
        // a nested class is in its top-level class's file
        assertEquals(dir + "InfusionPumpChecks.java", lines.get(at("InfusionPumpChecks$WhenOccluded", "alarms")).file());
        // only annotated code has a location
        assertEquals(scan.links().stream().map(CodeLink::location).collect(java.util.stream.Collectors.toSet()),
                lines.keySet());
    }

    @Test
    void withoutASourceRootThatHoldsTheFileThereIsNoLocation() throws Exception {
        assertEquals(Map.of(), scanFixtures().sourceLines());
        CodeScan elsewhere = CodeScanner.scan(List.of(new CodeScanner.Directory(Path.of("target/absent-classes"),
                "target/classes")), List.of(new CodeScanner.Directory(fixtureClasses(), LABEL, null, List.of(
                new CodeScanner.SourceRoot(Path.of("src/main/java"), "src/main/java")))), new ExecutionDataStore());
        assertEquals(Map.of(), elsewhere.sourceLines());
    }

    @Test
    void findsTestMethodsByAnnotationDescriptor() throws Exception {
        assertEquals(Set.of(
                at("InfusionPumpChecks", "computesRate"),
                at("InfusionPumpChecks", "rejects"),
                at("InfusionPumpChecks", "repeats"),
                at("InfusionPumpChecks$WhenOccluded", "alarms"),
                at("AbstractAlarmChecks", "soundsAlarm"),
                at("DanglingChecks", "checksSomething")),
                scanFixtures().testMethods());
    }

    @Test
    void recordsSuperclassesOtherThanObject() throws Exception {
        assertEquals(Map.of(PKG + "AudibleAlarmChecks", PKG + "AbstractAlarmChecks"), scanFixtures().superClasses());
    }

    @Test
    void digestsTheDirectoryStablyFromSortedPathsAndFileDigests() throws Exception {
        Path dir = fixtureClasses();
        MessageDigest expected = Sha256.newDigest();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path f : files) {
            expected.update((dir.relativize(f).toString().replace('\\', '/') + " "
                    + Sha256.of(Files.readAllBytes(f)) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        InputFile want = new InputFile(LABEL, Sha256.hex(expected.digest()), 6, InputFile.DigestOf.CLASS_FILES);

        assertEquals(want, scanFixtures().inputs().get(1));
        assertEquals(want, scanFixtures().inputs().get(1));
    }

    @Test
    void digestChangesWhenAClassFileIsRemoved(@TempDir Path tmp) throws Exception {
        try (Stream<Path> list = Files.list(fixtureClasses())) {
            for (Path f : list.toList()) {
                Files.copy(f, tmp.resolve(f.getFileName()));
            }
        }
        InputFile before = CodeScanner.scan(new CodeScanner.Directory(tmp, LABEL), new CodeScanner.Directory(Path.of("target/absent-test-classes"), "target/test-classes"), new ExecutionDataStore()).inputs().get(0);
        Files.delete(tmp.resolve("DanglingChecks.class"));
        InputFile after = CodeScanner.scan(new CodeScanner.Directory(tmp, LABEL), new CodeScanner.Directory(Path.of("target/absent-test-classes"), "target/test-classes"), new ExecutionDataStore()).inputs().get(0);

        assertEquals(before, scanFixtures().inputs().get(1));
        assertNotEquals(before.sha256(), after.sha256());
        assertEquals(5, after.files());
    }

    @Test
    void missingDirectoryIsEmpty(@TempDir Path tmp) {
        CodeScan scan = CodeScanner.scan(new CodeScanner.Directory(tmp.resolve("absent"), "target/classes"), new CodeScanner.Directory(Path.of("target/absent-test-classes"), "target/test-classes"), new ExecutionDataStore());

        assertEquals(List.of(), scan.links());
        assertEquals(Set.of(), scan.testMethods());
        assertEquals(new InputFile("target/classes", Sha256.of(new byte[0]), 0, InputFile.DigestOf.CLASS_FILES),
                scan.inputs().get(0));
    }

    @Test
    void scansSeveralDirectoriesWithOneInputEach(@TempDir Path tmp) throws Exception {
        CodeScan scan = CodeScanner.scan(new CodeScanner.Directory(tmp, "target/classes"), new CodeScanner.Directory(fixtureClasses(), LABEL), new ExecutionDataStore());

        assertEquals(List.of("target/classes", LABEL), scan.inputs().stream().map(InputFile::path).toList());
        assertEquals(9, scan.links().size());
    }

    @Test
    void unreadableClassFileNamesTheFile(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("com/acme"));
        Files.writeString(tmp.resolve("com/acme/Broken.class"), "PK not a class file");

        InputException e = assertThrows(InputException.class,
                () -> CodeScanner.scan(new CodeScanner.Directory(tmp, "target/classes"), new CodeScanner.Directory(Path.of("target/absent-test-classes"), "target/test-classes"), new ExecutionDataStore()));

        assertTrue(e.getMessage().startsWith("target/classes/com/acme/Broken.class: is not a readable class file ("),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("); run 'mvn clean verify'"), e.getMessage());
    }

    @Test
    void scannerReportsOneClass() throws Exception {
        byte[] bytes = Files.readAllBytes(fixtureClasses().resolve("AudibleAlarmChecks.class"));

        AnnotationScanner.ClassAnnotations c = AnnotationScanner.scan(new ClassFile("AudibleAlarmChecks.class",
                bytes), LABEL);

        assertEquals(new AnnotationScanner.ClassAnnotations(PKG + "AudibleAlarmChecks", PKG + "AbstractAlarmChecks",
                List.of(), List.of(), java.util.Map.of(), "AudibleAlarmChecks.java", java.util.Map.of()), c);
        assertEquals("io/github/iec62304/core/read/classes/fixture/AudibleAlarmChecks.java", c.sourcePath());
    }

    /** A class the "phrased" reporter would name by display name (not a test: it declares no test method). */
    @org.junit.jupiter.api.DisplayName("when the RR interval is invalid")
    static final class DisplayNamed {
        @org.junit.jupiter.api.DisplayName("rejects a negative interval")
        void rejectsNegative() {
        }
    }

    @Test
    void scannerReadsDisplayNamesOfClassesAndMethods() throws Exception {
        String name = DisplayNamed.class.getName();
        byte[] bytes;
        try (var in = CodeScannerTest.class.getResourceAsStream("CodeScannerTest$DisplayNamed.class")) {
            bytes = in.readAllBytes();
        }

        AnnotationScanner.ClassAnnotations c = AnnotationScanner.scan(new ClassFile("DisplayNamed.class", bytes), LABEL);

        assertEquals(Map.of(name, "when the RR interval is invalid", name + "#rejectsNegative",
                "rejects a negative interval"), c.displayNames());
    }

    /** Issue 14: each class knows its module, so the trace matrix and the architecture can name it. */
    @Test
    void inAMultiModuleDeviceEveryClassKnowsItsModule() throws Exception {
        CodeScan scan = CodeScanner.scan(
                List.of(new CodeScanner.Directory(fixtureClasses(), "pump-core/target/classes", "pump-core"),
                        new CodeScanner.Directory(Path.of("target/absent"), "pump-it/target/classes", "pump-it")),
                List.of(new CodeScanner.Directory(Path.of("target/absent"), "pump-core/target/test-classes", "pump-core"),
                        new CodeScanner.Directory(Path.of("target/absent"), "pump-it/target/test-classes", "pump-it")),
                new ExecutionDataStore());

        assertEquals("pump-core", scan.moduleOf(PKG + "InfusionPump"));
        assertEquals(4, scan.inputs().size());
        assertEquals(null, scanFixtures().moduleOf(PKG + "InfusionPump")); // a single module names none
    }

    /** A class compiled into two modules: which one ships and which one the tests ran cannot be known. */
    @Test
    void aClassCompiledIntoTwoModulesIsABuildError() throws Exception {
        InputException e = assertThrows(InputException.class, () -> CodeScanner.scan(
                List.of(new CodeScanner.Directory(fixtureClasses(), "pump-core/target/classes", "pump-core"),
                        new CodeScanner.Directory(fixtureClasses(), "pump-ui/target/classes", "pump-ui")),
                List.of(new CodeScanner.Directory(Path.of("target/absent"), "pump-core/target/test-classes", "pump-core"),
                        new CodeScanner.Directory(Path.of("target/absent"), "pump-ui/target/test-classes", "pump-ui")),
                new ExecutionDataStore()));

        assertTrue(e.getMessage().startsWith("pump-ui/target/classes: holds class " + PKG), e.getMessage());
        assertTrue(e.getMessage().contains(", which pump-core/target/classes (module pump-core) holds too."),
                e.getMessage());
    }
}
