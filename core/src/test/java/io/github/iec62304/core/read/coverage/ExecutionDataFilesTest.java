package io.github.iec62304.core.read.coverage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.Sha256;
import io.github.iec62304.core.read.classes.unitfixture.DoseCalculator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.internal.data.CRC64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JaCoCo execution data files: real ones written in-process, hostile ones from the corpus. */
@Verifies("TOOL-READ-COVERAGE")
class ExecutionDataFilesTest {

    private static final String CALC = DoseCalculator.class.getName().replace('.', '/');
    private static final String LIMIT = CALC + "$Limit";

    /** Probes of a run that took the early return, and of one that computed a rate. */
    private static ExecutionDataStore invalid;
    private static ExecutionDataStore valid;

    @TempDir
    Path tmp;

    @BeforeAll
    static void runTheFixture() throws Exception {
        List<Class<?>> classes = List.of(DoseCalculator.class,
                Class.forName(DoseCalculator.class.getName() + "$Limit"));
        invalid = ExecutionDataFixture.run(classes, "hourlyRate", 10, 0);
        valid = ExecutionDataFixture.run(classes, "hourlyRate", 10, 2);
    }

    private static Path corpus(String name) throws Exception {
        return Path.of(ExecutionDataFilesTest.class.getResource("/corpus/hostile/" + name).toURI());
    }

    private static ExecutionDataFiles.ExecFile exec(Path path, String label) {
        return new ExecutionDataFiles.ExecFile(path, label);
    }

    private static String error(Path path, String label) {
        return assertThrows(InputException.class, () -> ExecutionDataFiles.read(List.of(exec(path, label))))
                .getMessage();
    }

    @Test
    void truncatedFile() throws Exception {
        assertEquals("target/jacoco.exec: is not a JaCoCo execution data file or is truncated (EOFException); "
                + "delete it and run mvn clean verify", error(corpus("jacoco-truncated.exec"), "target/jacoco.exec"));
    }

    @Test
    void fileThatIsNotExecutionData() throws Exception {
        assertEquals("target/jacoco-it.exec: is not a JaCoCo execution data file or is truncated (Invalid execution "
                + "data file.); delete it and run mvn clean verify",
                error(corpus("jacoco-wrong-magic.exec"), "target/jacoco-it.exec"));
    }

    @Test
    void emptyFileIsTruncated() throws Exception {
        // the agent creates the file when the test JVM starts and writes it when the JVM ends
        Files.createFile(tmp.resolve("jacoco.exec"));

        assertEquals("target/jacoco.exec: is not a JaCoCo execution data file or is truncated (empty file); "
                + "delete it and run mvn clean verify", error(tmp.resolve("jacoco.exec"), "target/jacoco.exec"));
    }

    /**
     * The documented fingerprint, per class by id: {@code <id, 16 hex> <name> <probe count>\n} in UTF-8, then the
     * probes packed eight to a byte, lowest bit first.
     */
    private static String fingerprint(org.jacoco.core.data.ExecutionDataStore store) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        store.getContents().stream().sorted(java.util.Comparator.comparingLong(ExecutionData::getId))
                .forEach(d -> {
                    boolean[] probes = d.getProbes();
                    bytes.writeBytes(String.format("%016x %s %d\n", d.getId(), d.getName(), probes.length)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    for (int i = 0; i < probes.length; i += 8) {
                        int b = 0;
                        for (int bit = 0; bit < 8 && i + bit < probes.length; bit++) {
                            b |= probes[i + bit] ? 1 << bit : 0;
                        }
                        bytes.write(b);
                    }
                });
        return Sha256.of(bytes.toByteArray());
    }

    @Test
    void fingerprintPinsTheDocumentedRecipe() throws Exception {
        // 10 probes: 1011000001 -> bytes 0x0D 0x02; a second session of the same class adds probe 1
        ExecutionDataStore first = new ExecutionDataStore();
        first.put(new ExecutionData(0x2AL, "com/acme/Pump",
                new boolean[] {true, false, true, true, false, false, false, false, false, true}));
        Path file = tmp.resolve("jacoco.exec");
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            org.jacoco.core.data.ExecutionDataWriter writer = new org.jacoco.core.data.ExecutionDataWriter(out);
            writer.visitSessionInfo(new org.jacoco.core.data.SessionInfo("one", 1, 2));
            first.accept(writer);
            writer.visitSessionInfo(new org.jacoco.core.data.SessionInfo("two", 3, 4));
            writer.visitClassExecution(new ExecutionData(0x2AL, "com/acme/Pump", new boolean[] {
                false, true, false, false, false, false, false, false, false, false}));
        }

        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        expected.writeBytes("000000000000002a com/acme/Pump 10\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        expected.write(0x0F);
        expected.write(0x02);
        assertEquals(Sha256.of(expected.toByteArray()),
                ExecutionDataFiles.read(List.of(exec(file, "a"))).inputs().get(0).sha256());
    }

    /**
     * The agent also records surefire's and JUnit's classes, whose executed paths depend on timing: two runs of the
     * same tests gave two digests (bundle-reproducible failed in 2 of 3 runs). The digest covers the judged classes.
     */
    @Test
    void digestCoversOnlyTheClassesTheGatesJudge() throws Exception {
        Path one = tmp.resolve("one.exec");
        Path two = tmp.resolve("two.exec");
        for (Path p : List.of(one, two)) {
            try (java.io.OutputStream out = Files.newOutputStream(p)) {
                org.jacoco.core.data.ExecutionDataWriter writer = new org.jacoco.core.data.ExecutionDataWriter(out);
                writer.visitSessionInfo(new org.jacoco.core.data.SessionInfo("s", 1, 2));
                writer.visitClassExecution(new ExecutionData(0x2AL, "com/acme/Pump", new boolean[] {true, false}));
                writer.visitClassExecution(new ExecutionData(0x2BL, "org/apache/maven/surefire/Booter",
                        new boolean[] {p == one, true}));
            }
        }
        ExecutionDataFiles.Read first = ExecutionDataFiles.read(List.of(exec(one, "a")));
        ExecutionDataFiles.Read second = ExecutionDataFiles.read(List.of(exec(two, "a")));
        assertFalse(first.inputs().get(0).sha256().equals(second.inputs().get(0).sha256())); // every class

        java.util.function.Predicate<String> judged = "com/acme/Pump"::equals;
        assertEquals(first.digestedOver(judged).inputs().get(0).sha256(),
                second.digestedOver(judged).inputs().get(0).sha256());
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        expected.writeBytes("000000000000002a com/acme/Pump 2\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        expected.write(0x01);
        assertEquals(Sha256.of(expected.toByteArray()), first.digestedOver(judged).inputs().get(0).sha256());
    }

    @Test
    void sessionInfoDoesNotChangeTheDigest() throws Exception {
        Path first = tmp.resolve("first.exec");
        Path second = tmp.resolve("second.exec");
        ExecutionDataFixture.write(first, valid, 1_000_000L);
        ExecutionDataFixture.write(second, valid, 2_000_000L);

        assertFalse(java.util.Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second)));
        assertEquals(ExecutionDataFiles.read(List.of(exec(first, "a"))).inputs().get(0).sha256(),
                ExecutionDataFiles.read(List.of(exec(second, "a"))).inputs().get(0).sha256());
    }

    @Test
    void readsARealExecFileWithItsDigest() throws Exception {
        Path file = tmp.resolve("jacoco.exec");
        ExecutionDataFixture.write(file, valid);

        ExecutionDataFiles.Read read = ExecutionDataFiles.read(List.of(exec(file, "target/jacoco.exec")));

        assertTrue(read.present());
        // the digest leaves out JaCoCo's session info (host name, times), which changes with every run
        assertEquals(List.of(new InputFile("target/jacoco.exec", fingerprint(valid), 1,
                InputFile.DigestOf.EXECUTION_DATA)), read.inputs());
        assertEquals(List.of("target/jacoco.exec"), read.labels());
        long id = CRC64.classId(ExecutionDataFixture.bytes(DoseCalculator.class));
        ExecutionData data = read.store().get(id);
        assertEquals(CALC, data.getName());
        assertArrayEquals(valid.get(id).getProbes(), data.getProbes());
        assertTrue(data.hasHits());
        assertEquals(LIMIT, read.store().get(CRC64.classId(ExecutionDataFixture.bytes(
                Class.forName(DoseCalculator.class.getName() + "$Limit")))).getName());
    }

    @Test
    void mergesTheProbesOfSeveralFiles() throws Exception {
        Path unit = tmp.resolve("jacoco.exec");
        Path it = tmp.resolve("jacoco-it.exec");
        ExecutionDataFixture.write(unit, invalid);
        ExecutionDataFixture.write(it, valid);
        long id = CRC64.classId(ExecutionDataFixture.bytes(DoseCalculator.class));
        boolean[] a = invalid.get(id).getProbes();
        boolean[] b = valid.get(id).getProbes();
        boolean[] union = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            union[i] = a[i] || b[i];
        }

        ExecutionDataFiles.Read read = ExecutionDataFiles.read(List.of(exec(unit, "target/jacoco.exec"),
                exec(it, "target/jacoco-it.exec")));

        assertFalse(java.util.Arrays.equals(a, b), "the two runs take different paths");
        assertArrayEquals(union, read.store().get(id).getProbes());
        assertEquals(List.of("target/jacoco.exec", "target/jacoco-it.exec"),
                read.inputs().stream().map(InputFile::path).toList());
        assertEquals(fingerprint(invalid), read.inputs().get(0).sha256());
        assertEquals(fingerprint(valid), read.inputs().get(1).sha256());
        // Limit ran only in the second file
        assertTrue(read.store().getContents().stream().anyMatch(d -> d.getName().equals(LIMIT)));
    }

    @Test
    void missingFilesAreSkipped() throws Exception {
        Path file = tmp.resolve("jacoco-it.exec");
        ExecutionDataFixture.write(file, valid);

        ExecutionDataFiles.Read read = ExecutionDataFiles.read(List.of(exec(tmp.resolve("jacoco.exec"),
                "target/jacoco.exec"), exec(file, "target/jacoco-it.exec")));

        assertTrue(read.present());
        assertEquals(List.of("target/jacoco-it.exec"), read.inputs().stream().map(InputFile::path).toList());
        assertEquals(List.of("target/jacoco.exec", "target/jacoco-it.exec"), read.labels());
    }

    @Test
    void noFileAtAllIsNotPresent() {
        ExecutionDataFiles.Read read = ExecutionDataFiles.read(List.of(exec(tmp.resolve("jacoco.exec"),
                "target/jacoco.exec"), exec(tmp, "target")));

        assertFalse(read.present());
        assertEquals(List.of(), read.inputs());
        assertEquals(List.of(), List.copyOf(read.store().getContents()));
        assertEquals(List.of("target/jacoco.exec", "target"), read.labels());
    }

    @Test
    void contradictingFiles() throws Exception {
        ExecutionDataStore one = new ExecutionDataStore();
        one.put(new ExecutionData(42L, "com/acme/Pump", new boolean[] {true, false}));
        ExecutionDataStore other = new ExecutionDataStore();
        other.put(new ExecutionData(42L, "com/acme/Pump", new boolean[] {true, false, true}));
        ExecutionDataFixture.write(tmp.resolve("a.exec"), one);
        ExecutionDataFixture.write(tmp.resolve("b.exec"), other);

        InputException e = assertThrows(InputException.class, () -> ExecutionDataFiles.read(List.of(
                exec(tmp.resolve("a.exec"), "target/jacoco.exec"),
                exec(tmp.resolve("b.exec"), "target/jacoco-it.exec"))));

        assertEquals("target/jacoco-it.exec: holds execution data that contradicts another file (Incompatible "
                + "execution data for class com/acme/Pump with id 000000000000002a.); delete the .exec files and run "
                + "mvn clean verify", e.getMessage());
    }

    /** A valid header and one class block whose probe count is the given variable-length integer bytes, then
     * {@code padding} zero bytes. */
    private Path craftedProbeCount(int padding, int... varInt) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.writeByte(0x01);
        out.writeChar(0xC0C0);
        out.writeChar(0x1007);
        out.writeByte(0x11);
        out.writeLong(42L);
        out.writeUTF("com/acme/Pump");
        for (int b : varInt) {
            out.writeByte(b);
        }
        out.write(new byte[padding]);
        Path file = tmp.resolve("jacoco.exec");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    @Test
    void negativeProbeCountNamesTheFile() throws Exception {
        // failed before: NegativeArraySizeException escaped as "Execution default-cli of goal ... failed: -1"
        assertEquals("target/jacoco.exec: is not a JaCoCo execution data file or is truncated (class com/acme/Pump "
                + "claims 4294967295 probes, more than the 40 bytes left in the file can hold); delete it and run "
                + "mvn clean verify", error(craftedProbeCount(40, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F), "target/jacoco.exec"));
    }

    @Test
    void hugeProbeCountIsRefusedBeforeAllocating() throws Exception {
        // failed before: JaCoCo allocated a 2 GB array (Java heap space)
        assertEquals("target/jacoco.exec: is not a JaCoCo execution data file or is truncated (class com/acme/Pump "
                + "claims 2147483632 probes, more than the 40 bytes left in the file can hold); delete it and run "
                + "mvn clean verify", error(craftedProbeCount(40, 0xF0, 0xFF, 0xFF, 0xFF, 0x07), "target/jacoco.exec"));
    }

    @Test
    void endlessProbeCountDoesNotOverflowTheStack() throws Exception {
        // failed before: JaCoCo's recursive reader of a run of 0xFF bytes ended in StackOverflowError
        int[] endless = new int[1_000_000];
        java.util.Arrays.fill(endless, 0xFF);
        assertEquals("target/jacoco.exec: is not a JaCoCo execution data file or is truncated (a probe count longer "
                + "than 5 bytes); delete it and run mvn clean verify", error(craftedProbeCount(0, endless),
                "target/jacoco.exec"));
    }

    /** A header, one session and one class of {@code probes} probes, the first hit, as the agent writes them. */
    private Path classWithProbes(int probes) throws Exception {
        boolean[] hits = new boolean[probes];
        hits[0] = true;
        ExecutionDataStore store = new ExecutionDataStore();
        store.put(new ExecutionData(42L, "com/acme/Pump", hits));
        Path file = tmp.resolve("jacoco.exec");
        ExecutionDataFixture.write(file, store);
        return file;
    }

    @Test
    void probeCountAboveAnyCompiledClassIsRefusedNamingTheClass() throws Exception {
        // failed before: 2,000,000 probes fit in the 250,000 bytes left, so they were read; a 100 MB file could ask
        // for 800 MB the same way, and the fingerprint copied it twice more (Java heap space, no file named)
        Path file = classWithProbes(2_000_000);
        assertTrue(Files.size(file) > 250_000);

        assertEquals("target/jacoco.exec: class id 000000000000002a (com/acme/Pump) claims 2000000 probes, more than "
                + "the 1000000 any compiled class has; the file is corrupt or crafted: delete it and run mvn clean "
                + "verify", error(file, "target/jacoco.exec"));
    }

    @Test
    void probeCountAtTheCeilingIsRead() throws Exception {
        ExecutionDataFiles.Read read = ExecutionDataFiles.read(List.of(exec(classWithProbes(1_000_000),
                "target/jacoco.exec")));

        assertEquals(1_000_000, read.store().get(42L).getProbes().length);
        assertEquals(fingerprint(read.store()), read.inputs().get(0).sha256());
    }

    @Test
    void probeCountThatFitsIsRead() throws Exception {
        ExecutionDataFiles.Read read = ExecutionDataFiles.read(List.of(exec(craftedProbeCount(33, 0x81, 0x02),
                "target/jacoco.exec")));

        assertEquals(257, read.store().get(42L).getProbes().length);
    }
}
