package io.github.iec62304.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reported test names, as surefire/failsafe 2.22 to 3.6 write them, against the annotated method name. */
@Verifies("TOOL-READ-TEST-IDENTITY")
class TestMatcherTest {

    @ParameterizedTest(name = "''{0}'' matches ''{1}'': {2}")
    @CsvSource(delimiter = '|', textBlock = """
            m                            | m    | true
            'm(int, Zone)[3]'            | m    | true
            'm{int, Zone}[3]'            | m    | true
            m[1]                         | m    | true
            m()[1]                       | m    | true
            'm[45, X](1)'                | m    | true
            'm(int, java.lang.String)[0]'| m    | true
            mX                           | m    | false
            m_2                          | m    | false
            m                            | mX   | false
            M                            | m    | false
            ' m'                         | m    | false
            Display name of m            | m    | false
            rejects(double)[2]           | reject | false
            """)
    void nameMatches(String reported, String method, boolean matches) {
        assertEquals(matches, TestMatcher.nameMatches(reported, method));
    }
}
