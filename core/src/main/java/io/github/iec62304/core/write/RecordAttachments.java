package io.github.iec62304.core.write;

import io.github.iec62304.core.model.verification.VerificationRecord;
import io.github.iec62304.core.model.verification.VerificationRegister;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names the files kept with the verification records get in the bundle: {@code record-<record id>-<file name>},
 * with a number before the file name when one record keeps two files of one name (from other folders), so no file
 * replaces another. A {@code :} of a record id becomes {@code _} (not allowed in Windows file names).
 */
public final class RecordAttachments {

    private RecordAttachments() {
    }

    /** @return per record (in register order), the bundle name of each of its attachments (in record order) */
    public static List<List<String>> names(VerificationRegister register) {
        Set<String> taken = new HashSet<>();
        List<List<String>> names = new ArrayList<>();
        for (VerificationRecord r : register.records()) {
            List<String> ofRecord = new ArrayList<>();
            String base = BundleOwnership.RECORD_FILE + r.id().replace(':', '_') + "-";
            for (VerificationRecord.Attachment a : r.attachments()) {
                String file = a.file().getFileName().toString();
                String name = base + file;
                for (int n = 2; !taken.add(name); n++) {
                    name = base + n + "-" + file;
                }
                ofRecord.add(name);
            }
            names.add(ofRecord);
        }
        return names;
    }
}
