package io.github.iec62304.core.model;

/**
 * One system requirement, declared in the catalog's {@code systemRequirements:} list so that the {@code parents} of
 * software requirements can be checked (IEC 62304 5.1.1 c, 5.2.6: software requirements trace to the system
 * requirements they implement).
 *
 * @param id          unique id, e.g. {@code SYS-REQ-004}; unique among system and software requirements alike
 * @param title       short title
 * @param text        the statement, or {@code null}: the system requirements specification holds it
 * @param notSoftware why it is met outside the software (e.g. {@code hardware: motor driver board}), or {@code null}
 *                    when software requirements are derived from it
 * @param line        line in the catalog where it starts (for messages)
 */
public record SystemRequirement(String id, String title, String text, String notSoftware, int line) {

    /** @return whether the catalog states that it is met outside the software */
    public boolean markedNotSoftware() {
        return notSoftware != null;
    }
}
