package io.github.iec62304.core.read;

import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fingerprint of each test report as the gates used it: which test cases it holds, their outcomes, re-runs and
 * messages, but not their durations, time stamps, host name or JVM properties, which change with every run of the
 * same tests. Two runs of the same tests with the same outcomes give the same fingerprints; a test that changes
 * outcome changes its report's.
 */
public final class TestResultsDigest {

    private TestResultsDigest() {
    }

    /**
     * @return each report of the record as an input whose SHA-256 is taken over the lines
     *         {@code <class>#<name> <outcome> <reruns> <message>\n} of the test cases it holds, sorted (byte order)
     */
    public static List<InputFile> of(TestRecord record) {
        Map<String, List<String>> lines = new HashMap<>();
        for (TestCaseResult c : record.cases()) {
            String line = c.displayName() + " " + c.outcome().name() + " " + c.reruns() + " "
                    + c.message().replace("\n", "\\n") + "\n";
            c.sources().forEach(source -> lines.computeIfAbsent(source, s -> new ArrayList<>()).add(line));
        }
        List<InputFile> inputs = new ArrayList<>();
        for (InputFile report : record.inputs()) {
            MessageDigest digest = Sha256.newDigest();
            lines.getOrDefault(report.path(), List.of()).stream().sorted()
                    .forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
            inputs.add(new InputFile(report.path(), Sha256.hex(digest.digest()), report.files(),
                    InputFile.DigestOf.TEST_RESULTS));
        }
        return inputs;
    }
}
