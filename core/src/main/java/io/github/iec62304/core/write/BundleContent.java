package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.project.ProjectInfo;
import java.util.List;
import java.util.Map;

/**
 * Everything the evidence bundle documents.
 *
 * @param project       the build
 * @param classDeclared {@code false} when the system class is the default C of clause 4.3
 * @param evidence      the linked evidence
 * @param report        the gate outcome
 * @param inputs        every input read, with digests
 * @param attachments   input files copied into the bundle as they were read (the SBOM), by bundle file name: copied
 *                      from disk when the bundle is written
 */
public record BundleContent(ProjectInfo project, boolean classDeclared, Evidence evidence, GateReport report,
                            List<InputFile> inputs, Map<String, BundleAttachment> attachments) {

    public BundleContent {
        inputs = List.copyOf(inputs);
        attachments = Map.copyOf(attachments);
    }
}
