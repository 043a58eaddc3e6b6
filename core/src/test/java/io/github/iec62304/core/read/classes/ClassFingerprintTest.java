package io.github.iec62304.core.read.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: a unit's fingerprint changes with its code and nothing else. The class is compiled here, with and without
 * debug information and with comments and blank lines moved, by the JDK's own compiler.
 */
@Verifies("TOOL-READ-ANNOTATIONS")
class ClassFingerprintTest {

    @TempDir
    Path dir;

    private static final String RATE = """
            package com.acme;

            public final class Rate {
                public double perHour(double ml, double hours) {
                    return ml / hours;
                }
            }
            """;

    private String fingerprint(String source, String... options) throws IOException {
        Path src = dir.resolve("src-" + Integer.toHexString((source + String.join("", options)).hashCode()));
        Path out = src.resolve("out");
        Files.createDirectories(out);
        Path file = src.resolve("Rate.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new java.util.ArrayList<>(List.of(options));
        args.addAll(List.of("-d", out.toString(), file.toString()));
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)));
        byte[] bytes = Files.readAllBytes(out.resolve("com/acme/Rate.class"));
        return ClassFingerprint.of(new ClassFile("com/acme/Rate.class", bytes));
    }

    @Test
    void debugInformationCommentsAndLineNumbersDoNotChangeIt() throws IOException {
        String plain = fingerprint(RATE, "-g");
        assertTrue(plain.matches("v1:[0-9a-f]{64}"), plain);
        assertEquals(plain, fingerprint(RATE, "-g:none"));
        assertEquals(plain, fingerprint(RATE.replace("public final class Rate {",
                "/** The rate. */\n\n\npublic final class Rate { // moved three lines down"), "-g"));
        assertEquals(plain, fingerprint(RATE.replace("(double ml, double hours)", "(double volume, double duration)")
                .replace("ml / hours", "volume / duration"), "-g"));
    }

    @Test
    void aChangeOfTheCodeChangesIt() throws IOException {
        String plain = fingerprint(RATE, "-g");
        assertNotEquals(plain, fingerprint(RATE.replace("ml / hours", "ml / hours * 1.0001"), "-g"));
        assertNotEquals(plain, fingerprint(RATE.replace("public double", "double"), "-g"));
    }
}
