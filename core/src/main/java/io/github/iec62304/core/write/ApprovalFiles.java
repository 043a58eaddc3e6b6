package io.github.iec62304.core.write;

import io.github.iec62304.core.link.ApprovalModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the evidence files write approvals: who, role, date, meaning, the fingerprint approved, the fingerprint of the
 * content now and whether they match ({@code CURRENT} or {@code STALE}).
 */
final class ApprovalFiles {

    private ApprovalFiles() {
    }

    /** @return one approval and the content it approves */
    static Map<String, Object> approval(ApprovalModel.Bound b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("approves", b.kind().label());
        m.put("subject", b.subject());
        m.put("by", b.approval().by());
        m.put("role", b.approval().role());
        m.put("date", b.approval().date());
        m.put("meaning", b.approval().meaning().word());
        m.put("fingerprint", b.approval().fingerprint());
        m.put("contentNow", b.now());
        m.put("status", b.status());
        return m;
    }

    /** @return the approvals of one kind, and for records of one subject, in file order */
    static List<Object> of(ApprovalModel model, ApprovalModel.Kind kind, String subject) {
        return model.approvals().stream().filter(b -> b.kind() == kind && (subject == null
                || b.subject().equals(subject))).<Object>map(ApprovalFiles::approval).toList();
    }

    /** @return the manifest's release approval: file, version, content fingerprint, status and the approvals */
    static Map<String, Object> release(ApprovalModel model) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", model.release().present() ? model.release().source() : null);
        m.put("version", model.version());
        m.put("contentFingerprint", model.contentFingerprint());
        m.put("status", model.releaseStatus().name());
        m.put("approvals", of(model, ApprovalModel.Kind.RELEASE, null));
        return m;
    }
}
