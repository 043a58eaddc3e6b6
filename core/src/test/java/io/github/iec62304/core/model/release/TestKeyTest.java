package io.github.iec62304.core.model.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Tests are recognised across releases by class and method plus invocation index, whatever surefire prints. */
@Verifies("TOOL-READ-TEST-IDENTITY")
class TestKeyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "'m(int, Zone)[3]'    | m[3]",
            "'m{int, Zone}[3]'    | m[3]",
            "'m()[1]'             | m[1]",
            "'m[1]'               | m[1]",
            "m                    | m",
            "'m(int[])[2]'        | m[2]",
            "'m(String)[12]'      | m[12]",
            "'m(String)'          | m",
            "'m[x]'               | m",
            "'m[]'                | m",
            // TestNG 3.0-3.5: arguments in brackets, then the invocation number
            "'m[45, X](1)'        | m[1]",
            "'m[45, X](2)'        | m[2]",
            // the phrased reporter's default invocation names
            "'m() repetition 2 of 3' | m[2]",
            "'m(int, int)[1] 1000, 60' | m[1]",
            // a display name is its own identity
            "'rejects a negative interval' | rejects a negative interval"})
    void normalizesTheReportedName(String reported, String key) {
        assertEquals(key, TestKey.normalize(reported));
    }

    @Test
    void keyIsClassHashNormalizedName() {
        assertEquals("com.x.Outer$Inner#m[3]", TestKey.of("com.x.Outer$Inner", "m(int, Zone)[3]"));
    }

    @Test
    void surefireVersionsGiveTheSameKey() {
        assertEquals(TestKey.of("com.x.T", "m(int, Zone)[3]"), TestKey.of("com.x.T", "m{int, Zone}[3]"));
        assertEquals(TestKey.of("com.x.T", "m()[1]"), TestKey.of("com.x.T", "m[1]"));
    }

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource(delimiter = '|', value = {
            "com.x.T#m          | com.x.T",
            "com.x.T#m[3]       | com.x.T",
            "com.x.T$Inner#m    | com.x.T",
            "com.x.T$A$B#m[1]   | com.x.T",
            "com.x.T$Inner#m    | com.x.T$Inner",
            "com.x.T#m          | com.x.T#m",
            "com.x.T#m[3]       | com.x.T#m",
            "com.x.T#m[3]       | com.x.T#m[3]",
            "com.x.T$Inner#m[2] | com.x.T$Inner#m",
            "com.x.T            | com.x.T",
            "com.x.T$Inner      | com.x.T",
            // overloads keep their reported names as identities; the method's name still covers them (failed before)
            "com.x.T#m(int)     | com.x.T#m",
            "com.x.T#m(String)  | com.x.T#m",
            "com.x.T#m[0: x]    | com.x.T#m",
            "com.x.T#m(int)     | com.x.T#m(int)"})
    void matchesItsClassOrMethod(String key, String reference) {
        assertTrue(TestKey.matches(key, reference));
    }

    @ParameterizedTest(name = "{0} does not match {1}")
    @CsvSource(delimiter = '|', value = {
            "com.x.T#m          | com.x.Tx",
            "com.x.TTest#m      | com.x.T",
            "com.x.T#m          | com.x",
            "com.x.T#mm         | com.x.T#m",
            "com.x.T#m[3]       | com.x.T#m[4]",
            "com.x.T#m          | com.x.T#m[1]",
            "com.x.T$Inner#m    | com.x.T#m",
            "com.x.U#m          | com.x.T#m",
            "com.x.T            | com.x.T#m",
            "com.x.Tx           | com.x.T",
            "com.x.T#mm(int)    | com.x.T#m",
            "com.x.T#m(int)     | com.x.T#m(String)"})
    void doesNotMatchAnotherClassOrMethod(String key, String reference) {
        assertFalse(TestKey.matches(key, reference));
    }

    private static List<String> identities(String... classAndNames) {
        List<TestKey.Reported> reported = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String s : classAndNames) {
            int hash = s.indexOf('#');
            reported.add(new TestKey.Reported(s.substring(0, hash), s.substring(hash + 1), seen.merge(s, 1, Integer::sum)));
        }
        return TestKey.identities(reported);
    }

    @Test
    void identicalNamesInOneReportAreNumberedInOrderOfAppearance() {
        // @RepeatedTest(3) in surefire 3.0-3.4, TestNG data provider rows in 2.22
        assertEquals(List.of("T#m[1]", "T#m[2]", "T#m[3]", "T#other"), identities("T#m", "T#m", "T#m", "T#other"));
    }

    @Test
    void zeroBasedInvocationsAreRenumberedFromOne() {
        // TestNG data provider rows in surefire 3.6, JUnit 4 Parameterized
        assertEquals(List.of("T#m[1]", "T#m[2]"), identities("T#m(int, java.lang.String)[0]",
                "T#m(int, java.lang.String)[1]"));
        assertEquals(List.of("T#m[1]", "T#m[2]"), identities("T#m[0]", "T#m[1]"));
    }

    @Test
    void aMethodInvokedOnceHasNoIndexWhateverTheVersion() {
        assertEquals(List.of("T#m"), identities("T#m()[1]"));
        assertEquals(List.of("T#m"), identities("T#m(int, java.lang.String)[0]"));
        assertEquals(List.of("T#m"), identities("T#m"));
    }

    @Test
    void invocationsWithoutAnIndexKeepTheirNamesApart() {
        assertEquals(List.of("T#m[0: low]", "T#m[1: high]"), identities("T#m[0: low]", "T#m[1: high]"));
    }

    @Test
    void theSameIndexInAnotherClassIsAnotherTest() {
        assertEquals(List.of("T#m[1]", "T#m[2]", "U#m"), identities("T#m{int}[1]", "T#m{int}[2]", "U#m()[1]"));
    }

    @Test
    void withoutIndexIsClassAndMethod() {
        assertEquals("T#m", TestKey.withoutIndex("T#m[3]"));
        assertEquals("T#m", TestKey.withoutIndex("T#m"));
    }
}
