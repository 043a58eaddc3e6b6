package io.github.iec62304.core.write;

import static io.github.iec62304.core.write.Html.esc;

import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.evaluate.Waivers;
import io.github.iec62304.core.model.approval.Approval;
import io.github.iec62304.core.model.waiver.Waiver;
import java.util.List;
import java.util.Map;

/**
 * The index page's waivers: each waiver with its status and what it covers, and the note beside a waived violation
 * (its waiver, approval, expiry and rationale). Only in the page of a project with a waiver register.
 */
final class WaiverSection {

    static final String STYLE = ".WAIVED,.EXPIRED,.UNAPPROVED{color:#a0a;font-weight:bold}.UNUSED{color:#a60}";

    private WaiverSection() {
    }

    /** @return for a waived violation, what accepts it; nothing for any other */
    static String note(Violation v) {
        if (v.waived() == null) {
            return "";
        }
        Waiver w = v.waived().waiver();
        return "<br><strong>Waived</strong> (would be " + v.waived().level() + ") by " + esc(w.id())
                + ", " + approved(v.waived().approval()) + ", expires " + w.expires() + ": " + esc(w.rationale());
    }

    private static String approved(Approval a) {
        return "approved by " + esc(a.by()) + " (" + esc(a.role()) + ") on " + esc(a.date());
    }

    static void append(StringBuilder out, BundleContent c) {
        List<Waivers.Outcome> outcomes = Waivers.outcomes(c.evidence(), c.report().violations());
        out.append("<h2>Waivers (").append(outcomes.size()).append(")</h2>\n<p>From ")
                .append(esc(c.evidence().waivers().source())).append(", judged on ")
                .append(c.evidence().release().referenceDate().date()).append(". ");
        Map<Waivers.Status, Long> counts = WaiverFiles.counts(outcomes);
        counts.forEach((s, n) -> out.append(s).append(": ").append(n).append(". "));
        out.append("A waived violation does not fail the build; it is listed above with its waiver, and in "
                + "<code>waivers.json</code>.</p>\n");
        if (outcomes.isEmpty()) {
            return;
        }
        out.append("<table><tr><th>Waiver</th><th>Rule</th><th>Subject</th><th>Approvals</th><th>Expires</th>"
                + "<th>Rationale</th><th>Violations</th><th>Content fingerprint</th><th>Status</th></tr>\n");
        for (Waivers.Outcome o : outcomes) {
            Waiver w = o.waiver();
            out.append("<tr><td>").append(esc(w.id())).append("</td><td>").append(esc(w.rule()))
                    .append("</td><td><code>").append(esc(w.subject())).append("</code></td><td>")
                    .append(approvals(o, c.evidence().release().referenceDate().date())).append("</td><td>").append(w.expires()).append("</td><td>")
                    .append(esc(w.rationale())).append("</td><td>").append(o.violations().size())
                    .append("</td><td><code>").append(esc(o.fingerprint())).append("</code></td><td class=\"")
                    .append(o.status()).append("\">").append(o.status()).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    /** @return each approval with whether it names the waiver's content now, and whether it is dated later */
    private static String approvals(Waivers.Outcome o, java.time.LocalDate judged) {
        if (o.waiver().approvals().isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        for (Approval a : o.waiver().approvals()) {
            b.append(b.length() == 0 ? "" : "<br>").append(esc(a.meaning().word())).append(' ')
                    .append(approved(a).substring("approved ".length())).append(": ")
                    .append(a.fingerprint().equals(o.fingerprint()) ? "this content" : "other content <code>"
                            + esc(a.fingerprint()) + "</code>")
                    .append(a.datedAfter(judged) ? ", dated after " + judged + " (approves nothing)" : "");
        }
        return b.toString();
    }
}
