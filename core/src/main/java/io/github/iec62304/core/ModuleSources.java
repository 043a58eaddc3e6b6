package io.github.iec62304.core;

import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.classes.CodeScanner;
import io.github.iec62304.core.read.coverage.ExecutionDataFiles;
import io.github.iec62304.core.read.surefire.TestReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the check finds each module's class directories, test reports and execution data: the modules' own, or,
 * for a device whose tests ran on several CI machines, the copies each shard collected at the same paths relative to
 * the project directory. Also what must hold for those places once read: every shard reported, and in a
 * multi-module device every module with tests has reports (a module built with {@code -DskipTests} would otherwise
 * count its tests as not run without saying why).
 *
 * @param production    the production class directories, one a module
 * @param tests         the test class directories, one a module
 * @param reports       the report directories
 * @param executionData the JaCoCo execution data files
 * @param moduleOfData  the module of each execution data file, by label
 * @param shards        the shards by label, each with its report directories
 * @param judgeAge      {@code false} when reports and execution data come from shards (older than this build by
 *                      nature)
 * @param upstream      per module, the device modules it depends on
 */
record ModuleSources(List<CodeScanner.Directory> production, List<CodeScanner.Directory> tests,
                     List<TestReports.Directory> reports, List<ExecutionDataFiles.ExecFile> executionData,
                     Map<String, String> moduleOfData, Map<String, List<TestReports.Directory>> shards,
                     boolean judgeAge, Map<String, List<String>> upstream) {

    static ModuleSources of(CheckSettings settings) {
        Path base = settings.projectDir();
        List<CodeScanner.Directory> production = new ArrayList<>();
        List<CodeScanner.Directory> tests = new ArrayList<>();
        List<TestReports.Directory> reports = new ArrayList<>();
        List<ExecutionDataFiles.ExecFile> data = new ArrayList<>();
        Map<String, String> moduleOfData = new HashMap<>();
        Map<String, List<TestReports.Directory>> shards = new TreeMap<>();
        Map<String, List<String>> upstream = new HashMap<>();
        for (DeviceModule m : settings.modules()) {
            if (m.name() != null) {
                upstream.put(m.name(), m.upstream());
            }
            List<CodeScanner.SourceRoot> roots = m.sourceRoots().stream()
                    .map(r -> new CodeScanner.SourceRoot(base.resolve(r), settings.label(r))).toList();
            production.add(new CodeScanner.Directory(base.resolve(m.classesDirectory()),
                    settings.label(m.classesDirectory()), m.name(), roots));
            tests.add(new CodeScanner.Directory(base.resolve(m.testClassesDirectory()),
                    settings.label(m.testClassesDirectory()), m.name(), roots));
        }
        if (settings.shards().isEmpty()) {
            for (DeviceModule m : settings.modules()) {
                m.reportDirectories().forEach(d -> reports.add(new TestReports.Directory(base.resolve(d),
                        settings.label(d), m.name(), true)));
                for (Path f : m.coverageFiles()) {
                    data.add(new ExecutionDataFiles.ExecFile(base.resolve(f), settings.label(f)));
                    moduleOfData.put(settings.label(f), m.name());
                }
            }
            return new ModuleSources(production, tests, reports, data, moduleOfData, shards, true, upstream);
        }
        for (Path shard : settings.shards()) {
            String shardLabel = settings.label(shard);
            Path shardDir = base.resolve(shard);
            if (!Files.isDirectory(shardDir)) {
                throw new InputException(shardLabel, 0, "shard directory not found: this shard's test reports were "
                        + "never collected (did its CI job run and upload them?). Every shard named in <shards> must "
                        + "report, or the device would be judged on part of its tests.");
            }
            List<TestReports.Directory> ofShard = new ArrayList<>();
            for (DeviceModule m : settings.modules()) {
                for (Path d : m.reportDirectories()) {
                    String rel = relative(settings, d, "report directory");
                    TestReports.Directory dir = new TestReports.Directory(shardDir.resolve(rel),
                            shardLabel + "/" + rel, m.name(), false);
                    reports.add(dir);
                    ofShard.add(dir);
                }
                for (Path f : m.coverageFiles()) {
                    String rel = relative(settings, f, "execution data file");
                    data.add(new ExecutionDataFiles.ExecFile(shardDir.resolve(rel), shardLabel + "/" + rel));
                    moduleOfData.put(shardLabel + "/" + rel, m.name());
                }
            }
            if (shards.put(shardLabel, ofShard) != null) {
                throw new SettingsException("<shards> names " + shardLabel + " twice");
            }
        }
        return new ModuleSources(production, tests, reports, data, moduleOfData, shards, false, upstream);
    }

    /** A shard holds its copy at the path the build would write it to, relative to the project directory. */
    private static String relative(CheckSettings settings, Path path, String what) {
        String label = settings.label(path);
        if (Path.of(label).isAbsolute() || label.startsWith("../") || label.equals("..")) {
            throw new SettingsException("the " + what + " " + label + " is outside the project directory "
                    + settings.projectDir() + ", so a shard cannot hold a copy of it at the same relative path");
        }
        return label;
    }

    /** @return the input as one of its module's: a class directory, a report or an execution data file */
    InputFile inModule(InputFile input) {
        String path = input.path();
        String module = moduleOfData.get(path);
        for (List<CodeScanner.Directory> dirs : List.of(production, tests)) {
            for (CodeScanner.Directory d : dirs) {
                module = module == null && d.label().equals(path) ? d.module() : module;
            }
        }
        for (TestReports.Directory d : reports) {
            module = module == null && path.startsWith(d.label() + "/") ? d.module() : module;
        }
        return module == null ? input : input.inModule(module);
    }

    /**
     * @return when the code a module's tests run was last compiled: the newest class of the module and of every device
     *         module it depends on (its tests run their code too); the newest class of all in a single-module build
     */
    FileTime compiledLast(String module, CodeScan scan) {
        FileTime newest = scan.newestOf(module);
        for (String m : module == null ? List.<String>of() : upstream.getOrDefault(module, List.of())) {
            FileTime t = scan.newestOf(m);
            newest = t.compareTo(newest) > 0 ? t : newest;
        }
        return newest;
    }

    /** @return the module an execution data file belongs to, {@code null} in a single-module build */
    String moduleOfExecutionData(String label) {
        return moduleOfData.get(label);
    }

    /**
     * Every shard must have reported, and in a multi-module device every module with test methods must have test
     * reports: else the verdict would be about part of the device's tests, and say so only as "not run".
     *
     * @param found how many reports each directory holds (directories without any are absent)
     * @param scan  the class directories, to know which modules have tests
     */
    void requireReports(Map<TestReports.Directory, Integer> found, CodeScan scan) {
        for (Map.Entry<String, List<TestReports.Directory>> shard : shards.entrySet()) {
            if (shard.getValue().stream().noneMatch(found::containsKey)) {
                throw new InputException(shard.getKey(), 0, "holds no test report (TEST-*.xml) at any of the "
                        + "modules' report paths, e.g. " + shard.getKey() + "/" + firstRelative(shard)
                        + ": this shard never reported. Check that its CI job ran its tests and uploaded "
                        + "**/target/surefire-reports and **/target/failsafe-reports with their paths.");
            }
        }
        if (production.get(0).module() == null) {
            return; // a single-module build: tests not run are reported per requirement and unit, as always
        }
        Map<String, Integer> testMethods = new TreeMap<>();
        for (CodeLocation t : scan.testMethods()) {
            String module = scan.moduleOf(t.className());
            if (module != null) {
                testMethods.merge(module, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> m : testMethods.entrySet()) {
            boolean reported = reports.stream().anyMatch(d -> m.getKey().equals(d.module()) && found.containsKey(d));
            if (!reported) {
                List<String> where = reports.stream().filter(d -> m.getKey().equals(d.module()))
                        .map(TestReports.Directory::label).toList();
                throw new InputException(tests.stream().filter(d -> m.getKey().equals(d.module())).findFirst()
                        .map(CodeScanner.Directory::label).orElse(m.getKey()), 0, "module " + m.getKey() + " has "
                        + m.getValue() + " test method(s) but no test report in " + String.join(" or ", where)
                        + ": its tests did not run in this build (-DskipTests, -Dmaven.test.skip.exec or "
                        + "-Dsurefire.skip?). The device gate judges every module's tests; run them, or exclude a "
                        + "module that is not device software with <excludedModules>.");
            }
        }
    }

    private static String firstRelative(Map.Entry<String, List<TestReports.Directory>> shard) {
        return shard.getValue().isEmpty() ? "target/surefire-reports"
                : shard.getValue().get(0).label().substring(shard.getKey().length() + 1);
    }
}
