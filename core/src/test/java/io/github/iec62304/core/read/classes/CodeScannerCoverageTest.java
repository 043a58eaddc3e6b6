package io.github.iec62304.core.read.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.ClassCoverage;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.read.classes.unitfixture.DoseCalculator;
import io.github.iec62304.core.read.classes.unitfixture.DoseLimits;
import io.github.iec62304.core.read.coverage.ExecutionDataFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jacoco.core.data.ExecutionDataStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JaCoCo coverage of the production classes, from the same pass as the annotation scan. */
@Verifies("TOOL-READ-COVERAGE")
class CodeScannerCoverageTest {

    private static final String CALC = DoseCalculator.class.getName();
    private static final String LIMIT = CALC + "$Limit";
    private static final String LIMITS = DoseLimits.class.getName();

    @TempDir
    Path tmp;

    private Path classes;

    @BeforeEach
    void copyProductionClasses() throws Exception {
        Path from = ExecutionDataFixture.classFile(DoseCalculator.class).getParent();
        classes = Files.createDirectories(tmp.resolve("classes/" + DoseCalculator.class.getPackageName()
                .replace('.', '/')));
        for (String name : List.of("DoseCalculator.class", "DoseCalculator$Limit.class", "DoseLimits.class")) {
            Files.copy(from.resolve(name), classes.resolve(name));
        }
    }

    private CodeScan scan(ExecutionDataStore store) {
        return CodeScanner.scan(new CodeScanner.Directory(tmp.resolve("classes"), "target/classes"),
                new CodeScanner.Directory(tmp.resolve("test-classes"), "target/test-classes"), store);
    }

    private static ExecutionDataStore ran(int dose, int hours) throws Exception {
        return ExecutionDataFixture.run(List.of(DoseCalculator.class, Class.forName(LIMIT)), "hourlyRate", dose, hours);
    }

    @Test
    void classNeverExecutedHasEverythingMissed() {
        CodeScan scan = scan(new ExecutionDataStore());

        assertEquals(List.of(
                cov(CALC, new Counter(0, 3), new Counter(0, 2)),
                cov(LIMIT, new Counter(0, 1), new Counter(0, 0)),
                cov(LIMITS, Counter.EMPTY, Counter.EMPTY)), noInstructions(scan.production()));
        assertEquals(List.of(), scan.staleCoverage());
    }

    @Test
    void executedClassesHaveTheirProbesCounted() throws Exception {
        CodeScan scan = scan(ran(10, 2));

        assertEquals(List.of(
                cov(CALC, new Counter(2, 3), new Counter(1, 2)),
                cov(LIMIT, new Counter(1, 1), new Counter(0, 0)),
                cov(LIMITS, Counter.EMPTY, Counter.EMPTY)), noInstructions(scan.production()));
        assertEquals(List.of(), scan.staleCoverage());
    }

    @Test
    void otherBranchLeavesTheNestedClassUnexecuted() throws Exception {
        CodeScan scan = scan(ran(10, 0));

        assertEquals(cov(CALC, new Counter(2, 3), new Counter(1, 2)), noInstructions(scan.production()).get(0));
        assertEquals(cov(LIMIT, new Counter(0, 1), new Counter(0, 0)), noInstructions(scan.production()).get(1));
    }

    @Test
    void interfaceWithConstantsOnlyHasNoCode() {
        ClassCoverage limits = scan(new ExecutionDataStore()).production().get(2);

        assertEquals(LIMITS, limits.className());
        assertEquals(0, limits.lines().total());
        assertEquals(0, limits.branches().total());
        assertEquals(1.0, limits.lines().ratio());
    }

    @Verifies("TOOL-READ-STALE-INPUT")
    @Test
    void dataUnderAnotherIdIsStale() {
        CodeScan scan = scan(ExecutionDataFixture.stale(DoseCalculator.class));

        assertEquals(List.of(CALC), scan.staleCoverage());
        assertEquals(cov(CALC, new Counter(0, 3), new Counter(0, 2)), noInstructions(scan.production()).get(0));
    }

    @Test
    void nestedClassFollowsItsTopLevelClass() {
        assertEquals(List.of(CALC, CALC, LIMITS), scan(new ExecutionDataStore()).production().stream()
                .map(ClassCoverage::topLevelClass).toList());
    }

    @Test
    void testClassesAreTheTopLevelClassesOfTheTestDirectory() throws Exception {
        CodeScan scan = CodeScanner.scan(new CodeScanner.Directory(tmp.resolve("absent"), "target/classes"),
                new CodeScanner.Directory(CodeScannerTest.fixtureClasses(), "target/test-classes"),
                new ExecutionDataStore());

        String p = CodeScannerTest.PKG;
        assertEquals(Set.of(p + "AbstractAlarmChecks", p + "AudibleAlarmChecks", p + "DanglingChecks",
                p + "InfusionPump", p + "InfusionPumpChecks"), scan.testClasses());
        assertEquals(List.of(), noInstructions(scan.production()));
    }

    /** Coverage as compared here: lines and branches exactly; instructions are checked where they matter. */
    private static ClassCoverage cov(String name, Counter lines, Counter branches) {
        return new ClassCoverage(name, Counter.EMPTY, lines, branches);
    }

    private static List<ClassCoverage> noInstructions(List<ClassCoverage> classes) {
        return classes.stream().map(c -> cov(c.className(), c.lines(), c.branches())).toList();
    }

    @Test
    void codeIsRecognisedByInstructionsAndAnInterfaceHasNone() {
        List<ClassCoverage> classes = scan(new ExecutionDataStore()).production();
        assertTrue(classes.get(0).instructions().total() > 0, classes.get(0).toString());
        assertEquals(0, classes.get(2).instructions().total());
    }
}
