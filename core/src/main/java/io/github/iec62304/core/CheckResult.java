package io.github.iec62304.core;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import java.nio.file.Path;

/**
 * The outcome of one run: the verdict with all violations, and where the bundle was written.
 *
 * @param evidence   what was judged
 * @param report     every rule's verdict and every violation
 * @param bundleFile the evidence zip
 * @param directory  the unpacked evidence directory
 */
public record CheckResult(Evidence evidence, GateReport report, Path bundleFile, Path directory) {
}
