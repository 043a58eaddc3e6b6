package io.github.iec62304.core.read.classes;

import io.github.iec62304.core.model.ClassCoverage;
import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.read.InputException;
import java.io.IOException;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * JaCoCo's analysis of one production class file against the execution data, from the bytes the annotation scan
 * already read. Thread-safe: one analyzer per call, the store is only read.
 */
final class CoverageAnalysis {

    /**
     * @param coverage the class's counters
     * @param noMatch  {@code true} when the execution data has this class under another id: the class was
     *                 recompiled after the tests ran, so the data does not describe it
     */
    record Result(ClassCoverage coverage, boolean noMatch) {
    }

    private CoverageAnalysis() {
    }

    static Result analyze(ClassFile file, String className, ExecutionDataStore store, String label) {
        IClassCoverage[] found = new IClassCoverage[1];
        try {
            new Analyzer(store, c -> found[0] = c).analyzeClass(file.bytes(), file.path());
        } catch (IOException e) {
            throw new InputException(label + "/" + file.path(), 0, "cannot be analysed by JaCoCo ("
                    + e.getMessage() + "); run mvn clean verify", e);
        }
        if (found[0] == null) { // filtered by JaCoCo (synthetic): nothing to cover
            return new Result(new ClassCoverage(className, Counter.EMPTY, Counter.EMPTY, Counter.EMPTY), false);
        }
        return new Result(new ClassCoverage(className, counter(found[0].getInstructionCounter()),
                counter(found[0].getLineCounter()),
                counter(found[0].getBranchCounter())), found[0].isNoMatch());
    }

    private static Counter counter(ICounter c) {
        return new Counter(c.getCoveredCount(), c.getTotalCount());
    }
}
