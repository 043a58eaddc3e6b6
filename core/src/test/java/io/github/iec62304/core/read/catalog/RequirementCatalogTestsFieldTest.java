package io.github.iec62304.core.read.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.TestSelector;
import io.github.iec62304.core.read.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalog's {@code tests:} selectors: each with its own line, syntax errors as one line naming file and line. */
@Verifies("TOOL-TRACE-DECLARED-LINKS")
class RequirementCatalogTestsFieldTest {

    private static final String FILE = "src/iec62304/requirements.yaml";

    private static RequirementCatalog read(String yaml) {
        return new RequirementCatalogReader().read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static String error(String yaml) {
        return assertThrows(InputException.class, () -> read(yaml)).getMessage();
    }

    @Test
    void readsEachSelectorWithItsOwnLine() {
        RequirementCatalog catalog = read("""
                requirements:
                  - id: REQ-1
                    title: One
                    text: The first.
                    tests:
                      - com.acme.PumpSystemIT
                      - "plugin-it.all-traced-passes#all-traced-passes"
                      - Pump Tests.Dose#Dose Is Computed
                      - tests.test_dose#test_rate[2]
                  - id: REQ-2
                    title: Two
                    text: The second.
                    tests: [com.acme.OtherIT#runs]
                """);

        assertEquals(List.of(new TestSelector("com.acme.PumpSystemIT", 6),
                new TestSelector("plugin-it.all-traced-passes#all-traced-passes", 7),
                new TestSelector("Pump Tests.Dose#Dose Is Computed", 8),
                new TestSelector("tests.test_dose#test_rate[2]", 9)), catalog.requirements().get(0).tests());
        assertEquals(List.of(new TestSelector("com.acme.OtherIT#runs", 13)), catalog.requirements().get(1).tests());
    }

    @Test
    void noTestsFieldMeansNoSelectors() {
        assertEquals(List.of(), read("""
                requirements:
                  - id: REQ-1
                    title: One
                    text: The first.
                """).requirements().get(0).tests());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'#m'                | does not start with a class name (the 'classname' attribute of the report)",
        "com.acme.PumpIT#    | has no method after '#'; write class#method, or the class alone",
        "com.acme.A#b#c      | has more than one '#'; write class#method",
        "com.acme.*          | has a wildcard; name a class (it covers its nested classes), class#method or "
                + "class#method[n]",
        "com.acme.PumpIT#m[0] | names invocation [0]; invocations are counted from 1 (see test-identity.html)",
        "com.acme.           | does not start with a class name (the 'classname' attribute of the report)"})
    void invalidSyntaxNamesFileLineRequirementAndTheProblem(String selector, String problem) {
        assertEquals(FILE + ":7: selector '" + selector + "' in field 'tests' of requirement REQ-1 " + problem
                + " (see requirements-catalog.html#Declared_test_links)", error("""
                requirements:
                  - id: REQ-1
                    title: One
                    text: The first.
                    tests:
                      - com.acme.Good
                      - "%s"
                """.formatted(selector)));
    }

    @Test
    void emptyListIsAnError() {
        assertEquals(FILE + ":2: field 'tests' of requirement REQ-1 is an empty list; name the reported tests that "
                + "verify it (class, class#method or class#method[n]), or remove the field", error("""
                requirements:
                  - id: REQ-1
                    title: One
                    text: The first.
                    tests: []
                """));
    }

    @Test
    void blankSelectorIsAnError() {
        assertEquals(FILE + ":6: selector '' in field 'tests' of requirement REQ-1 is empty (see "
                + "requirements-catalog.html#Declared_test_links)", error("""
                requirements:
                  - id: REQ-1
                    title: One
                    text: The first.
                    tests:
                      - ""
                """));
    }

    @Test
    void aSelectorListedTwiceIsAnError() {
        assertEquals(FILE + ":7: selector 'com.acme.PumpIT' in field 'tests' of requirement REQ-1 is listed twice "
                + "(first at line 6); remove one", error("""
                requirements:
                  - id: REQ-1
                    title: One
                    text: The first.
                    tests:
                      - com.acme.PumpIT
                      - com.acme.PumpIT
                """));
    }

    @Test
    void aMappingInsteadOfASelectorIsATypeErrorWithItsLine() {
        String message = error("""
                requirements:
                  - id: REQ-1
                    title: One
                    text: The first.
                    tests:
                      - class: com.acme.PumpIT
                """);
        assertEquals(FILE + ":6", message.substring(0, message.indexOf(": ")));
    }

    @Test
    void aNullElementIsAnError() {
        String message = error("""
                requirements:
                  - id: REQ-1
                    title: One
                    text: The first.
                    tests:
                      -
                """);
        assertEquals(FILE + ":", message.substring(0, FILE.length() + 1), message);
    }
}
