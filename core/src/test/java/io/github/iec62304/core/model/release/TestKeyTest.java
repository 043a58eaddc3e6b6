package io.github.iec62304.core.model.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Tests are recognised across releases by class and method plus invocation index, whatever surefire prints. */
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
            // TestNG: arguments in brackets, then the invocation count; every invocation reads as the method
            "'m[45, X](1)'        | m",
            "'m[45, X](2)'        | m"})
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
            "com.x.T$Inner      | com.x.T"})
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
            "com.x.Tx           | com.x.T"})
    void doesNotMatchAnotherClassOrMethod(String key, String reference) {
        assertFalse(TestKey.matches(key, reference));
    }
}
