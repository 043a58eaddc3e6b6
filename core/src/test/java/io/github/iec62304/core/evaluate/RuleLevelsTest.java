package io.github.iec62304.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.evaluate.trace.RequirementImplementedRule;
import io.github.iec62304.core.evaluate.trace.RequirementTestedRule;
import io.github.iec62304.core.model.SafetyClass;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@Verifies("TOOL-RULE-LEVELS")
class RuleLevelsTest {

    private final Rule implemented = new RequirementImplementedRule();
    private final Rule tested = new RequirementTestedRule();

    private static RuleLevels parse(String id, String text) {
        Map<String, String> settings = new HashMap<>();
        settings.put(id, text);
        return RuleLevels.parse(settings, Gates.ids());
    }

    private static String error(String id, String text) {
        return assertThrows(IllegalArgumentException.class, () -> parse(id, text)).getMessage();
    }

    private List<Level> levels(RuleLevels levels, Rule rule) {
        return List.of(levels.levelOf(rule, SafetyClass.A), levels.levelOf(rule, SafetyClass.B),
                levels.levelOf(rule, SafetyClass.C));
    }

    @Test
    void defaultsAreTheRulesOwn() {
        assertEquals(List.of(Level.OFF, Level.WARN, Level.ERROR), levels(RuleLevels.defaults(), implemented));
        assertEquals(List.of(Level.ERROR, Level.ERROR, Level.ERROR), levels(RuleLevels.defaults(), tested));
    }

    @Test
    void oneLevelForEveryClass() {
        assertEquals(List.of(Level.ERROR, Level.ERROR, Level.ERROR), levels(parse("TRACE-IMPLEMENTED", "ERROR"),
                implemented));
        assertEquals(List.of(Level.WARN, Level.WARN, Level.WARN), levels(parse("TRACE-IMPLEMENTED", " warning "),
                implemented));
        assertEquals(List.of(Level.OFF, Level.OFF, Level.OFF), levels(parse("TRACE-TESTED", "off"), tested));
    }

    @Test
    void perClassLevelsKeepDefaultsForClassesNotNamed() {
        assertEquals(List.of(Level.OFF, Level.ERROR, Level.OFF), levels(parse("TRACE-IMPLEMENTED", "B=ERROR,C=OFF"),
                implemented));
        assertEquals(List.of(Level.WARN, Level.ERROR, Level.ERROR), levels(parse("TRACE-TESTED", " a = warn "),
                tested));
    }

    @Test
    void overrideOfOneRuleLeavesOthersAlone() {
        assertEquals(List.of(Level.OFF, Level.WARN, Level.ERROR), levels(parse("TRACE-TESTED", "OFF"), implemented));
    }

    @Test
    void unknownRuleId() {
        assertEquals("unknown rule id 'TRACE-TESTD' in <rules>; known rules: "
                + "ANOMALY-ACCEPTABLE, ANOMALY-EVALUATED, APPROVAL-STALE, ARCH-ASSIGNED, ARCH-CLASS-RATIONALE, ARCH-IMPLEMENTS-CLASS, "
                + "REGRESSION-BASELINE, REGRESSION-COVERAGE, REGRESSION-IMPACT, REGRESSION-LINK, REGRESSION-REQUIREMENT, REGRESSION-SUSPECT, REGRESSION-TEST, RELEASE-APPROVED, RELEASE-ARCHIVED, "
                + "RELEASE-GIT, RELEASE-REPRODUCIBLE, RELEASE-SNAPSHOT, RELEASE-VERIFIED, "
                + "RISK-CHANGE, RISK-CLASS, RISK-CONTROL-CLASS, RISK-CONTROL-IMPLEMENTED, RISK-CONTROL-VERIFIED, RISK-REFERENCES, RISK-RESIDUAL, RISK-SOUP-HAZARD, "
                + "SOUP-ANOMALY-REVIEW, SOUP-CHANGE, SOUP-END-OF-SUPPORT, "
                + "SOUP-MANUFACTURER, SOUP-REGISTERED, SOUP-REQUIREMENTS, SOUP-RISK, SOUP-UNUSED, SOUP-VERSION, "
                + "SOUP-VULNERABILITY, TRACE-DANGLING, TRACE-IMPLEMENTED, TRACE-PARENT, TRACE-PASSED, TRACE-SYSTEM, "
                + "TRACE-TESTED, UNIT-CLASS-C-RECORD, "
                + "UNIT-COVERAGE, UNIT-TESTED, UNIT-TESTS-PASS, "
                + "VERIFY-RECORD-CURRENT, VERIFY-RECORD-DANGLING, VERIFY-RECORD-PASSED, VERIFY-RECORDED, "
                + "WAIVER-EXPIRED, WAIVER-UNUSED", error("TRACE-TESTD", "ERROR"));
    }

    @Test
    void badLevel() {
        assertEquals("rule TRACE-TESTED: level must be ERROR, WARN or OFF, was 'FATAL' (write ERROR, WARN, OFF or per "
                + "class, e.g. B=WARN,C=ERROR)", error("TRACE-TESTED", "FATAL"));
        assertEquals("rule TRACE-TESTED: level must be ERROR, WARN or OFF, was '' (write ERROR, WARN, OFF or per "
                + "class, e.g. B=WARN,C=ERROR)", error("TRACE-TESTED", null));
        assertEquals("rule TRACE-TESTED: level must be ERROR, WARN or OFF, was '' (write ERROR, WARN, OFF or per "
                + "class, e.g. B=WARN,C=ERROR)", error("TRACE-TESTED", "B="));
    }

    @Test
    void badClassInPerClassLevels() {
        assertEquals("rule TRACE-IMPLEMENTED: safety class must be A, B or C, was 'D' (write ERROR, WARN, OFF or per "
                + "class, e.g. B=WARN,C=ERROR)", error("TRACE-IMPLEMENTED", "B=WARN,D=ERROR"));
    }
}
