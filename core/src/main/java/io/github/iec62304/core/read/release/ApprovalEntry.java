package io.github.iec62304.core.read.release;

import io.github.iec62304.core.model.Fingerprint;
import io.github.iec62304.core.model.approval.Approval;
import io.github.iec62304.core.read.FieldCheck;
import io.github.iec62304.core.read.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One element of an {@code approvals:} list as written in a register: {@code by, role, date, meaning, fingerprint},
 * every field required. Shared by the change records, the anomaly records, the release approvals, the SOUP
 * register entries and the waivers.
 */
public record ApprovalEntry(String by, String role, String date, String meaning, String fingerprint) {

    private static final Pattern FINGERPRINT = Pattern.compile("v[0-9]+:[0-9a-f]{64}");

    /**
     * @param entries the list as written, or {@code null}
     * @param of      the record in messages, e.g. {@code " of change record CR-7"}
     * @return the approvals, checked; an absent list is empty
     */
    public static List<Approval> approvals(List<ApprovalEntry> entries, String of, String source, int line) {
        List<Approval> approvals = new ArrayList<>();
        for (ApprovalEntry e : entries == null ? List.<ApprovalEntry>of() : entries) {
            approvals.add(e.approval(of, source, line));
        }
        return approvals;
    }

    Approval approval(String of, String source, int line) {
        String name = FieldCheck.required(by, "'by' in approvals" + of, source, line);
        String in = " of the approval by " + name + of;
        String written = FieldCheck.required(meaning, "'meaning'" + in, source, line);
        Approval.Meaning m;
        try {
            m = Approval.Meaning.valueOf(written.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(source, line, "field 'meaning'" + in + ": '" + written + "' is not one of "
                    + String.join(", ", Approval.Meaning.words()));
        }
        String print = FieldCheck.required(fingerprint, "'fingerprint'" + in + " (copy the fingerprint the build "
                + "prints for the content you approve)", source, line).toLowerCase(Locale.ROOT);
        if (!FINGERPRINT.matcher(print).matches()) {
            throw new InputException(source, line, "field 'fingerprint'" + in + ": '" + fingerprint + "' is not a "
                    + "content fingerprint; copy it as the build prints it (" + Fingerprint.VERSION
                    + " and 64 hexadecimal digits)");
        }
        String dateField = "'date'" + in;
        String day = Dates.optional(FieldCheck.required(date, dateField, source, line), dateField, source, line);
        return new Approval(name, FieldCheck.required(role, "'role'" + in, source, line), day, m, print, line);
    }
}
