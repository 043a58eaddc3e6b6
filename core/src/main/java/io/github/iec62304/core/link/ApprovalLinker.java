package io.github.iec62304.core.link;

import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.Fingerprint;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.approval.Approval;
import io.github.iec62304.core.model.approval.ReleaseApproval;
import io.github.iec62304.core.model.approval.ReleaseApprovals;
import io.github.iec62304.core.model.release.AnomalyRecord;
import io.github.iec62304.core.model.release.AnomalyRegister;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ChangeRecord;
import io.github.iec62304.core.model.soup.SoupEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the release content fingerprint and compares every approval with the content it approves: the change
 * records of this release (their fields and the requirements they name), the anomaly records, the SOUP register
 * entries, and this version's release approvals. An approval dated after the date the build judges dates against
 * approves nothing. (The waivers' approvals are judged with the violations they accept, in {@code Waivers}.) Change records of earlier releases are not judged: their requirements may have changed since,
 * through later change records, and that is what those records are for.
 */
public final class ApprovalLinker {

    private ApprovalLinker() {
    }

    /**
     * @param version the project version ({@code -SNAPSHOT} is ignored)
     * @param soup    the SBOM joined with the register; its shipped components are part of the release content
     * @param judged  the date the build judges dates against
     */
    public static ApprovalModel link(ChangeLog changes, AnomalyRegister anomalies, ReleaseApprovals releases,
                                     RequirementCatalog catalog, UnitModel units, CodeScan scan, SoupModel soup,
                                     String version, LocalDate judged) {
        Map<String, String> requirements = new HashMap<>();
        for (Requirement r : catalog.requirements()) {
            requirements.put(r.id(), Fingerprint.requirement(r));
        }
        Map<String, String> unitPrints = new HashMap<>();
        for (UnitVerification u : units.units()) {
            String print = UnitFingerprints.of(u, scan);
            if (print != null) {
                unitPrints.put(u.id(), print);
            }
        }
        List<String> shipped = soup.shipped().stream()
                .map(c -> c.component().coordinates() + "@" + c.component().version()).toList();
        String content = Fingerprint.release(requirements, unitPrints, shipped);
        String release = ChangeLog.releaseOf(version);
        List<ApprovalModel.Bound> bound = new ArrayList<>();
        List<ApprovalModel.Content> contents = new ArrayList<>();
        for (ChangeRecord r : changes.of(version)) {
            String now = Fingerprint.changeRecord(r, requirements::get);
            contents.add(new ApprovalModel.Content(ApprovalModel.Kind.CHANGE_RECORD, r.id(), now));
            for (Approval a : r.approvals()) {
                bound.add(new ApprovalModel.Bound(ApprovalModel.Kind.CHANGE_RECORD, r.id(), changes.source(), a, now,
                        a.datedAfter(judged)));
            }
        }
        for (AnomalyRecord r : anomalies.records()) {
            String now = Fingerprint.anomaly(r);
            if (r.residual() || !r.approvals().isEmpty()) {
                contents.add(new ApprovalModel.Content(ApprovalModel.Kind.ANOMALY, r.id(), now));
            }
            for (Approval a : r.approvals()) {
                bound.add(new ApprovalModel.Bound(ApprovalModel.Kind.ANOMALY, r.id(), anomalies.source(), a, now,
                        a.datedAfter(judged)));
            }
        }
        for (SoupEntry e : soup.register().entries()) {
            if (e.approvals().isEmpty()) {
                continue;
            }
            String now = Fingerprint.soupEntry(e);
            contents.add(new ApprovalModel.Content(ApprovalModel.Kind.SOUP_ENTRY, e.key(), now));
            for (Approval a : e.approvals()) {
                bound.add(new ApprovalModel.Bound(ApprovalModel.Kind.SOUP_ENTRY, e.key(), soup.register().source(), a,
                        now, a.datedAfter(judged)));
            }
        }
        for (ReleaseApproval r : releases.approvals()) {
            if (ChangeLog.releaseOf(r.version()).equals(release)) {
                bound.add(new ApprovalModel.Bound(ApprovalModel.Kind.RELEASE, r.version(), releases.source(),
                        r.approval(), content, r.approval().datedAfter(judged)));
            }
        }
        return new ApprovalModel(content, release, bound, releases, contents);
    }
}
