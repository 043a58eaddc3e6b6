package io.github.iec62304.core.read.baseline;

import io.github.iec62304.core.model.release.TestKey;
import io.github.iec62304.core.read.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the test identities and outcomes of a baseline's {@code test-record.json} as its cases stream past. A
 * case written by this version carries its canonical {@code id} and is taken as it comes. A case written by an
 * older version holds only the reported name: those are kept (compactly) until the list ends, because an identity
 * depends on the other invocations of the same method ({@link TestKey#identities}: order of identical names,
 * 0-based indexes); they are then read in the new form, so an old baseline needs no rewrite. Deriving them takes
 * about 1 KiB of heap a case, so at most {@value #MAX_CASES_WITHOUT_ID} such cases are read (within a 256 MiB heap);
 * a bundle of this version has no such limit beyond {@link BaselineReader}'s.
 */
final class BaselineTests {

    /** The most cases without {@code id} (a record written before test identities) read from one baseline. */
    static final int MAX_CASES_WITHOUT_ID = 100_000;

    private final String label;

    private final Map<String, String> outcomes = new HashMap<>();
    private final List<TestKey.Reported> legacy = new ArrayList<>();
    private final List<String> legacyOutcomes = new ArrayList<>();
    private final Map<String, Integer> occurrences = new HashMap<>();
    private final Map<String, String> classNames = new HashMap<>();

    /** @param label the baseline, for messages */
    BaselineTests(String label) {
        this.label = label;
    }

    /**
     * @param className the case's {@code class}
     * @param name      its reported {@code name}
     * @param id        its canonical identity, or {@code null} in a record of an older version
     * @param outcome   its {@code outcome}
     */
    void add(String className, String name, String id, String outcome) {
        String o = outcome.intern(); // a handful of values, held once
        if (id != null) {
            outcomes.merge(id, o, BaselineTests::worse);
            return;
        }
        if (legacy.size() >= MAX_CASES_WITHOUT_ID) {
            throw new InputException(label, 0, "test-record.json lists more than " + MAX_CASES_WITHOUT_ID + " test"
                    + " cases without an 'id' (a record of a plugin version before test identities); more than this"
                    + " plugin reads from such a baseline: compare with a baseline written by this version");
        }
        String cls = classNames.computeIfAbsent(className, c -> c);
        legacy.add(new TestKey.Reported(cls, name, occurrences.merge(cls + '\u0000' + name, 1, Integer::sum)));
        legacyOutcomes.add(o);
    }

    /** @return canonical test identity to outcome; two cases of one identity keep the worse outcome */
    Map<String, String> outcomes() {
        if (!legacy.isEmpty()) {
            List<String> derived = TestKey.identities(legacy);
            for (int i = 0; i < derived.size(); i++) {
                outcomes.merge(derived.get(i), legacyOutcomes.get(i), BaselineTests::worse);
            }
            legacy.clear();
            legacyOutcomes.clear();
            occurrences.clear();
            classNames.clear();
        }
        return outcomes;
    }

    /** Two cases of one identity keep the worse outcome, as the test record does. */
    private static String worse(String a, String b) {
        return a.equals("PASSED") ? b : a;
    }
}
