package io.github.iec62304.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SystemRequirement;
import io.github.iec62304.core.model.TestOutcome;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 15: software requirements rolled up to the system requirements they derive from. */
@Verifies("TOOL-TRACE-SYSTEM")
class SystemTraceLinkerTest {

    private static Requirement req(String id, String... parents) {
        return new Requirement(id, "Title of " + id, "Text of " + id, null, List.of(), List.of(parents), 1);
    }

    private static SystemRequirement sys(String id, String notSoftware) {
        return new SystemRequirement(id, "Title of " + id, null, notSoftware, 1);
    }

    /** A trace row whose one test has this outcome; {@code null}: no test (UNTESTED). */
    private static RequirementTrace row(Requirement r, TestOutcome outcome) {
        return new RequirementTrace(r, SafetyClass.C, List.of(), outcome == null ? List.of() : List.of(
                new VerifyingTest(new CodeLocation("com.acme.T", r.id()), outcome, 1, 0, "", "", List.of("TEST-T.xml"))));
    }

    private static SystemTrace link(List<SystemRequirement> systems, Map<Requirement, TestOutcome> outcomes,
                                    Requirement... requirements) {
        RequirementCatalog catalog = new RequirementCatalog("src/iec62304/requirements.yaml", List.of(requirements),
                systems);
        return SystemTraceLinker.link(catalog, catalog.requirements().stream()
                .map(r -> row(r, outcomes.getOrDefault(r, TestOutcome.PASSED))).toList());
    }

    private static String summary(SystemTrace trace) {
        return trace.rows().stream().map(s -> s.requirement().id() + " " + s.status() + " "
                + s.derived().stream().map(r -> r.requirement().id()).collect(Collectors.joining(",", "[", "]"))
                + " " + s.notVerified().stream().map(r -> r.requirement().id()).collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining("; "));
    }

    @Test
    void aSystemRequirementIsVerifiedWhenEveryDerivedRequirementIs() {
        assertEquals("SYS-1 VERIFIED [REQ-1,REQ-2] []", summary(link(List.of(sys("SYS-1", null)), Map.of(),
                req("REQ-1", "SYS-1"), req("REQ-2", "SYS-1"), req("REQ-3"))));
    }

    @Test
    void oneFailingDerivedRequirementMakesItNotVerifiedAndIsNamed() {
        Requirement failing = req("REQ-2", "SYS-1");
        assertEquals("SYS-1 NOT_VERIFIED [REQ-1,REQ-2] [REQ-2]", summary(link(List.of(sys("SYS-1", null)),
                Map.of(failing, TestOutcome.FAILED), req("REQ-1", "SYS-1"), failing)));
    }

    @Test
    void derivationRunsThroughParentSoftwareRequirements() {
        Requirement child = req("REQ-CHILD", "REQ-PARENT");
        assertEquals("SYS-1 NOT_VERIFIED [REQ-PARENT,REQ-CHILD] [REQ-CHILD]; SYS-2 VERIFIED [REQ-OTHER] []",
                summary(link(List.of(sys("SYS-1", null), sys("SYS-2", null)), Map.of(child, TestOutcome.ERROR),
                        req("REQ-PARENT", "SYS-1"), child, req("REQ-OTHER", "SYS-2"))));
    }

    @Test
    void aCycleAmongSoftwareRequirementsIsFollowedOnce() {
        assertEquals("SYS-1 VERIFIED [REQ-1,REQ-2] []", summary(link(List.of(sys("SYS-1", null)), Map.of(),
                req("REQ-1", "SYS-1", "REQ-2"), req("REQ-2", "REQ-1"))));
    }

    @Test
    void withoutDerivedRequirementsTheMarkerDecides() {
        assertEquals("SYS-HW NOT_SOFTWARE [] []; SYS-LOST NO_SOFTWARE_REQUIREMENT [] []", summary(link(
                List.of(sys("SYS-HW", "hardware: motor driver board"), sys("SYS-LOST", null)), Map.of(), req("REQ-1"))));
    }

    @Test
    void aMarkedRequirementWithDerivedRequirementsRollsUpFromThem() {
        // the contradiction is TRACE-SYSTEM's finding; the status still tells whether the software part is verified
        assertEquals("SYS-1 VERIFIED [REQ-1] []", summary(link(List.of(sys("SYS-1", "hardware: board")), Map.of(),
                req("REQ-1", "SYS-1"))));
    }

    @Test
    void everyParentThatNamesNothingIsUnresolvedInCatalogOrder() {
        SystemTrace trace = link(List.of(sys("SYS-1", null)), Map.of(), req("REQ-1", "SYS-9", "SYS-1"),
                req("REQ-2", "REQ-1", "REQ-404"));
        assertEquals(List.of("REQ-1 SYS-9", "REQ-2 REQ-404"), trace.unresolved().stream()
                .map(u -> u.requirement().id() + " " + u.parentId()).toList());
    }

    @Test
    void withoutSystemRequirementsNothingIsChecked() {
        SystemTrace trace = link(List.of(), Map.of(), req("REQ-1", "SYS-9"));
        assertFalse(trace.declared());
        assertEquals(List.of(), trace.unresolved());
        assertEquals(List.of(), trace.rows());
    }
}
