package io.github.iec62304.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bundled reference case, through the real pipeline: CI proves each expected verdict. */
class ReferenceCasesTest {

    @TempDir
    Path work;

    @Test
    void everyShippedCaseGivesItsExpectedOutcome() {
        ShippedManifest manifest = ShippedManifest.shipped();
        ValidationRecord record = ToolValidation.run(CaseFiles.shipped(manifest), manifest,
                ValidationEnvironment.current(null), List.of(), "test", work);

        if (Boolean.getBoolean("validation.print")) { // writing a new case: review each line before pasting it
            record.cases().stream().filter(c -> c.actual() != null).forEach(c -> System.out.println("== " + c.name()
                    + "\nverdict: " + c.actual().verdict().label() + (c.actual().buildError() == null ? ""
                    : "\nbuildError: " + c.actual().buildError()) + "\nviolations:\n" + c.actual().findings()
                    .stream().map(f -> "  - {rule: " + f.rule() + ", level: " + f.level() + ", subject: \""
                            + f.subject().replace("\"", "\\\"") + "\"}").collect(Collectors.joining("\n")) + "\n# " + String.join("\n# ", c.actual().log())));
        }
        String failures = record.failures().stream().map(c -> c.name() + ": " + c.integrity() + " "
                + c.differences()).collect(Collectors.joining("\n"));
        assertEquals("", failures);
        assertTrue(record.passed());
        assertEquals(manifest.cases().keySet().stream().toList(), record.cases().stream().map(CaseResult::name)
                .toList());
    }
}
