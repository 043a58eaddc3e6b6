package io.github.iec62304.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Class patterns of the architecture registry: exact names, {@code *} within a segment, {@code **} across. */
class ClassPatternTest {

    @Test
    void exactNameMatchesOnlyThatClass() {
        ClassPattern p = new ClassPattern("com.acme.dosing.Rate");

        assertTrue(p.matches("com.acme.dosing.Rate"));
        assertFalse(p.matches("com.acme.dosing.RateLimit"));
        assertFalse(p.matches("com.acme.dosing.Rat"));
        assertFalse(p.matches("xcom.acme.dosing.Rate"));
        assertFalse(p.matches("com.acme.dosing.sub.Rate"));
    }

    @Test
    void dotIsLiteralNotAnyCharacter() {
        ClassPattern p = new ClassPattern("com.acme.Rate");

        assertFalse(p.matches("comXacme.Rate"));
        assertFalse(p.matches("com.acmeXRate"));
    }

    @Test
    void singleStarStaysWithinOneSegment() {
        ClassPattern p = new ClassPattern("com.acme.dosing.Dose*");

        assertTrue(p.matches("com.acme.dosing.Dose"));
        assertTrue(p.matches("com.acme.dosing.DoseCalculator"));
        assertFalse(p.matches("com.acme.dosing.RateDose"));
        assertFalse(p.matches("com.acme.dosing.Dose.Inner"));
        assertFalse(p.matches("com.acme.dosing.sub.DoseCalculator"));
    }

    @Test
    void starForAWholeSegment() {
        ClassPattern p = new ClassPattern("com.*.dosing.Rate");

        assertTrue(p.matches("com.acme.dosing.Rate"));
        assertFalse(p.matches("com.acme.sub.dosing.Rate"));
        assertFalse(p.matches("com..dosing.Rate".replace("..", ".x.y.")));
    }

    @Test
    void doubleStarCrossesSegments() {
        ClassPattern p = new ClassPattern("com.acme.dosing.**");

        assertTrue(p.matches("com.acme.dosing.Rate"));
        assertTrue(p.matches("com.acme.dosing.sub.deep.Rate"));
        assertFalse(p.matches("com.acme.dosingx.Rate"));
        assertFalse(p.matches("com.acme.Rate"));
    }

    @Test
    void doubleStarInTheMiddle() {
        ClassPattern p = new ClassPattern("com.**.Rate");

        assertTrue(p.matches("com.acme.Rate"));
        assertTrue(p.matches("com.acme.dosing.Rate"));
        assertFalse(p.matches("com.acme.RateLimit"));
        assertFalse(p.matches("org.acme.Rate"));
    }

    @Test
    void dollarIsLiteral() {
        assertTrue(new ClassPattern("com.acme.Pump$Motor").matches("com.acme.Pump$Motor"));
        assertFalse(new ClassPattern("com.acme.Pump$").matches("com.acme.Pump"));
    }

    @Test
    void defaultPackageClass() {
        assertTrue(new ClassPattern("Main").matches("Main"));
        assertFalse(new ClassPattern("Main").matches("com.acme.Main"));
        assertTrue(new ClassPattern("*").matches("Main"));
        assertFalse(new ClassPattern("*").matches("com.acme.Main"));
        assertTrue(new ClassPattern("**").matches("com.acme.Main"));
    }

    @Test
    void keepsTheGlobAsWritten() {
        assertEquals("com.acme.**", new ClassPattern("com.acme.**").glob());
        assertEquals("com.acme.Dose*", new ClassPattern("com.acme.Dose*").toString());
    }
}
