package io.github.iec62304.core.link;

import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.LinkKind;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Links the catalog to the code scan and the test record: the trace matrix and the dangling references. A test is a
 * verifying test of a requirement when its class or method carries {@code @Verifies} with the requirement's id, or
 * when a {@code tests:} selector of the requirement in the catalog matches its reported identity; a selector that
 * matches nothing is a verifying test that did not run.
 */
public final class TraceLinker {

    private TraceLinker() {
    }

    /**
     * @param catalog     the requirements
     * @param systemClass the class of requirements that declare none
     * @param scan        the links found in the compiled classes
     * @param tests       the merged test results
     */
    public static TraceMatrix link(RequirementCatalog catalog, SafetyClass systemClass, CodeScan scan,
                                   TestRecord tests) {
        return link(catalog, systemClass, scan, tests, VerificationModel.none("src/iec62304/verification-records.yaml"));
    }

    /**
     * @param catalog     the requirements
     * @param systemClass the class of requirements that declare none
     * @param scan        the links found in the compiled classes
     * @param tests       the merged test results
     * @param records     the executed verification records, judged
     */
    public static TraceMatrix link(RequirementCatalog catalog, SafetyClass systemClass, CodeScan scan,
                                   TestRecord tests, VerificationModel records) {
        TestMatcher matcher = new TestMatcher(scan, tests);
        Map<String, TreeSet<CodeLocation>> implementers = new HashMap<>();
        Map<String, TreeMap<CodeLocation, VerifyingTest>> verifiers = new HashMap<>();
        List<CodeLink> dangling = new ArrayList<>();
        for (CodeLink link : scan.links()) {
            if (catalog.find(link.requirementId()).isEmpty()) {
                dangling.add(link);
            } else if (link.kind() == LinkKind.IMPLEMENTS) {
                implementers.computeIfAbsent(link.requirementId(), k -> new TreeSet<>()).add(link.location());
            } else {
                TreeMap<CodeLocation, VerifyingTest> byTest = verifiers.computeIfAbsent(link.requirementId(),
                        k -> new TreeMap<>());
                matcher.resolve(link.location()).forEach(t -> byTest.merge(t.test(), t, VerifyingTest::merge));
            }
        }
        for (Requirement r : catalog.requirements()) {
            if (!r.tests().isEmpty()) { // declared in the catalog: as if the tests carried @Verifies
                TreeMap<CodeLocation, VerifyingTest> byTest = verifiers.computeIfAbsent(r.id(), k -> new TreeMap<>());
                matcher.resolve(r.tests(), catalog.source()).forEach(t -> byTest.merge(t.test(), t,
                        VerifyingTest::merge));
            }
        }
        List<RequirementTrace> rows = new ArrayList<>();
        for (Requirement r : catalog.requirements()) {
            rows.add(new RequirementTrace(r, r.effectiveClass(systemClass),
                    new ArrayList<>(implementers.getOrDefault(r.id(), new TreeSet<>())),
                    new ArrayList<>(verifiers.getOrDefault(r.id(), new TreeMap<>()).values()), records.of(r.id())));
        }
        return new TraceMatrix(rows, dangling, records, SystemTraceLinker.link(catalog, rows));
    }
}
