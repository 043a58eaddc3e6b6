package io.github.iec62304.core.read.reqif;

import java.util.List;

/**
 * The requirements a ReqIF file holds, and the objects read but not taken as requirements.
 *
 * @param source       the file, for messages
 * @param requirements the requirements in file order, ids unique
 * @param skipped      one line per SPEC-OBJECT not taken, saying why (no id, an id the catalog cannot hold, an object
 *                     of a type this plugin exports beside requirements)
 */
public record ReqifContent(String source, List<ReqifRequirement> requirements, List<String> skipped) {

    public ReqifContent {
        requirements = List.copyOf(requirements);
        skipped = List.copyOf(skipped);
    }
}
