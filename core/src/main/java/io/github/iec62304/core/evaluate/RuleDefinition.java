package io.github.iec62304.core.evaluate;

/**
 * A rule's identity, held once: subclasses pass their stable id, clause and title and implement
 * {@link #defaultLevel} and {@link #check}.
 */
public abstract class RuleDefinition implements Rule {

    private final String id;
    private final String clause;
    private final String title;

    /**
     * @param id     stable rule id, e.g. {@code TRACE-TESTED}
     * @param clause IEC 62304 clause(s), e.g. {@code 5.1.1 c; 5.7.1}
     * @param title  what the rule requires, one sentence
     */
    protected RuleDefinition(String id, String clause, String title) {
        this.id = id;
        this.clause = clause;
        this.title = title;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String clause() {
        return clause;
    }

    @Override
    public final String title() {
        return title;
    }
}
