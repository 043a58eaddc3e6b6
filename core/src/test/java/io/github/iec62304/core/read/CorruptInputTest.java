package io.github.iec62304.core.read;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.read.baseline.BaselineReader;
import io.github.iec62304.core.read.classes.CodeScanner;
import io.github.iec62304.core.read.sbom.SbomReader;
import io.github.iec62304.core.write.BaselineBundles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.jacoco.core.data.ExecutionDataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader turns every failure of its parser into one {@link InputException} naming the file: real inputs,
 * truncated and with bytes overwritten at fixed seeds, either read or fail that way, never with another exception.
 */
@Verifies("TOOL-READ-CORRUPT-INPUT")
class CorruptInputTest {

    private static final int MUTANTS = 60;

    @TempDir
    Path tmp;

    /** @return the valid bytes truncated at several points and with a few bytes overwritten, deterministically */
    private static List<byte[]> mutants(byte[] valid) {
        List<byte[]> result = new ArrayList<>();
        Random random = new Random(62304);
        for (int i = 1; i <= MUTANTS / 3; i++) {
            result.add(Arrays.copyOf(valid, valid.length * i / (MUTANTS / 3 + 1)));
        }
        while (result.size() < MUTANTS) {
            byte[] b = valid.clone();
            for (int n = 0; n < 1 + random.nextInt(4); n++) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            result.add(b);
        }
        return result;
    }

    private static void assertOnlyInputExceptions(String label, byte[] valid, Consumer<byte[]> reader) {
        int i = 0;
        for (byte[] mutant : mutants(valid)) {
            try {
                reader.accept(mutant);
            } catch (InputException e) {
                assertTrue(e.getMessage().startsWith(label), e.getMessage());
                assertTrue(e.getMessage().indexOf('\n') < 0, e.getMessage());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new AssertionError("mutant " + i + " of " + label + " escaped as " + e, e);
            }
            i++;
        }
    }

    private static byte[] corpus(String path) throws Exception {
        return Files.readAllBytes(Path.of(CorruptInputTest.class.getResource("/corpus/" + path).toURI()));
    }

    @Test
    void jsonSbom() throws Exception {
        assertOnlyInputExceptions("target/bom.json", corpus("cyclonedx/1.6/valid-bom-1.6.json"),
                b -> SbomReader.read(b, "target/bom.json"));
    }

    @Test
    void xmlSbom() throws Exception {
        assertOnlyInputExceptions("target/bom.xml", corpus("cyclonedx/1.6/valid-bom-1.6.xml"),
                b -> SbomReader.read(b, "target/bom.xml"));
    }

    @Test
    void classFile() throws Exception {
        byte[] valid;
        try (var in = CorruptInputTest.class.getResourceAsStream("CorruptInputTest.class")) {
            valid = in.readAllBytes();
        }
        Path dir = Files.createDirectories(tmp.resolve("classes/com/acme"));
        assertOnlyInputExceptions("target/classes/com/acme/Pump.class", valid, b -> {
            try {
                Files.write(dir.resolve("Pump.class"), b);
            } catch (java.io.IOException e) {
                fail(e);
            }
            CodeScanner.scan(new CodeScanner.Directory(tmp.resolve("classes"), "target/classes"),
                    new CodeScanner.Directory(tmp.resolve("absent"), "target/test-classes"), new ExecutionDataStore());
        });
    }

    @Test
    void baselineZip() throws Exception {
        Path real = BaselineBundles.write(BaselineBundles.pump100(), BaselineBundles.info("com.acme", "pump",
                "1.0.0"), Files.createDirectories(tmp.resolve("real")));
        Path zip = tmp.resolve("baseline.zip");
        assertOnlyInputExceptions("baseline.zip", Files.readAllBytes(real), b -> {
            try {
                Files.write(zip, b);
            } catch (java.io.IOException e) {
                fail(e);
            }
            BaselineReader.read(zip, "baseline.zip", "com.acme", "pump");
        });
    }

    @Test
    void surefireReport() throws Exception {
        assertOnlyInputExceptions("TEST-surefire.MyTest.xml", corpus("surefire/TEST-surefire.MyTest.xml"),
                b -> new io.github.iec62304.core.read.surefire.TestReportReader().read(
                        new java.io.ByteArrayInputStream(b), "TEST-surefire.MyTest.xml"));
    }

    @Test
    void requirementsCatalog() throws Exception {
        byte[] valid = Files.readAllBytes(Path.of("../sample-device-project/src/iec62304/requirements.yaml"));
        assertOnlyInputExceptions("src/iec62304/requirements.yaml", valid,
                b -> new io.github.iec62304.core.read.catalog.RequirementCatalogReader().read(
                        new java.io.ByteArrayInputStream(b), "src/iec62304/requirements.yaml"));
    }

    @Test
    void executionData() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        org.jacoco.core.data.ExecutionDataWriter writer = new org.jacoco.core.data.ExecutionDataWriter(bytes);
        writer.visitSessionInfo(new org.jacoco.core.data.SessionInfo("session", 1, 2));
        for (int i = 0; i < 20; i++) {
            writer.visitClassExecution(new org.jacoco.core.data.ExecutionData(i, "com/acme/C" + i,
                    new boolean[] {true, false, i % 2 == 0, true, false, false, true, true, false}));
        }
        Path exec = tmp.resolve("jacoco.exec");
        assertOnlyInputExceptions("target/jacoco.exec", bytes.toByteArray(), b -> {
            try {
                Files.write(exec, b);
            } catch (java.io.IOException e) {
                fail(e);
            }
            io.github.iec62304.core.read.coverage.ExecutionDataFiles.read(List.of(
                    new io.github.iec62304.core.read.coverage.ExecutionDataFiles.ExecFile(exec, "target/jacoco.exec")));
        });
    }
}
