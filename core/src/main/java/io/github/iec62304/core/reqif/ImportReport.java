package io.github.iec62304.core.reqif;

import io.github.iec62304.core.read.reqif.ReqifRequirement;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code reqif-import} did, as log lines: the requirements added, every differing title and text as a two-line
 * diff ({@code - catalog}, {@code + ReqIF}) saying whether it was written, the catalog requirements the file lacks
 * (left as they are) and the objects not merged.
 */
public final class ImportReport {

    /** The property that makes the import write differing titles and texts. */
    public static final String APPLY_PROPERTY = "iec62304.reqifApplyChanges";

    private ImportReport() {
    }

    /** @return the report, one entry per log line; warnings start with {@code WARN } */
    public static List<String> lines(CatalogMerge.Result r, String catalog, String reqif) {
        List<String> out = new ArrayList<>();
        if (r.added().isEmpty()) {
            out.add("No requirement of " + reqif + " is new to " + catalog + ".");
        } else {
            out.add("Added " + r.added().size() + " requirement(s) of " + reqif + " at the end of the requirements "
                    + "list of " + catalog + ": " + String.join(", ", r.added().stream().map(ReqifRequirement::id)
                    .toList()) + ". Set their safetyClass, riskControls, parents and verification as needed.");
        }
        long pending = r.changes().stream().filter(c -> !c.applied()).count();
        for (CatalogMerge.Change c : r.changes()) {
            out.add("WARN " + c.id() + " " + c.field() + " differs in " + reqif + (c.applied() ? " (written to "
                    + catalog + "):" : " (not written):"));
            out.add("WARN   - " + catalog + ": " + oneLine(c.catalog()));
            out.add("WARN   + " + reqif + ": " + oneLine(c.reqif()));
        }
        if (pending > 0) {
            out.add("WARN " + pending + " title(s)/text(s) differ and were left as the catalog has them; review them "
                    + "and edit the catalog, or re-run with -D" + APPLY_PROPERTY + "=true to write the ReqIF values "
                    + "in place.");
        }
        if (!r.notInReqif().isEmpty()) {
            out.add(r.notInReqif().size() + " requirement(s) of " + catalog + " are not in " + reqif
                    + " and were left as they are: " + String.join(", ", r.notInReqif()) + ".");
        }
        r.skipped().forEach(s -> out.add("Not merged: " + s + "."));
        return out;
    }

    private static String oneLine(String text) {
        return text.replace("\r", "").replace("\n", " / ");
    }
}
