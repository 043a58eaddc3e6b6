package io.github.iec62304.bench;

import io.github.iec62304.bench.DeviceModel.Requirement;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The requirements in OpenFastTrace's Markdown format ({@code doc/spec/requirements.md}): one {@code req} item per
 * requirement that needs {@code impl} and {@code utest}, so OpenFastTrace traces the same requirement ->
 * implementation -> test links as the check (the tags are in the Java sources).
 */
final class OftSpec {

    private OftSpec() {
    }

    static void write(DeviceModel model, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# Software requirements of the synthetic device (size " + model.size() + ")\n\n");
            for (Requirement r : model.requirements()) {
                out.write("### " + r.title() + "\n`req~" + r.id() + "~1`\n\n" + r.text() + "\n\nNeeds: impl, utest\n\n");
            }
        }
    }
}
