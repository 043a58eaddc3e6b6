package io.github.iec62304.core.model;

import java.util.List;

/**
 * The software items and units of the system (IEC 62304 5.3, 5.4).
 *
 * @param source the registry file relative to the project, or {@code null} when none is declared
 * @param items  the items, in file order
 * @param units  the declared units, in file order (may be empty)
 */
public record Architecture(String source, List<SoftwareItem> items, List<UnitDeclaration> units) {

    public Architecture {
        items = List.copyOf(items);
        units = List.copyOf(units);
    }

    /** @return the default when no registry exists: the whole system is one item at the system's class */
    public static Architecture implicit() {
        return new Architecture(null, List.of(new SoftwareItem(SoftwareItem.SYSTEM, "The software system", null,
                null, List.of(""), List.of(), null, null, 0)), List.of());
    }

    /** @return {@code true} when the team declared the architecture */
    public boolean declared() {
        return source != null;
    }
}
