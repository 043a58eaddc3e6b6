package io.github.iec62304.core.write;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes one bundle in a process of its own, so that a test can kill it with SIGKILL at a chosen system call.
 * Arguments: the evidence directory, the zip, the build timestamp (ISO-8601).
 */
public final class BundleWriteProcess {

    private BundleWriteProcess() {
    }

    public static void main(String[] args) {
        EvidenceBundleWriter.write(EvidenceBundleWriterTest.content(Instant.parse(args[2]), false), Path.of(args[0]),
                Path.of(args[1]));
    }
}
