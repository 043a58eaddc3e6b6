package io.github.iec62304.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.core.model.CodeScan;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Review finding (issue 14): the tests of pump-it run pump-core's code. When pump-core is recompiled and pump-it is
 * not (no clean, no incremental dependency check), pump-it's old reports were judged fresh against pump-it's own
 * classes only, and its old PASSED results counted for the new pump-core code.
 */
class ModuleSourcesTest {

    @Test
    void aModulesReportsAreJudgedAgainstTheCodeOfTheModulesItDependsOnToo() {
        ModuleSources sources = new ModuleSources(List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(), true,
                Map.of("pump-it", List.of("pump-core"), "pump-core", List.of()));
        CodeScan scan = new CodeScan(List.of(), Set.of(), Map.of(), List.of(), FileTime.fromMillis(3000), List.of(),
                List.of(), Set.of(), Map.of(), Map.of(), Map.of("pump-core", FileTime.fromMillis(3000),
                "pump-it", FileTime.fromMillis(1000)));

        assertEquals(FileTime.fromMillis(3000), sources.compiledLast("pump-it", scan));
        assertEquals(FileTime.fromMillis(3000), sources.compiledLast("pump-core", scan));
        assertEquals(FileTime.fromMillis(3000), sources.compiledLast(null, scan)); // one module: the newest of all
    }
}
