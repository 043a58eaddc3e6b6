package io.github.iec62304.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copy of the cases that differs from the shipped ones fails validation, whatever its verdicts. */
class TamperedCasesTest {

    @TempDir
    Path tmp;

    private Path cases;
    private final ShippedManifest manifest = ShippedManifest.shipped();

    /**
     * Copies the shipped cases named (all when none is): a case left out counts as a missing case, which fails without
     * being run, so a test that needs a few cases stays fast.
     */
    private void copyShippedCases(String... only) throws Exception {
        cases = tmp.resolve("cases");
        CaseFiles shipped = CaseFiles.shipped(manifest);
        for (var c : shipped.listing().entrySet()) {
            if (only.length > 0 && !List.of(only).contains(c.getKey())) {
                continue;
            }
            for (String path : c.getValue()) {
                Path target = cases.resolve(c.getKey()).resolve(path);
                Files.createDirectories(target.getParent());
                Files.write(target, shipped.read(c.getKey(), path));
            }
        }
    }

    private ValidationRecord validate() throws Exception {
        return ToolValidation.run(CaseFiles.directory(cases), manifest, ValidationEnvironment.current(null),
                List.of(), "test", Files.createDirectories(tmp.resolve("work-" + System.nanoTime())));
    }

    private CaseResult result(ValidationRecord record, String name) {
        return record.cases().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anUntouchedCopyPasses() throws Exception {
        copyShippedCases();
        ValidationRecord record = validate();

        assertEquals(List.of(), record.failures());
        assertTrue(record.passed());
    }

    @Test
    void aChangedInputFailsAsNotTheShippedCase() throws Exception {
        copyShippedCases("good-development", "unit-coverage-below-criteria");
        // a failing test turned into a passing one: the check now passes a case that must fail
        Path report = cases.resolve("good-development/project/target/surefire-reports/"
                + "TEST-com.example.infusion.dosing.DoseLimitsTest.xml");
        Files.writeString(report, Files.readString(report).replace("DoseLimitsTest", "DoseLimitsTest "));

        ValidationRecord record = validate();

        assertFalse(record.passed());
        CaseResult good = result(record, "good-development");
        assertFalse(good.passed());
        assertEquals(1, good.integrity().size());
        assertTrue(good.integrity().get(0).startsWith("not the shipped case: good-development/project/target/"
                + "surefire-reports/TEST-com.example.infusion.dosing.DoseLimitsTest.xml differs from the shipped file"
                + " (sha256 "), good.integrity().get(0));
        // every case built on it is not the shipped one either
        assertTrue(result(record, "unit-coverage-below-criteria").integrity()
                .contains("not the shipped case: its base case good-development is not the shipped one"));
    }

    @Test
    void aChangedExpectationFailsEvenWhenTheVerdictThenMatches() throws Exception {
        copyShippedCases("good-development", "unit-coverage-below-criteria");
        // the expectation rewritten to what the check reports on a changed input: only the manifest catches it
        Path expected = cases.resolve("unit-coverage-below-criteria/expected.yaml");
        Files.writeString(expected, "verdict: PASSED\nviolations:\n  - {rule: UNIT-TESTS-PASS, level: WARN, "
                + "subject: \"unit OCCLUSION (class C, item ALARMS)\"}\n", StandardCharsets.UTF_8);
        Files.copy(cases.resolve("good-development/project/target/jacoco.exec"),
                cases.resolve("unit-coverage-below-criteria/project/target/jacoco.exec"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        ValidationRecord record = validate();

        CaseResult c = result(record, "unit-coverage-below-criteria");
        assertEquals(List.of(), c.differences()); // the forged expectation matches ...
        assertEquals(2, c.integrity().size()); // ... but both files are not the shipped ones
        assertFalse(c.passed());
        assertFalse(record.passed());
    }

    @Test
    void aWrongExpectationFailsTheCase() throws Exception {
        copyShippedCases("good-development");
        Files.writeString(cases.resolve("good-development/expected.yaml"), "verdict: FAILED\nviolations: []\n");

        CaseResult c = result(validate(), "good-development");

        assertEquals(List.of("verdict PASSED, expected FAILED",
                "unexpected violation: UNIT-TESTS-PASS WARN unit OCCLUSION (class C, item ALARMS)"), c.differences());
        assertFalse(c.passed());
    }

    @Test
    void aMissingCaseFailsWithoutRunning() throws Exception {
        copyShippedCases("good-development");

        CaseResult missing = result(validate(), "tests-failing");

        assertEquals("not the shipped case: tests-failing/case.yaml is missing", missing.integrity().get(0));
        assertEquals(null, missing.actual());
        assertFalse(missing.passed());
    }

    @Test
    void anAddedOrMissingFileOrCaseIsNotShipped() throws Exception {
        copyShippedCases("good-development", "unit-coverage-below-criteria");
        Files.writeString(cases.resolve("good-development/project/src/iec62304/waivers.yaml"), "waivers: []\n");
        Files.delete(cases.resolve("unit-coverage-below-criteria/case.yaml"));
        Files.createDirectories(cases.resolve("my-own-case"));
        Files.writeString(cases.resolve("my-own-case/case.yaml"), "base: good-development\n");
        Files.writeString(cases.resolve("my-own-case/expected.yaml"), "verdict: PASSED\nviolations: []\n");

        ValidationRecord record = validate();

        assertEquals(List.of("not the shipped case: good-development/project/src/iec62304/waivers.yaml is not a file "
                + "of the shipped case"), result(record, "good-development").integrity());
        assertEquals(List.of("not the shipped case: unit-coverage-below-criteria/case.yaml is missing"),
                result(record, "unit-coverage-below-criteria").integrity());
        assertEquals("not the shipped case: the shipped manifest (manifest.sha256) has no case my-own-case",
                result(record, "my-own-case").integrity().get(0));
        assertFalse(record.passed());
    }
}
