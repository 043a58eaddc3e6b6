package io.github.iec62304.core;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one run: the verdict with all violations, and where the bundle was written.
 *
 * @param evidence   what was judged
 * @param report     every rule's verdict and every violation
 * @param bundleFile the evidence zip
 * @param directory  the unpacked evidence directory
 * @param warnings   things the build log should say that are not evidence (e.g. a possibly stale SBOM)
 */
public record CheckResult(Evidence evidence, GateReport report, Path bundleFile, Path directory,
                          List<String> warnings) {

    public CheckResult {
        warnings = List.copyOf(warnings);
    }
}
