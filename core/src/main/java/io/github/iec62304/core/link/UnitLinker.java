package io.github.iec62304.core.link;

import io.github.iec62304.core.model.Architecture;
import io.github.iec62304.core.model.ClassCoverage;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.model.CriteriaOverride;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.model.UnitCriteria;
import io.github.iec62304.core.model.UnitDeclaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Places every production class in exactly one item and unit, and gathers for each unit its criteria, coverage,
 * own tests and 5.5.4 record. A unit's own tests: test classes in the same package named {@code <S>Test},
 * {@code <S>Tests}, {@code Test<S>}, {@code <S>IT} or {@code <S>ITCase} for one of its top-level classes
 * {@code S}, plus the classes mapped in the registry.
 */
public final class UnitLinker {

    private static final List<String> SUFFIXES = List.of("Test", "Tests", "IT", "ITCase");

    private UnitLinker() {
    }

    /**
     * @param architecture the declared or implicit registry
     * @param registry     the registry file as named in messages
     * @param systemClass  the system's class
     * @param criteria     the plan's criteria for classes B and C
     * @param scan         the compiled classes with coverage
     * @param tests        the test record
     */
    public static UnitModel link(Architecture architecture, String registry, SafetyClass systemClass,
                                 Map<SafetyClass, UnitCriteria> criteria, CodeScan scan, TestRecord tests) {
        Map<String, List<ClassCoverage>> byTopLevel = new TreeMap<>();
        scan.production().forEach(c -> byTopLevel.computeIfAbsent(c.topLevelClass(), k -> new ArrayList<>()).add(c));
        List<AssignmentProblem> problems = new ArrayList<>();
        Map<String, SoftwareItem> itemOfClass = new HashMap<>();
        Map<String, List<String>> classesOfItem = new LinkedHashMap<>();
        ItemOwners itemOwners = new ItemOwners(architecture.items());
        for (String cls : byTopLevel.keySet()) {
            List<SoftwareItem> owners = itemOwners.of(cls, scan.moduleOf(cls));
            if (owners.size() == 1) {
                itemOfClass.put(cls, owners.get(0));
                classesOfItem.computeIfAbsent(owners.get(0).id(), k -> new ArrayList<>()).add(cls);
            } else {
                problems.add(new AssignmentProblem(cls, owners.isEmpty() ? AssignmentProblem.Kind.NO_ITEM
                        : AssignmentProblem.Kind.SEVERAL_ITEMS, owners.stream().map(SoftwareItem::id).sorted().toList(),
                        null, owners.stream().map(i -> i.effectiveClass(systemClass)).max(Comparator.naturalOrder())
                        .orElse(systemClass), scan.moduleOf(cls)));
            }
        }
        Map<String, List<TestCaseResult>> testsByTopLevel = new HashMap<>();
        PhrasedClassNames phrased = new PhrasedClassNames(scan, tests); // results under display names count too
        tests.cases().forEach(c -> testsByTopLevel.computeIfAbsent(topLevel(phrased.classOf(c.className())),
                k -> new ArrayList<>()).add(c));
        UnitBuilder builder = new UnitBuilder(systemClass, criteria, scan, testsByTopLevel, byTopLevel);
        List<UnitVerification> units = new ArrayList<>();
        for (SoftwareItem item : architecture.items()) {
            List<String> classes = classesOfItem.getOrDefault(item.id(), List.of());
            List<UnitDeclaration> declared = architecture.units().stream()
                    .filter(u -> u.itemId().equals(item.id())).toList();
            if (declared.isEmpty()) {
                classes.forEach(c -> units.add(builder.build(c, item, List.of(c), null)));
                continue;
            }
            Map<UnitDeclaration, List<String>> members = new LinkedHashMap<>();
            declared.forEach(u -> members.put(u, new ArrayList<>()));
            for (String cls : classes) {
                List<UnitDeclaration> owners = declared.stream()
                        .filter(u -> u.classes().stream().anyMatch(p -> p.matches(cls))).toList();
                if (owners.size() == 1) {
                    members.get(owners.get(0)).add(cls);
                } else {
                    problems.add(new AssignmentProblem(cls, owners.isEmpty() ? AssignmentProblem.Kind.NO_UNIT
                            : AssignmentProblem.Kind.SEVERAL_UNITS, owners.stream().map(UnitDeclaration::id).sorted()
                            .toList(), item.id(), item.effectiveClass(systemClass), scan.moduleOf(cls)));
                }
            }
            members.forEach((u, cls) -> units.add(builder.build(u.id(), item, cls, u)));
        }
        units.sort(Comparator.comparing(UnitVerification::id));
        problems.sort(Comparator.comparing(AssignmentProblem::className));
        return new UnitModel(architecture, registry, criteria, units, problems, itemOfClass);
    }

    /**
     * The items that own a class ({@link SoftwareItem#owns}), in registry order, with the package part decided once
     * per package rather than once per class and item.
     */
    private static final class ItemOwners {
        private final List<SoftwareItem> items;
        private final boolean anyPatterns;
        private final Map<String, List<SoftwareItem>> byPackage = new HashMap<>();

        ItemOwners(List<SoftwareItem> items) {
            this.items = items;
            this.anyPatterns = items.stream().anyMatch(i -> !i.classes().isEmpty() || !i.modules().isEmpty());
        }

        /** @param module the class's module, {@code null} in a single-module build */
        List<SoftwareItem> of(String topLevelClass, String module) {
            List<SoftwareItem> byPkg = byPackage.computeIfAbsent(SoftwareItem.packageOf(topLevelClass),
                    pkg -> items.stream().filter(i -> i.ownsPackage(pkg)).toList());
            if (!anyPatterns) {
                return byPkg;
            }
            return items.stream().filter(i -> byPkg.contains(i) || i.ownsByPattern(topLevelClass)
                    || i.ownsModule(module)).toList();
        }
    }

    static String topLevel(String className) {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }

    /** Builds one unit's record from its top-level classes. */
    private record UnitBuilder(SafetyClass systemClass, Map<SafetyClass, UnitCriteria> criteria, CodeScan scan,
                               Map<String, List<TestCaseResult>> testsByTopLevel,
                               Map<String, List<ClassCoverage>> coverageByTopLevel) {

        UnitVerification build(String id, SoftwareItem item, List<String> topLevelClasses, UnitDeclaration declared) {
            SafetyClass cls = item.effectiveClass(systemClass);
            TreeSet<String> classFiles = new TreeSet<>();
            Counter instructions = Counter.EMPTY;
            Counter lines = Counter.EMPTY;
            Counter branches = Counter.EMPTY;
            for (String top : topLevelClasses) {
                for (ClassCoverage c : coverageByTopLevel.getOrDefault(top, List.of())) {
                    classFiles.add(c.className());
                    instructions = instructions.plus(c.instructions());
                    lines = lines.plus(c.lines());
                    branches = branches.plus(c.branches());
                }
            }
            CriteriaOverride unitOverride = declared == null ? null : declared.criteria();
            UnitCriteria base = criteria.get(cls);
            UnitCriteria inForce = base;
            if (base != null && item.criteria() != null) {
                inForce = item.criteria().applyTo(inForce);
            }
            if (base != null && unitOverride != null) {
                inForce = unitOverride.applyTo(inForce);
            }
            TreeSet<String> testClasses = new TreeSet<>(ownTests(topLevelClasses));
            if (declared != null) {
                testClasses.addAll(declared.tests());
            }
            List<TestCaseResult> cases = new ArrayList<>();
            List<String> notRun = new ArrayList<>();
            for (String t : testClasses) {
                List<TestCaseResult> found = testsByTopLevel.getOrDefault(t, List.of());
                if (found.isEmpty()) {
                    notRun.add(t);
                }
                cases.addAll(found);
            }
            cases.sort(null);
            return new UnitVerification(id, item, cls, new ArrayList<>(classFiles), inForce,
                    base == null ? null : rationale(item.criteria(), unitOverride), instructions, lines, branches,
                    new ArrayList<>(testClasses), cases, notRun,
                    declared != null && declared.classC() != null ? declared.classC() : item.classC());
        }

        /** @return the rationales of the overrides that apply, item first; {@code null} when none applies */
        private static String rationale(CriteriaOverride item, CriteriaOverride unit) {
            if (item != null && unit != null) {
                return "item: " + item.rationale() + "; unit: " + unit.rationale();
            }
            return item != null ? item.rationale() : unit != null ? unit.rationale() : null;
        }

        private List<String> ownTests(List<String> topLevelClasses) {
            List<String> found = new ArrayList<>();
            for (String top : topLevelClasses) {
                int dot = top.lastIndexOf('.');
                String pkg = dot < 0 ? "" : top.substring(0, dot + 1);
                String simple = top.substring(dot + 1);
                List<String> candidates = new ArrayList<>();
                SUFFIXES.forEach(s -> candidates.add(pkg + simple + s));
                candidates.add(pkg + "Test" + simple);
                candidates.stream().filter(scan.testClasses()::contains).forEach(found::add);
            }
            return found;
        }
    }
}
