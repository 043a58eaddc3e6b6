package io.github.iec62304.core.read.classes;

import io.github.iec62304.core.model.ClassCoverage;
import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.model.SourceLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import io.github.iec62304.core.read.InputException;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * Scans the production and test class directories once: requirement links and test methods in both, and for
 * production classes JaCoCo coverage from the same bytes.
 */
public final class CodeScanner {

    /**
     * A class directory and how it is named in messages and the manifest.
     *
     * @param module  the module it belongs to, or {@code null} in a single-module build
     * @param sources the module's source roots, where the sources of annotated classes are looked up (a location for
     *                CI reports); empty when not known
     */
    public record Directory(Path path, String label, String module, List<SourceRoot> sources) {

        /** A class directory of a single-module build. */
        public Directory(Path path, String label) {
            this(path, label, null);
        }

        /** A class directory whose source roots are not known. */
        public Directory(Path path, String label, String module) {
            this(path, label, module, List.of());
        }

        public Directory {
            sources = List.copyOf(sources);
        }
    }

    /**
     * A source root of the module, where the sources of its classes are.
     *
     * @param path  the directory
     * @param label the directory relative to the project, with {@code /}
     */
    public record SourceRoot(Path path, String label) {
    }

    private record ProductionClass(AnnotationScanner.ClassAnnotations annotations, CoverageAnalysis.Result coverage,
                                   String fingerprint) {
    }

    /** What one module's two directories gave. */
    private record ModuleRead(String module, ClassDirectory.Read<ProductionClass> main,
                              ClassDirectory.Read<AnnotationScanner.ClassAnnotations> test,
                              List<SourceRoot> mainSources, List<SourceRoot> testSources) {
        FileTime newest() {
            return main.newest().compareTo(test.newest()) > 0 ? main.newest() : test.newest();
        }
    }

    private CodeScanner() {
    }

    /**
     * @param production compiled production classes
     * @param tests      compiled test classes
     * @param coverage   execution data of this build (may be empty)
     */
    public static CodeScan scan(Directory production, Directory tests, ExecutionDataStore coverage) {
        return scan(List.of(production), List.of(tests), coverage);
    }

    /**
     * Scans the class directories of every module of a device (one of each in a single-module build). A class
     * compiled into two modules is a BUILD ERROR: which of the two ships, and which the tests ran, is unknowable.
     *
     * @param production compiled production classes, one directory a module, in module order
     * @param tests      compiled test classes, one directory a module, in the same order
     * @param coverage   execution data of this build, of every module's tests (may be empty)
     */
    public static CodeScan scan(List<Directory> production, List<Directory> tests, ExecutionDataStore coverage) {
        if (production.size() != tests.size()) {
            throw new IllegalArgumentException("one production and one test directory a module");
        }
        List<ModuleRead> modules = new ArrayList<>();
        for (int i = 0; i < production.size(); i++) {
            Directory main = production.get(i);
            Directory test = tests.get(i);
            modules.add(new ModuleRead(main.module(), ClassDirectory.read(main.path(), main.label(), file -> {
                AnnotationScanner.ClassAnnotations a = AnnotationScanner.scan(file, main.label());
                boolean code = isCode(a.className());
                return new ProductionClass(a, code ? CoverageAnalysis.analyze(file, a.className(), coverage,
                        main.label()) : null, code ? ClassFingerprint.of(file) : null);
            }), ClassDirectory.read(test.path(), test.label(), file -> AnnotationScanner.scan(file, test.label())),
                    main.sources(), test.sources()));
        }
        TreeSet<CodeLink> links = new TreeSet<>();
        TreeSet<CodeLocation> testMethods = new TreeSet<>();
        Map<String, String> superClasses = new HashMap<>();
        List<ClassCoverage> classes = new ArrayList<>();
        TreeSet<String> stale = new TreeSet<>();
        TreeSet<String> testClasses = new TreeSet<>();
        Map<String, String> displayNames = new HashMap<>();
        ModuleIndex index = new ModuleIndex();
        List<InputFile> inputs = new ArrayList<>();
        FileTime newest = FileTime.fromMillis(0);
        Map<String, FileTime> newestByModule = new HashMap<>();
        Map<String, String> fingerprints = new HashMap<>();
        Map<CodeLocation, SourceLine> sourceLines = new HashMap<>();
        for (ModuleRead m : modules) {
            for (ProductionClass c : m.main().results()) {
                collect(c.annotations(), links, testMethods, superClasses);
                locate(c.annotations(), m.mainSources(), sourceLines);
                index.add(c.annotations().className(), m.module(), m.main().input().path());
                if (c.fingerprint() != null) {
                    fingerprints.put(c.annotations().className(), c.fingerprint());
                }
                if (c.coverage() != null) {
                    classes.add(c.coverage().coverage());
                    if (c.coverage().noMatch()) {
                        stale.add(c.annotations().className());
                    }
                }
            }
            for (AnnotationScanner.ClassAnnotations c : m.test().results()) {
                collect(c, links, testMethods, superClasses);
                locate(c, m.testSources(), sourceLines);
                index.add(c.className(), m.module(), m.test().input().path());
                displayNames.putAll(c.displayNames());
                if (c.className().indexOf('$') < 0 && isCode(c.className())) {
                    testClasses.add(c.className());
                }
            }
            inputs.add(m.main().input());
            inputs.add(m.test().input());
            newest = m.newest().compareTo(newest) > 0 ? m.newest() : newest;
            if (m.module() != null) {
                newestByModule.merge(m.module(), m.newest(), (a, b) -> a.compareTo(b) > 0 ? a : b);
            }
        }
        classes.sort(Comparator.comparing(ClassCoverage::className));
        return new CodeScan(new ArrayList<>(links), testMethods, superClasses, inputs, newest, classes,
                new ArrayList<>(stale), testClasses, displayNames, index.modules(), newestByModule, fingerprints, sourceLines);
    }

    /** The module of every top-level class, and the refusal of a class compiled into two modules. */
    private static final class ModuleIndex {
        private final Map<String, String> modules = new HashMap<>();
        private final Map<String, String> directories = new HashMap<>();

        void add(String className, String module, String directory) {
            if (module == null || !isCode(className)) {
                return; // single module; and every module may have its module-info and package-infos
            }
            String top = className.indexOf('$') < 0 ? className : className.substring(0, className.indexOf('$'));
            String previous = modules.putIfAbsent(top, module);
            directories.putIfAbsent(top, directory);
            if (previous != null && !previous.equals(module)) {
                throw new InputException(directory, 0, "holds class " + top + ", which " + directories.get(top)
                        + " (module " + previous + ") holds too. A class compiled into two modules makes it "
                        + "unknowable which one ships and which one the tests ran; rename or move one of them.");
            }
        }

        Map<String, String> modules() {
            return modules;
        }
    }

    /**
     * Where the annotated class and methods of {@code c} are in the sources: the first source root that holds the file
     * its class file names. Nothing when it names none or no root holds it (generated code, another layout): a
     * location that cannot be confirmed is left out rather than guessed.
     */
    private static void locate(AnnotationScanner.ClassAnnotations c, List<SourceRoot> roots,
                               Map<CodeLocation, SourceLine> out) {
        String path = c.sourcePath();
        if (c.links().isEmpty() || path == null) {
            return;
        }
        for (SourceRoot root : roots) {
            if (Files.isRegularFile(root.path().resolve(path))) {
                String file = root.label().isEmpty() || root.label().equals(".") ? path : root.label() + "/" + path;
                for (CodeLink l : c.links()) {
                    out.put(l.location(), new SourceLine(file, c.lines().getOrDefault(l.location(), 0)));
                }
                return;
            }
        }
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
