package io.github.iec62304.core;

import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.UnitCriteria;
import io.github.iec62304.core.project.ProjectInfo;
import io.github.iec62304.core.project.ReferenceDate;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of the gates reads and writes. Relative paths are resolved against {@code projectDir}.
 *
 * @param projectDir           the project's base directory; paths in messages and the bundle are relative to it
 * @param project              what the evidence says about the build
 * @param safetyClass          the system's class, or {@code null} when none is declared (then C, clause 4.3)
 * @param requirementsFile     the requirements catalog
 * @param architectureFile     the architecture registry; when it does not exist the system is one item
 * @param modules              where each module of the device keeps its classes, reports and execution data: one
 *                             unnamed module in a single-module build
 * @param shards               directories of test reports and execution data collected from CI shards, each
 *                             holding them at the same paths relative to {@code projectDir} as the build would;
 *                             when given they are read instead of the modules' own (empty: none)
 * @param criteria             the plan's unit acceptance criteria for classes B and C
 * @param soup                 what the SOUP gate reads
 * @param buildStart           when the build started (to recognise a stale SBOM; the date a development build
 *                             judges dates against)
 * @param release              what the regression and release gates read
 * @param ruleLevels           rule id to level override ({@code ERROR}, {@code WARN}, {@code OFF}, {@code B=WARN,...})
 * @param evidenceDirectory    the bundle directory
 * @param bundleFile           the bundle zip
 * @param verificationRecordsFile the executed verification records (manual tests, inspections, ...); optional
 * @param riskFile             the risk extract (the software part of the ISO 14971 risk management file); optional
 * @param waiversFile          the waiver register: violations the team accepts until a date; optional
 */
public record CheckSettings(Path projectDir, ProjectInfo project, SafetyClass safetyClass, Path requirementsFile,
                            Path architectureFile, List<DeviceModule> modules, List<Path> shards,
                            Map<SafetyClass, UnitCriteria> criteria, SoupSettings soup, ReleaseSettings release,
                            Instant buildStart, Map<String, String> ruleLevels,
                            Path evidenceDirectory, Path bundleFile, Path verificationRecordsFile, Path riskFile,
                            Path waiversFile) {

    /** Settings whose waiver register, if any, is beside the catalog. */
    public CheckSettings(Path projectDir, ProjectInfo project, SafetyClass safetyClass, Path requirementsFile,
                         Path architectureFile, List<DeviceModule> modules, List<Path> shards,
                         Map<SafetyClass, UnitCriteria> criteria, SoupSettings soup, ReleaseSettings release,
                         Instant buildStart, Map<String, String> ruleLevels, Path evidenceDirectory, Path bundleFile,
                         Path verificationRecordsFile, Path riskFile) {
        this(projectDir, project, safetyClass, requirementsFile, architectureFile, modules, shards, criteria, soup,
                release, buildStart, ruleLevels, evidenceDirectory, bundleFile, verificationRecordsFile, riskFile,
                requirementsFile.resolveSibling("waivers.yaml"));
    }

    /** Settings whose risk extract, if any, is beside the catalog. */
    public CheckSettings(Path projectDir, ProjectInfo project, SafetyClass safetyClass, Path requirementsFile,
                         Path architectureFile, List<DeviceModule> modules, List<Path> shards,
                         Map<SafetyClass, UnitCriteria> criteria, SoupSettings soup, ReleaseSettings release,
                         Instant buildStart, Map<String, String> ruleLevels, Path evidenceDirectory, Path bundleFile,
                         Path verificationRecordsFile) {
        this(projectDir, project, safetyClass, requirementsFile, architectureFile, modules, shards, criteria, soup,
                release, buildStart, ruleLevels, evidenceDirectory, bundleFile, verificationRecordsFile,
                requirementsFile.resolveSibling("risks.yaml"));
    }

    /** Settings whose verification records, if any, are beside the catalog. */
    public CheckSettings(Path projectDir, ProjectInfo project, SafetyClass safetyClass, Path requirementsFile,
                         Path architectureFile, List<DeviceModule> modules, List<Path> shards,
                         Map<SafetyClass, UnitCriteria> criteria, SoupSettings soup, ReleaseSettings release,
                         Instant buildStart, Map<String, String> ruleLevels, Path evidenceDirectory, Path bundleFile) {
        this(projectDir, project, safetyClass, requirementsFile, architectureFile, modules, shards, criteria, soup,
                release, buildStart, ruleLevels, evidenceDirectory, bundleFile,
                requirementsFile.resolveSibling("verification-records.yaml"));
    }

    /** The settings of a single-module build, without shards. */
    public CheckSettings(Path projectDir, ProjectInfo project, SafetyClass safetyClass, Path requirementsFile,
                         Path architectureFile, Path classesDirectory, Path testClassesDirectory,
                         List<Path> reportDirectories, List<Path> coverageFiles,
                         Map<SafetyClass, UnitCriteria> criteria, SoupSettings soup, ReleaseSettings release,
                         Instant buildStart, Map<String, String> ruleLevels, Path evidenceDirectory, Path bundleFile) {
        this(projectDir, project, safetyClass, requirementsFile, architectureFile, List.of(new DeviceModule(null,
                classesDirectory, testClassesDirectory, reportDirectories, coverageFiles)), List.of(), criteria, soup,
                release, buildStart, ruleLevels, evidenceDirectory, bundleFile);
    }

    public CheckSettings {
        modules = List.copyOf(modules);
        shards = List.copyOf(shards);
        if (modules.isEmpty()) {
            throw new IllegalArgumentException("a device has at least one module");
        }
        criteria = Map.copyOf(criteria);
        ruleLevels = Map.copyOf(ruleLevels);
    }

    /** @return the documented default criteria: class B and class C */
    public static Map<SafetyClass, UnitCriteria> defaultCriteria() {
        Map<SafetyClass, UnitCriteria> map = new EnumMap<>(SafetyClass.class);
        map.put(SafetyClass.B, UnitCriteria.CLASS_B);
        map.put(SafetyClass.C, UnitCriteria.CLASS_C);
        return map;
    }

    /**
     * @return whether the release gate judges this build: {@code iec62304.release} when set, else whether the
     * version is not a SNAPSHOT
     */
    public boolean releaseBuild() {
        return release.release() != null ? release.release() : !project.version().endsWith("-SNAPSHOT");
    }

    /**
     * @return the date other dates are judged against: a release build's {@code outputTimestamp} or its commit's
     * date, whichever is later, else the day the build started (UTC); see {@link ReferenceDate}
     */
    public ReferenceDate referenceDate() {
        return ReferenceDate.of(releaseBuild(), project.buildTimestamp(),
                project.git() == null ? null : project.git().committed(), buildStart);
    }

    /** @return {@code true} for a device of several named modules */
    public boolean multiModule() {
        return modules.get(0).name() != null;
    }

    /** @return the declared class, else C */
    public SafetyClass effectiveClass() {
        return safetyClass != null ? safetyClass : SafetyClass.DEFAULT;
    }

    /** @return the path relative to the project directory with {@code /}, or as given when outside it */
    public String label(Path path) {
        Path abs = projectDir.resolve(path).normalize();
        Path base = projectDir.toAbsolutePath().normalize();
        Path shown = abs.toAbsolutePath().startsWith(base) ? base.relativize(abs.toAbsolutePath()) : abs;
        return shown.toString().replace('\\', '/');
    }
}
