package io.github.iec62304.core.evaluate.approval;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.OutcomeRule;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.evaluate.Waivers;
import io.github.iec62304.core.link.ApprovalModel;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.approval.Approval;
import io.github.iec62304.core.model.waiver.Waiver;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * APPROVAL-STALE: every approval of a change record of this release, of an anomaly's evaluation and of a SOUP register
 * entry still matches the content it approved, and every waiver whose rule reports its subject is approved for
 * exactly those violations (IEC 62304 8.2.1: change requests approved; 5.8.3: residual anomalies evaluated; 7.1.3 and
 * 8.1.2: SOUP anomaly lists evaluated). An approval names the content fingerprint the build printed when it was given;
 * when the record, a requirement a change record names, or the violation a waiver accepts changed afterwards, the
 * approval approves something that no longer exists. An approval dated after the date the build judges dates against
 * approves nothing either. In a release build an error for classes B and C and a warning for A; in a development
 * build a warning. A waiver without a current approval accepts nothing in any build: its violations count. Not
 * applicable when no such record carries {@code approvals:} and there are no waivers. It comes after every rule a
 * waiver may name, and no waiver may name it.
 */
public final class ApprovalStaleRule extends RuleDefinition implements OutcomeRule {

    /** Reason given when nothing carries approvals. */
    public static final String NO_APPROVALS = "no change record of this release, no anomaly record and no SOUP entry "
            + "has approvals, and there are no waivers";

    public ApprovalStaleRule() {
        super("APPROVAL-STALE", "8.2.1; 5.8.3",
                "Every approval of a change record, an anomaly evaluation, a SOUP entry or a waiver still matches the "
                        + "content it approved");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return safetyClass == SafetyClass.A ? Level.WARN : Level.ERROR;
    }

    @Override
    public String notApplicable(Evidence evidence) {
        return evidence.approvals().recordApprovals().isEmpty() && evidence.waivers().waivers().isEmpty()
                ? NO_APPROVALS : null;
    }

    @Override
    public void check(Evidence evidence, List<Violation> earlier, Findings findings) {
        for (ApprovalModel.Bound b : evidence.approvals().recordApprovals()) {
            if (b.current()) {
                continue;
            }
            Approval a = b.approval();
            String where = b.kind().label() + " " + b.subject() + " (" + b.source() + " line " + a.line() + "): the "
                    + a.describe();
            String message = b.future() ? where + " is dated after the date this build judges dates against ("
                    + evidence.release().referenceDate().describe() + "), so it approves nothing yet. Correct its "
                    + "date; the content it must name is " + b.now() + "."
                    : where + " approved content fingerprint " + a.fingerprint() + ", but the content is now "
                    + b.now() + " (" + changed(b.kind()) + "), so it approves something that no longer exists. "
                    + "Review the " + b.kind().label() + " as it is now and re-approve it: copy " + b.now()
                    + " into the approval with the date of the new review.";
            report(evidence, findings, b.subject(), message);
        }
        for (Waivers.Outcome o : Waivers.outcomes(evidence, earlier)) {
            if (o.status() == Waivers.Status.UNAPPROVED) {
                report(evidence, findings, o.waiver().id(), unapproved(evidence, o));
            }
        }
    }

    private static String changed(ApprovalModel.Kind kind) {
        return switch (kind) {
            case CHANGE_RECORD -> "the record, or a requirement it names, changed after the approval";
            case SOUP_ENTRY -> "the entry, e.g. its anomaly review, version or risk, changed after the approval";
            default -> "the record or its evaluation changed after the approval";
        };
    }

    private static String unapproved(Evidence evidence, Waivers.Outcome o) {
        Waiver w = o.waiver();
        int n = o.violations().size();
        String why;
        if (w.approvals().isEmpty()) {
            why = "it has no approval";
        } else {
            LocalDate judged = evidence.release().referenceDate().date();
            why = w.approvals().stream().map(a -> "the " + a.describe() + " (line " + a.line() + ") "
                    + (a.meaning() != Approval.Meaning.APPROVAL ? "has meaning '" + a.meaning().word()
                    + "', not 'approval'" : a.datedAfter(judged) ? "is dated after the date this build judges "
                    + "dates against (" + judged + ")" : "approved " + a.fingerprint() + " (the waiver or the "
                    + "violation it accepts changed after the approval)"))
                    .collect(Collectors.joining("; "));
        }
        return "waiver " + w.id() + " (" + w.rule() + " " + w.subject() + ", " + evidence.waivers().source()
                + " line " + w.line() + ") is not approved for what it would accept now: " + why + ". Its content "
                + "fingerprint with the " + n + (n == 1 ? " violation" : " violations") + " it names in this build is "
                + o.fingerprint() + ". It accepts nothing, so the violation counts. Review the violation as it is "
                + "now (waivers.json, index.html) and, if it is still acceptable, approve the waiver: an approval "
                + "with meaning 'approval' and fingerprint " + o.fingerprint() + ".";
    }

    private static void report(Evidence evidence, Findings findings, String subject, String message) {
        if (evidence.release().releaseBuild()) {
            findings.report(evidence.systemClass(), subject, message);
        } else {
            findings.warn(evidence.systemClass(), subject, message);
        }
    }
}
