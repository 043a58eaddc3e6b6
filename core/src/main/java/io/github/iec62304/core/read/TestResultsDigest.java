package io.github.iec62304.core.read;

import io.github.iec62304.core.model.TestOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collection;

/**
 * The fingerprint of one test report as it was read, that report alone: one line per test case it holds (class,
 * name, outcome, re-runs, message), but not durations, time stamps, host name or JVM properties, which change with
 * every run of the same tests. It is taken before the cases are merged with the same tests in other reports, so it
 * can be recomputed from the file itself and changes only when that file's results do.
 */
public final class TestResultsDigest {

    private TestResultsDigest() {
    }

    /**
     * @return the line of one test case, without its line break: {@code <class>#<name> <outcome> <reruns> <message>},
     *         a line break within any part written as {@code \n}
     */
    public static String line(String className, String name, TestOutcome outcome, int reruns, String message) {
        return escape(className) + "#" + escape(name) + " " + outcome.name() + " " + reruns + " " + escape(message);
    }

    /**
     * @param lines the {@link #line lines} of the test cases of one report, in any order
     * @return the SHA-256 (hex) of the lines sorted by their UTF-8 bytes (as {@code LC_ALL=C sort} does), each
     *         followed by {@code \n}
     */
    public static String of(Collection<String> lines) {
        MessageDigest digest = Sha256.newDigest();
        lines.stream().map(l -> l.getBytes(StandardCharsets.UTF_8)).sorted(Arrays::compareUnsigned).forEach(l -> {
            digest.update(l);
            digest.update((byte) '\n');
        });
        return Sha256.hex(digest.digest());
    }

    private static String escape(String text) {
        return text.replace("\n", "\\n");
    }
}
