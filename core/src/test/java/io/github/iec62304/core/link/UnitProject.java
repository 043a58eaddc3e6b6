package io.github.iec62304.core.link;

import io.github.iec62304.core.CheckSettings;
import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.model.Architecture;
import io.github.iec62304.core.model.ClassCRecord;
import io.github.iec62304.core.model.ClassCoverage;
import io.github.iec62304.core.model.ClassPattern;
import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.model.CriteriaOverride;
import io.github.iec62304.core.model.LinkKind;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.model.UnitCriteria;
import io.github.iec62304.core.model.UnitDeclaration;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the evidence of a small project for the unit gate, one fact at a time: items, units, compiled classes
 * with their coverage, test classes and results, requirements. Without any item the architecture is implicit.
 */
public final class UnitProject {

    /** How messages name the registry. */
    public static final String REGISTRY = "src/iec62304/architecture.yaml";

    private final Map<CodeLocation, io.github.iec62304.core.model.SourceLine> sourceLines = new java.util.HashMap<>();
    private final SafetyClass systemClass;
    private final List<SoftwareItem> items = new ArrayList<>();
    private final List<UnitDeclaration> units = new ArrayList<>();
    private final List<ClassCoverage> production = new ArrayList<>();
    private final Set<String> testClasses = new HashSet<>();
    private final List<TestCaseResult> results = new ArrayList<>();
    private final List<Requirement> requirements = new ArrayList<>();
    private final List<CodeLink> links = new ArrayList<>();
    private final Set<CodeLocation> testMethods = new HashSet<>();
    private final Map<String, String> displayNames = new HashMap<>();
    private final Map<String, String> modules = new HashMap<>();
    private Map<SafetyClass, UnitCriteria> criteria = CheckSettings.defaultCriteria();

    public UnitProject(SafetyClass systemClass) {
        this.systemClass = systemClass;
    }

    /** @return an item owning packages (with subpackages) */
    public static SoftwareItem item(String id, SafetyClass cls, String rationale, String... packages) {
        return new SoftwareItem(id, id + " title", cls, rationale, List.of(packages), List.of(), null, null, 2);
    }

    /** @return a declared unit owning class patterns */
    public static UnitDeclaration unit(String id, String item, String... patterns) {
        return new UnitDeclaration(id, item, Arrays.stream(patterns).map(ClassPattern::new).toList(), List.of(),
                null, null, 10);
    }

    /** @return a 5.5.4 record */
    public static ClassCRecord record(List<String> applicable, Map<String, String> notApplicable) {
        return new ClassCRecord(new TreeSet<>(applicable), new TreeMap<>(notApplicable));
    }

    /** @return a record covering a-h */
    public static ClassCRecord completeRecord() {
        return record(List.of("a", "b", "d", "h"), Map.of("c", "fixed buffers", "e", "finals only",
                "f", "no self-test", "g", "no heap"));
    }

    /** @return the override as the registry gives it */
    public static CriteriaOverride override(Double line, Double branch, Boolean ownTest, Boolean mustPass,
                                            String rationale) {
        return new CriteriaOverride(line, branch, ownTest, mustPass, rationale);
    }

    public UnitProject item(SoftwareItem item) {
        items.add(item);
        return this;
    }

    public UnitProject unit(UnitDeclaration unit) {
        units.add(unit);
        return this;
    }

    public UnitProject criteria(Map<SafetyClass, UnitCriteria> planned) {
        this.criteria = planned;
        return this;
    }

    /** A compiled production class file with its line and branch coverage. */
    public UnitProject cls(String name, int coveredLines, int lines, int coveredBranches, int branches) {
        production.add(new ClassCoverage(name, new Counter(coveredLines, lines), new Counter(coveredLines, lines),
                new Counter(coveredBranches, branches)));
        return this;
    }

    /** A fully covered class with 10 lines and no branches. */
    public UnitProject cls(String name) {
        return cls(name, 10, 10, 0, 0);
    }

    /** A class without executable code (interface, constants). */
    public UnitProject noCode(String name) {
        return cls(name, 0, 0, 0, 0);
    }

    /** A top-level class compiled from the test sources. */
    public UnitProject testClass(String name) {
        testClasses.add(name);
        return this;
    }

    /** A reported test case. */
    public UnitProject ran(String cls, String name, TestOutcome outcome, String message) {
        results.add(new TestCaseResult(cls, name, outcome, 0.01, 0, message,
                List.of("target/surefire-reports/TEST-" + cls + ".xml")));
        return this;
    }

    /** A test method the class scan found, with its class's and its own {@code @DisplayName} (or null). */
    public UnitProject testMethod(String cls, String method, String classDisplayName, String methodDisplayName) {
        testMethods.add(new CodeLocation(cls, method));
        if (classDisplayName != null) {
            displayNames.put(cls, classDisplayName);
        }
        if (methodDisplayName != null) {
            displayNames.put(cls + "#" + method, methodDisplayName);
        }
        return this;
    }

    /** Every case of a test record read from real reports. */
    public UnitProject reported(TestRecord record) {
        results.addAll(record.cases());
        return this;
    }

    /** A test class that passed its one test {@code works}. */
    public UnitProject passing(String testClass) {
        return testClass(testClass).ran(testClass, "works", TestOutcome.PASSED, "");
    }

    public UnitProject requirement(String id, SafetyClass cls) {
        requirements.add(new Requirement(id, id + " title", "The pump shall " + id + ".", cls, List.of(), List.of(),
                requirements.size() + 2));
        return this;
    }

    /** A requirement verified by the methods of its plan ({@code verification:}). */
    public UnitProject requirement(String id, SafetyClass cls,
                                   io.github.iec62304.core.model.verification.VerificationMethod... plan) {
        requirements.add(new Requirement(id, id + " title", "The pump shall " + id + ".", cls, List.of(), List.of(),
                requirements.size() + 2, List.of(plan)));
        return this;
    }

    /** Where the scan found the annotated class or method in the sources. */
    public UnitProject source(String cls, String method, String file, int line) {
        sourceLines.put(new CodeLocation(cls, method), new io.github.iec62304.core.model.SourceLine(file, line));
        return this;
    }

    public UnitProject implemented(String id, String cls, String method) {
        links.add(new CodeLink(LinkKind.IMPLEMENTS, id, new CodeLocation(cls, method)));
        return this;
    }

    /** A test method that verifies a requirement ({@code @Verifies}). */
    public UnitProject verifies(String id, String cls, String method) {
        CodeLocation test = new CodeLocation(cls, method);
        links.add(new CodeLink(LinkKind.VERIFIES, id, test));
        testMethods.add(test);
        testClasses.add(cls.contains("$") ? cls.substring(0, cls.indexOf('$')) : cls);
        return this;
    }

    /** Places a top-level class in a module of a multi-module device. */
    public UnitProject inModule(String cls, String module) {
        modules.put(cls, module);
        return this;
    }

    public CodeScan scan() {
        return new CodeScan(links.stream().sorted().toList(), Set.copyOf(testMethods), Map.of(), List.of(), FileTime.fromMillis(0),
                production, List.of(), testClasses, displayNames, modules, Map.of(), Map.of(), Map.copyOf(sourceLines));
    }

    public TestRecord record() {
        return new TestRecord(results, List.of(), Map.of());
    }

    public Architecture architecture() {
        return items.isEmpty() ? Architecture.implicit() : new Architecture(REGISTRY, items, units);
    }

    public UnitModel model() {
        return UnitLinker.link(architecture(), REGISTRY, systemClass, criteria, scan(), record());
    }

    public Evidence evidence() {
        RequirementCatalog catalog = new RequirementCatalog("src/iec62304/requirements.yaml", requirements);
        CodeScan scan = scan();
        TestRecord record = record();
        return new Evidence(systemClass, catalog, scan, record, TraceLinker.link(catalog, systemClass, scan, record),
                UnitLinker.link(architecture(), REGISTRY, systemClass, criteria, scan, record), io.github.iec62304.core.link.SoupModel.none("src/iec62304/soup.yaml", java.time.LocalDate.of(2026, 1, 31), io.github.iec62304.core.SoupSettings.DEFAULT_REVIEW_MAX_AGE));
    }

    public GateReport evaluate(RuleLevels levels) {
        return Gates.evaluate(Gates.all(), evidence(), levels);
    }

    /** @return the log lines of the violations of rules whose id starts with {@code prefix} */
    public List<String> lines(String prefix) {
        return lines(prefix, RuleLevels.defaults());
    }

    public List<String> lines(String prefix, RuleLevels levels) {
        return evaluate(levels).violations().stream().filter(v -> v.ruleId().startsWith(prefix))
                .map(Violation::format).toList();
    }

    /** @return the unit with that id */
    public static UnitVerification unitOf(UnitModel model, String id) {
        return model.units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("no unit " + id + " in " + model.units().stream().map(UnitVerification::id)
                        .toList()));
    }

    /** @return {@code class#name OUTCOME}, for assertions on a unit's tests */
    public static String testCase(TestCaseResult t) {
        return t.displayName() + " " + t.outcome();
    }
}
