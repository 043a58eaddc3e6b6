package io.github.iec62304.core.validation;

import io.github.iec62304.annotations.Verifies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record's content and the goal's refusal to replace files it did not write. */
@Verifies("TOOL-GOAL-VALIDATE")
class ValidationRecordWriterTest {

    @TempDir
    Path tmp;

    private static ValidationRecord record(boolean differs) {
        Outcome expected = Outcome.of(Verdict.FAILED, Set.of(new Finding("TRACE-TESTED", "ERROR", "REQ-1")), null);
        Outcome actual = new Outcome(differs ? Verdict.PASSED : Verdict.FAILED, new java.util.TreeSet<>(
                differs ? Set.of() : expected.findings()), null, List.of("ERROR TRACE-TESTED REQ-1: no test"));
        CaseResult c = new CaseResult("a-case", "What it shows.", List.of(), expected, actual,
                expected.differences(actual));
        return new ValidationRecord(Instant.parse("2026-12-07T10:00:00Z"), "1.2.3",
                List.of(new ToolArtifact("plugin", "/repo/p.jar", "ab".repeat(32))),
                new ValidationEnvironment("Linux", "6.1", "amd64", "Eclipse Adoptium", "17.0.15", "/jdk", "3.9.16",
                        "UTF-8", "en-US", "UTC"), "cd".repeat(32), "shipped", List.of(c),
                List.of(new RuleCoverage("TRACE-TESTED", List.of("a-case"), null, null),
                        new RuleCoverage("RELEASE-GIT", List.of(), "needs a git repository", null)));
    }

    @Test
    void writesBothFilesWithEveryPartOfTheRecord() throws Exception {
        Path dir = tmp.resolve("out");
        ValidationRecordWriter.write(record(false), dir);

        JsonNode json = new ObjectMapper().readTree(dir.resolve("validation-record.json").toFile());
        assertEquals(List.of("format", "result", "date", "toolVersion", "artifacts", "environment", "manifestSha256",
                "casesOrigin", "cases", "rules"), iterate(json.fieldNames()));
        assertEquals("PASS", json.get("result").asText());
        assertEquals("3.9.16", json.at("/environment/mavenVersion").asText());
        assertEquals("FAILED", json.at("/cases/0/actual/verdict").asText());
        assertEquals("needs a git repository", json.at("/rules/1/notCovered").asText());
        String md = Files.readString(dir.resolve("validation-record.md"));
        assertTrue(md.contains("**Result: PASS** - 1 of 1 reference cases gave exactly their expected verdict"), md);
        assertTrue(md.contains("| a-case | FAILED, 1 violation(s) | FAILED, 1 violation(s) | PASS |"), md);
        assertTrue(md.contains("| RELEASE-GIT | not covered by a reference case: needs a git repository |"), md);
        assertTrue(md.contains("| Maven | 3.9.16 |"), md);
    }

    @Test
    void aDifferenceFailsTheRecord() throws Exception {
        ValidationRecord r = record(true);
        ValidationRecordWriter.write(r, tmp);

        assertFalse(r.passed());
        assertEquals(List.of("verdict PASSED, expected FAILED", "missing violation: TRACE-TESTED ERROR REQ-1"),
                r.cases().get(0).differences());
        String md = Files.readString(tmp.resolve("validation-record.md"));
        assertTrue(md.contains("**Result: FAIL** - 0 of 1 reference cases gave exactly their expected verdict and "
                + "violations; failed: a-case."), md);
    }

    @Test
    void replacesItsOwnEarlierRecord() throws Exception {
        ValidationRecordWriter.write(record(true), tmp);
        ValidationRecordWriter.write(record(false), tmp);

        assertTrue(Files.readString(tmp.resolve("validation-record.json")).contains("\"result\" : \"PASS\""));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void refusesADirectoryWithFilesItDidNotWrite() throws Exception {
        Files.writeString(tmp.resolve("pom.xml"), "<project/>");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ValidationRecordWriter.write(record(false), tmp));

        assertEquals(tmp + " holds files this goal did not write (pom.xml): it never replaces them. Choose another "
                + "directory with -Diec62304.validationDirectory=<dir> or move them away.", e.getMessage());
        assertFalse(Files.exists(tmp.resolve("validation-record.json")));
    }

    @Test
    void refusesARecordFileThatIsNotItsOwn() throws Exception {
        Files.writeString(tmp.resolve("validation-record.json"), "{\"mine\": true}");
        Files.writeString(tmp.resolve("validation-record.md"), "# my notes");

        assertThrows(IllegalStateException.class, () -> ValidationRecordWriter.write(record(false), tmp));

        assertEquals("# my notes", Files.readString(tmp.resolve("validation-record.md")));
    }

    /** Review: a run killed while writing left validation-record.json.partial, and every later run refused the folder. */
    @Test
    void aTemporaryFileOfAKilledRunIsItsOwn() throws Exception {
        Files.writeString(tmp.resolve("validation-record.json.partial"), "{\"format\" : ");

        ValidationRecordWriter.write(record(true), tmp);

        assertFalse(Files.exists(tmp.resolve("validation-record.json.partial")));
        assertTrue(Files.readString(tmp.resolve("validation-record.json")).contains("\"format\" : \"iec62304-validation/1\""));
    }

    private static List<String> iterate(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
