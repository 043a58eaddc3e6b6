package io.github.iec62304.core.model.soup;

import java.util.List;

/**
 * The team's SOUP register.
 *
 * @param source  the file relative to the project (named in messages even when it does not exist yet)
 * @param entries the entries in file order
 */
public record SoupRegister(String source, List<SoupEntry> entries) {

    public SoupRegister {
        entries = List.copyOf(entries);
    }
}
