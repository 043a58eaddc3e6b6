package io.github.iec62304.core.read.classes;

import io.github.iec62304.core.model.ClassCoverage;
import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.InputFile;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * Scans the production and test class directories once: requirement links and test methods in both, and for
 * production classes JaCoCo coverage from the same bytes.
 */
public final class CodeScanner {

    /** A class directory and how it is named in messages and the manifest. */
    public record Directory(Path path, String label) {
    }

    private record ProductionClass(AnnotationScanner.ClassAnnotations annotations, CoverageAnalysis.Result coverage) {
    }

    private CodeScanner() {
    }

    /**
     * @param production compiled production classes
     * @param tests      compiled test classes
     * @param coverage   execution data of this build (may be empty)
     */
    public static CodeScan scan(Directory production, Directory tests, ExecutionDataStore coverage) {
        ClassDirectory.Read<ProductionClass> main = ClassDirectory.read(production.path(), production.label(),
                file -> {
                    AnnotationScanner.ClassAnnotations a = AnnotationScanner.scan(file, production.label());
                    return new ProductionClass(a, isCode(a.className())
                            ? CoverageAnalysis.analyze(file, a.className(), coverage, production.label()) : null);
                });
        ClassDirectory.Read<AnnotationScanner.ClassAnnotations> test = ClassDirectory.read(tests.path(),
                tests.label(), file -> AnnotationScanner.scan(file, tests.label()));

        TreeSet<CodeLink> links = new TreeSet<>();
        TreeSet<CodeLocation> testMethods = new TreeSet<>();
        Map<String, String> superClasses = new HashMap<>();
        List<ClassCoverage> classes = new ArrayList<>();
        TreeSet<String> stale = new TreeSet<>();
        for (ProductionClass c : main.results()) {
            collect(c.annotations(), links, testMethods, superClasses);
            if (c.coverage() != null) {
                classes.add(c.coverage().coverage());
                if (c.coverage().noMatch()) {
                    stale.add(c.annotations().className());
                }
            }
        }
        TreeSet<String> testClasses = new TreeSet<>();
        Map<String, String> displayNames = new HashMap<>();
        for (AnnotationScanner.ClassAnnotations c : test.results()) {
            collect(c, links, testMethods, superClasses);
            displayNames.putAll(c.displayNames());
            if (c.className().indexOf('$') < 0 && isCode(c.className())) {
                testClasses.add(c.className());
            }
        }
        classes.sort(Comparator.comparing(ClassCoverage::className));
        FileTime newest = main.newest().compareTo(test.newest()) > 0 ? main.newest() : test.newest();
        List<InputFile> inputs = List.of(main.input(), test.input());
        return new CodeScan(new ArrayList<>(links), testMethods, superClasses, inputs, newest, classes,
                new ArrayList<>(stale), testClasses, displayNames);
    }

    private static void collect(AnnotationScanner.ClassAnnotations c, TreeSet<CodeLink> links,
                                TreeSet<CodeLocation> testMethods, Map<String, String> superClasses) {
        links.addAll(c.links());
        testMethods.addAll(c.testMethods());
        if (c.superClass() != null && !"java.lang.Object".equals(c.superClass())) {
            superClasses.put(c.className(), c.superClass());
        }
    }

    /** module-info and package-info carry no code of a unit. */
    private static boolean isCode(String className) {
        return !className.equals("module-info") && !className.endsWith("package-info");
    }
}
