package io.github.iec62304.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.read.architecture.ArchitectureReader;
import io.github.iec62304.core.read.catalog.RequirementCatalogReader;
import io.github.iec62304.core.read.release.AnomalyRegisterReader;
import io.github.iec62304.core.read.release.ChangeLogReader;
import io.github.iec62304.core.read.soup.SoupRegisterReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every YAML register refuses, with the same message whichever reader reads it (issue 12 item 6: a register
 * must be read whole or refused; issue 13 item 7: the right line, the reason in plain words, no Java type names).
 * Each register is given as its first entry, four lines long, then a fifth line that varies.
 */
@Verifies("TOOL-READ-REGISTERS")
class RegisterYamlTest {

    private static final String FILE = "src/iec62304/register.yaml";

    /**
     * A register: its first four lines (one entry), what else makes it a valid file, and its reader.
     */
    private record Register(String name, String head, String rest,
                            BiFunction<ByteArrayInputStream, String, Object> reader) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Register> registers() {
        return Stream.of(
                new Register("requirements", """
                        requirements:
                          - id: REQ-1
                            title: First
                            text: One.
                        """, "", (in, f) -> new RequirementCatalogReader().read(in, f)),
                new Register("architecture", """
                        items:
                          - id: DOSING
                            title: Dosing
                            packages: [com.example.dosing]
                        """, "", (in, f) -> new ArchitectureReader().read(in, f)),
                new Register("soup", """
                        soup:
                          - component: pkg:maven/org.example/lib
                            title: Lib
                            manufacturer: Example
                        """, "", (in, f) -> new SoupRegisterReader().read(in, f)),
                new Register("changes", """
                        changes:
                          - id: CR-1
                            release: 1.1.0
                            description: Bolus removed
                        """, "    approvedBy: CCB\n", (in, f) -> new ChangeLogReader().read(in, f)),
                new Register("anomalies", """
                        anomalies:
                          - id: PR-1
                            title: Alarm late
                            status: open
                        """, "", (in, f) -> new AnomalyRegisterReader().read(in, f)));
    }

    private static String error(Register register, byte[] bytes) {
        return assertThrows(InputException.class,
                () -> register.reader().apply(new ByteArrayInputStream(bytes), FILE)).getMessage();
    }

    private static String error(Register register, String yaml) {
        return error(register, yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** The head with its third line's value (after the first ':') replaced. */
    private static String withThirdValue(Register register, String value) {
        String[] lines = register.head().split("\n");
        lines[2] = lines[2].substring(0, lines[2].indexOf(':') + 1) + " " + value;
        return String.join("\n", lines) + "\n";
    }

    /** SnakeYAML's parser has no depth limit: 4 MB of '[' exhausted a 256 MiB heap before the fix. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void refusesDeepNestingBeforeItExhaustsTheHeap(Register register) {
        String yaml = withThirdValue(register, "[".repeat(4_000_000));
        assertEquals(FILE + ":3: nests lists and mappings more than 64 levels deep; a register needs about five:"
                + " check the indentation and brackets", error(register, yaml));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void readsNestingUpToTheLimit(Register register) {
        String yaml = withThirdValue(register, "[".repeat(60) + "]".repeat(60));
        // read as far as the structure goes: the field's type is wrong, which is a different, later message
        assertFalse(error(register, yaml).contains("levels deep"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void refusesASecondDocumentInsteadOfIgnoringIt(Register register) {
        assertEquals(FILE + ":5: a second YAML document starts here ('---'); a register is one document: move its"
                        + " entries into the first one (a reader of the first document would ignore them)",
                error(register, register.head() + "---\n" + register.head()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void refusesAnAnchorInsteadOfReadingItsAliasAsText(Register register) {
        String yaml = withThirdValue(register, "&t Shared") + "    other: *t\n";
        assertEquals(FILE + ":3: the anchor '&t' lets other places of the file repeat this value; registers do not"
                + " use YAML anchors and aliases: remove it and write each value out", error(register, yaml));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void refusesAnAliasWithoutAnAnchor(Register register) {
        assertEquals(FILE + ":3: the alias '*t' repeats what another place of the file says; registers do not use"
                + " YAML anchors and aliases: write the value out", error(register, withThirdValue(register, "*t")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void refusesAListAnchorNamingItsLine(Register register) {
        String yaml = register.head() + "    extra: &list [A-1]\n";
        assertEquals(FILE + ":5: the anchor '&list' lets other places of the file repeat this value; registers do"
                + " not use YAML anchors and aliases: remove it and write each value out", error(register, yaml));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void namesTheLineOfATabAndWhyItIsWrong(Register register) {
        String yaml = register.head() + "  - id: X-2\n\ttitle: T\n";
        assertEquals(FILE + ":6: is not valid YAML: a tab character (column 1); YAML indents with spaces only:"
                + " replace the tab with spaces", error(register, yaml));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void namesTheLineOfANulCharacter(Register register) {
        String yaml = register.head() + "    title: A\0B\n";
        assertEquals(FILE + ":5: holds the control character U+0000 (NUL) at column 13, which YAML does not allow;"
                + " remove it (an editor may show it as nothing or as a box)", error(register, yaml));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void namesTheLineOfInvalidUtf8(Register register) {
        byte[] head = (register.head() + "# comment\n    # x").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3; // an 'é' in Latin-1 would be 0xE9; this is a lead byte without its tail
        bytes[head.length + 1] = '(';
        bytes[head.length + 2] = '\n';
        assertEquals(FILE + ":6: is not valid UTF-8 here (byte 0xC3 cannot start or continue a character at column"
                + " 8); save it as UTF-8", error(register, bytes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void tellsToSaveUtf16AsUtf8(Register register) {
        String expected = FILE + ": is saved as UTF-16; save it as UTF-8 (registers are read as UTF-8 only)";
        assertEquals(expected, error(register, ("\uFEFF" + register.head()).getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(expected, error(register, register.head().getBytes(StandardCharsets.UTF_16)));
        assertEquals(expected, error(register, register.head().getBytes(StandardCharsets.UTF_16LE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void readsAUtf8ByteOrderMark(Register register) {
        byte[] bom = ("\uFEFF" + register.head() + register.rest()).getBytes(StandardCharsets.UTF_8);
        assertNotNull(register.reader().apply(new ByteArrayInputStream(bom), FILE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void namesASyntaxErrorWithoutParserTokens(Register register) {
        String yaml = register.head() + "   broken: x\n";
        assertEquals(FILE + ":5: is not valid YAML: expected the end of the indented block, but found a field"
                + " indented differently (column 4) in the list that starts at line 2", error(register, yaml));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void namesAnUnclosedQuoteAndWhereItStarts(Register register) {
        String yaml = register.head() + "    extra: \"open\n";
        assertEquals(FILE + ":6: is not valid YAML: the file ends (column 1) in the quoted text that starts at"
                + " line 5", error(register, yaml));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void namesAnUnclosedListWithoutParserTokens(Register register) {
        String yaml = register.head() + "    extra: [a\n";
        assertEquals(FILE + ":6: is not valid YAML: expected ',' or ']', but got the end of the file (column 1)"
                + " in the list '[' that starts at line 5", error(register, yaml));
    }
}
