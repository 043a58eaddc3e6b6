package io.github.iec62304.core.read.release;

import io.github.iec62304.core.model.approval.ReleaseApproval;
import io.github.iec62304.core.model.approval.ReleaseApprovals;
import io.github.iec62304.core.read.FieldCheck;
import io.github.iec62304.core.read.StrictYaml;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the release approvals ({@code src/iec62304/release-approval.yaml}): each names the version it approves and
 * the approval (by, role, date, meaning) of that release's content fingerprint, which every build prints. Strict like
 * every register: an unknown or missing field, a meaning other than review, approval or responsibility, an unreadable
 * date or a malformed fingerprint is an error with file and line.
 */
public final class ReleaseApprovalReader {

    private static final StrictYaml.ListField<Entry> APPROVALS = new StrictYaml.ListField<>("approvals",
            "release approval", Entry.class, "version, by, role, date, meaning and fingerprint");

    record Entry(String version, String by, String role, String date, String meaning, String fingerprint) {
    }

    private final StrictYaml yaml = new StrictYaml();

    /**
     * @param in     the file
     * @param source its name in messages
     */
    public ReleaseApprovals read(InputStream in, String source) {
        Map<String, List<StrictYaml.Located<?>>> lists = yaml.read(in, source, List.of(APPROVALS),
                "the file has one field, 'approvals' (a list)");
        List<ReleaseApproval> approvals = new ArrayList<>();
        for (StrictYaml.Located<?> located : lists.getOrDefault(APPROVALS.name(), List.of())) {
            Entry e = (Entry) located.value();
            int line = located.line();
            String version = FieldCheck.required(e.version(), "'version' of a release approval", source, line);
            approvals.add(new ReleaseApproval(version, new ApprovalEntry(e.by(), e.role(), e.date(), e.meaning(),
                    e.fingerprint()).approval(" of release " + version, source, line)));
        }
        return new ReleaseApprovals(source, approvals, true);
    }
}
