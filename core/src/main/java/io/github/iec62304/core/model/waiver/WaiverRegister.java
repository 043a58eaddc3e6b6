package io.github.iec62304.core.model.waiver;

import java.util.List;

/**
 * The waiver register ({@code src/iec62304/waivers.yaml}); empty when the project has none.
 *
 * @param source  the file, as named in messages (also when it does not exist)
 * @param waivers the waivers, in file order
 * @param present whether the file exists
 */
public record WaiverRegister(String source, List<Waiver> waivers, boolean present) {

    public WaiverRegister {
        waivers = List.copyOf(waivers);
    }

    /** @return the register of a project that has no waiver file */
    public static WaiverRegister empty(String source) {
        return new WaiverRegister(source, List.of(), false);
    }
}
