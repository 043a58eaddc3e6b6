package io.github.iec62304.core.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The team's software requirements, in file order, with unique ids, and the system requirements they derive from
 * when the catalog declares them. Immutable.
 */
public final class RequirementCatalog {

    private final String source;
    private final List<Requirement> requirements;
    private final List<SystemRequirement> systemRequirements;
    private final Map<String, Requirement> byId = new HashMap<>();
    private final Map<String, SystemRequirement> systemById = new HashMap<>();

    /**
     * A catalog without system requirements: {@code parents} are free text.
     *
     * @param source       the catalog file, relative to the project (for messages)
     * @param requirements the requirements in the order written; ids must be unique
     */
    public RequirementCatalog(String source, List<Requirement> requirements) {
        this(source, requirements, List.of());
    }

    /**
     * @param source             the catalog file, relative to the project (for messages)
     * @param requirements       the software requirements in the order written; ids must be unique
     * @param systemRequirements the system requirements in the order written, empty when the catalog declares none;
     *                           their ids must be unique and differ from every software requirement's
     */
    public RequirementCatalog(String source, List<Requirement> requirements,
                              List<SystemRequirement> systemRequirements) {
        this.source = source;
        this.requirements = List.copyOf(requirements);
        this.systemRequirements = List.copyOf(systemRequirements);
        for (Requirement r : this.requirements) {
            if (byId.put(r.id(), r) != null) {
                throw new IllegalArgumentException("duplicate requirement id " + r.id());
            }
        }
        for (SystemRequirement s : this.systemRequirements) {
            if (byId.containsKey(s.id()) || systemById.put(s.id(), s) != null) {
                throw new IllegalArgumentException("duplicate requirement id " + s.id());
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

    /** @return the system requirements in the order written; empty when the catalog declares none */
    public List<SystemRequirement> systemRequirements() {
        return systemRequirements;
    }

    /** @return the system requirement with that id, if the catalog declares one */
    public Optional<SystemRequirement> findSystem(String id) {
        return Optional.ofNullable(systemById.get(id));
    }

    /**
     * @return whether the catalog declares system requirements; only then must every {@code parents} id resolve (to a
     *         system requirement or another software requirement); otherwise parents are free text
     */
    public boolean declaresSystemRequirements() {
        return !systemRequirements.isEmpty();
    }
}
