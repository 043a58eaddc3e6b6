package io.github.iec62304.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Ratios as written in the pom and the registry, justified overrides, and the 5.5.4 record. */
class UnitCriteriaTest {

    private static String notARatio(String text) {
        return assertThrows(IllegalArgumentException.class, () -> UnitCriteria.parseRatio(text)).getMessage();
    }

    @Test
    void parsesDecimalsAndPercentages() {
        assertEquals(0.8, UnitCriteria.parseRatio("0.80"));
        assertEquals(0.8, UnitCriteria.parseRatio("80%"));
        assertEquals(0.7, UnitCriteria.parseRatio(" 70 % "));
        assertEquals(0.0, UnitCriteria.parseRatio("0"));
        assertEquals(0.0, UnitCriteria.parseRatio("0%"));
        assertEquals(1.0, UnitCriteria.parseRatio("1"));
        assertEquals(1.0, UnitCriteria.parseRatio("100%"));
        assertEquals(0.855, UnitCriteria.parseRatio("85.5%"));
    }

    @Test
    void percentagesWithDecimalsAreExact() {
        // 99.9 / 100 in double arithmetic is 0.9990000000000001: 999 of 1000 lines would fail 99.9%
        assertEquals(0.999, UnitCriteria.parseRatio("99.9%"));
        assertEquals(0.123, UnitCriteria.parseRatio("12.3%"));
        assertEquals(0.707, UnitCriteria.parseRatio("70.7%"));
    }

    @Test
    void rejectsValuesOutside0To1() {
        assertEquals("'120%' is not a ratio; write 0.80 or 80% (between 0 and 1)", notARatio("120%"));
        assertEquals("'1.5' is not a ratio; write 0.80 or 80% (between 0 and 1)", notARatio("1.5"));
        assertEquals("'-0.1' is not a ratio; write 0.80 or 80% (between 0 and 1)", notARatio("-0.1"));
        assertEquals("'80' is not a ratio; write 0.80 or 80% (between 0 and 1)", notARatio("80"));
    }

    @Test
    void rejectsWhatIsNotANumber() {
        assertEquals("'abc' is not a ratio; write 0.80 or 80% (between 0 and 1)", notARatio("abc"));
        assertEquals("'%' is not a ratio; write 0.80 or 80% (between 0 and 1)", notARatio("%"));
        assertEquals("'' is not a ratio; write 0.80 or 80% (between 0 and 1)", notARatio(""));
        assertEquals("'null' is not a ratio; write 0.80 or 80% (between 0 and 1)", notARatio(null));
        assertEquals("'NaN' is not a ratio; write 0.80 or 80% (between 0 and 1)", notARatio("NaN"));
        assertEquals("'0.8d' is not a ratio; write 0.80 or 80% (between 0 and 1)", notARatio("0.8d"));
        assertEquals("'80%%' is not a ratio; write 0.80 or 80% (between 0 and 1)", notARatio("80%%"));
    }

    @Test
    void documentedDefaults() {
        assertEquals(new UnitCriteria(0.80, 0.70, true, true), UnitCriteria.CLASS_B);
        assertEquals(new UnitCriteria(0.90, 0.85, true, true), UnitCriteria.CLASS_C);
    }

    @Test
    void overrideReplacesOnlyTheFieldsItGives() {
        assertEquals(new UnitCriteria(0.5, 0.85, true, true),
                new CriteriaOverride(0.5, null, null, null, "legacy").applyTo(UnitCriteria.CLASS_C));
        assertEquals(new UnitCriteria(0.90, 0.4, false, true),
                new CriteriaOverride(null, 0.4, false, null, "generated").applyTo(UnitCriteria.CLASS_C));
        assertEquals(new UnitCriteria(0.80, 0.70, true, false),
                new CriteriaOverride(null, null, null, false, "known failure").applyTo(UnitCriteria.CLASS_B));
        assertEquals(new UnitCriteria(0.0, 0.0, false, false),
                new CriteriaOverride(0.0, 0.0, false, false, "prototype").applyTo(UnitCriteria.CLASS_B));
    }

    @Test
    void emptyOverrideKeepsTheBase() {
        assertEquals(UnitCriteria.CLASS_B, new CriteriaOverride(null, null, null, null, "none").applyTo(
                UnitCriteria.CLASS_B));
    }

    private static ClassCRecord record(List<String> applicable, Map<String, String> notApplicable) {
        return new ClassCRecord(new TreeSet<>(applicable), new TreeMap<>(notApplicable));
    }

    @Test
    void classCRecordNamesTheLettersItDoesNotCover() {
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h"), record(List.of(), Map.of()).missing());
        assertEquals(List.of("c", "g"), record(List.of("a", "b", "d", "h"), Map.of("e", "x", "f", "y")).missing());
        assertEquals(List.of("h"), record(List.of("a", "b", "c", "d"), Map.of("e", "x", "f", "y", "g", "z"))
                .missing());
        assertEquals(List.of(), record(List.of("a", "b", "c", "d", "e", "f", "g", "h"), Map.of()).missing());
        assertEquals(List.of(), record(List.of(), Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5", "f", "6",
                "g", "7", "h", "8")).missing());
    }

    @Test
    void classCRecordIsSortedAndCopied() {
        TreeSet<String> applicable = new TreeSet<>(List.of("h", "a"));
        ClassCRecord r = new ClassCRecord(applicable, new TreeMap<>(Map.of("c", "no heap")));
        applicable.add("b");

        assertEquals(List.of("a", "h"), List.copyOf(r.applicable()));
        assertEquals(List.of("b", "d", "e", "f", "g"), r.missing());
        assertEquals(8, ClassCRecord.CRITERIA.size());
        assertEquals("boundary conditions", ClassCRecord.CRITERIA.get("h"));
    }
}
