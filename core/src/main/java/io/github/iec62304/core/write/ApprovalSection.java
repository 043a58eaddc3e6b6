package io.github.iec62304.core.write;

import static io.github.iec62304.core.write.Html.esc;

import io.github.iec62304.core.link.ApprovalModel;
import java.util.List;

/**
 * The index page's approvals: the release content fingerprint and the status of the release approval, then every
 * approval with what it approves, its meaning and whether the content is still what was approved.
 */
final class ApprovalSection {

    static final String STYLE = ".CURRENT{color:#070}.STALE,.MISSING{color:#b00;font-weight:bold}";

    private ApprovalSection() {
    }

    static void append(StringBuilder out, ApprovalModel model) {
        List<ApprovalModel.Bound> all = model.approvals();
        out.append("<h2>Approvals (").append(all.size()).append(")</h2>\n<p>Release content fingerprint of ")
                .append(esc(model.version())).append(": <code>").append(model.contentFingerprint())
                .append("</code>. Release approval: <span class=\"").append(model.releaseStatus()).append("\">")
                .append(model.releaseStatus()).append("</span>. An approval here is a record in the repository bound "
                        + "to the content fingerprint it names, not an electronic signature: nothing in the build "
                        + "verifies who wrote it.</p>\n");
        if (!model.contents().isEmpty()) {
            out.append("<p>Content fingerprints of the records an approval may name (copy one into the record's "
                    + "<code>approvals</code> after reviewing it):</p>\n<table><tr><th>Record</th><th>Content "
                    + "fingerprint now</th><th>Approvals</th></tr>\n");
            for (ApprovalModel.Content c : model.contents()) {
                out.append("<tr><td>").append(esc(c.kind().label() + " " + c.subject())).append("</td><td><code>")
                        .append(c.fingerprint()).append("</code></td><td>")
                        .append(model.approvalsOf(c.kind(), c.subject())).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        if (all.isEmpty()) {
            return;
        }
        out.append("<table><tr><th>Approves</th><th>By</th><th>Date</th><th>Meaning</th><th>Fingerprint approved"
                + "</th><th>Status</th></tr>\n");
        for (ApprovalModel.Bound b : all) {
            out.append("<tr><td>").append(esc(b.kind().label() + " " + b.subject())).append("</td><td>")
                    .append(esc(b.approval().by() + " (" + b.approval().role() + ")")).append("</td><td>")
                    .append(esc(b.approval().date())).append("</td><td>").append(b.approval().meaning().word())
                    .append("</td><td><code>").append(esc(b.approval().fingerprint()))
                    .append("</code></td><td class=\"").append(b.status()).append("\">").append(b.status())
                    .append(b.current() ? "" : " (now <code>" + esc(b.now()) + "</code>)").append("</td></tr>\n");
        }
        out.append("</table>\n");
    }
}
