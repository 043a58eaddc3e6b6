package io.github.iec62304.core.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The team's software requirements, in file order, with unique ids. Immutable. */
public final class RequirementCatalog {

    private final String source;
    private final List<Requirement> requirements;
    private final Map<String, Requirement> byId = new HashMap<>();

    /**
     * @param source       the catalog file, relative to the project (for messages)
     * @param requirements the requirements in the order written; ids must be unique
     */
    public RequirementCatalog(String source, List<Requirement> requirements) {
        this.source = source;
        this.requirements = List.copyOf(requirements);
        for (Requirement r : this.requirements) {
            if (byId.put(r.id(), r) != null) {
                throw new IllegalArgumentException("duplicate requirement id " + r.id());
            }
        }
    }

    /** @return the catalog file, relative to the project */
    public String source() {
        return source;
    }

    /** @return the requirements in the order written */
    public List<Requirement> requirements() {
        return requirements;
    }

    /** @return the requirement with that id, if the catalog has one */
    public Optional<Requirement> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
