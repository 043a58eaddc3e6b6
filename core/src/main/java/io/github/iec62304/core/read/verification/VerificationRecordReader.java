package io.github.iec62304.core.read.verification;

import io.github.iec62304.core.model.verification.VerificationMethod;
import io.github.iec62304.core.model.verification.VerificationRecord;
import io.github.iec62304.core.model.verification.VerificationRegister;
import io.github.iec62304.core.read.FieldCheck;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.Sha256;
import io.github.iec62304.core.read.StrictYaml;
import io.github.iec62304.core.read.release.Dates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the executed verification records ({@code src/iec62304/verification-records.yaml}): manual test protocols,
 * inspections, analyses and demonstrations, with who executed them on which version and their result, and the files
 * kept with them. Every problem is an {@link InputException} naming the file, the line and the field; an attachment
 * must be a file below the register's folder (its SHA-256 goes into the evidence).
 */
public final class VerificationRecordReader {

    private static final StrictYaml.ListField<Entry> RECORDS = new StrictYaml.ListField<>("records", "record",
            Entry.class, "id, method, protocol, protocolRevision, requirements, version, executedBy, date and result");

    record Entry(String id, String method, String protocol, String protocolRevision, List<String> requirements,
                 String version, String commit, String executedBy, String date, String result,
                 List<String> deviations, List<String> attachments) {
    }

    private final StrictYaml yaml = new StrictYaml();

    /**
     * @param in     the register
     * @param source its name in messages
     * @param folder the folder the register is in: attachments are relative to it
     */
    public VerificationRegister read(InputStream in, String source, Path folder) {
        Map<String, List<StrictYaml.Located<?>>> lists = yaml.read(in, source, List.of(RECORDS),
                "the file has one field, 'records' (a list)");
        return new VerificationRegister(source, StrictYaml.unique(lists.getOrDefault(RECORDS.name(), List.of()),
                (Entry e, int line) -> record(e, source, line, folder), VerificationRecord::id,
                (id, first) -> "duplicate verification record '" + id + "' (first at line " + first + ")", source));
    }

    private static VerificationRecord record(Entry e, String source, int line, Path folder) {
        String id = FieldCheck.id(e.id(), source, line, "VR-2026-011");
        String of = " of verification record " + id;
        String methodName = FieldCheck.required(e.method(), "'method'" + of, source, line);
        VerificationMethod method = VerificationMethod.of(methodName).filter(m -> m != VerificationMethod.TEST)
                .orElseThrow(() -> new InputException(source, line, "field 'method'" + of + ": '" + methodName
                        + "' is not one of manual-test, inspection, analysis, demonstration (automated tests are "
                        + "evidence of the build itself: @Verifies)"));
        List<String> requirements = FieldCheck.ids(e.requirements(), "'requirements'" + of, source, line);
        if (requirements.isEmpty()) {
            throw new InputException(source, line, "field 'requirements'" + of + " is missing or empty: a record "
                    + "verifies at least one requirement");
        }
        String date = Dates.optional(FieldCheck.required(e.date(), "'date'" + of, source, line), "'date'" + of,
                source, line);
        VerificationRecord.Result result = result(e.result(), of, source, line);
        List<String> deviations = FieldCheck.ids(e.deviations(), "'deviations'" + of, source, line);
        if (result == VerificationRecord.Result.PASS_WITH_DEVIATIONS && deviations.isEmpty()) {
            throw new InputException(source, line, "field 'deviations'" + of + " is missing: a record that passed "
                    + "with deviations names each as an anomaly of anomalies.yaml");
        }
        if (result != VerificationRecord.Result.PASS_WITH_DEVIATIONS && !deviations.isEmpty()) {
            throw new InputException(source, line, "field 'deviations'" + of + " is given, but the result is "
                    + result.label() + "; write result: pass-with-deviations");
        }
        String commit = e.commit() == null || e.commit().isBlank() ? null : e.commit().strip();
        if (commit != null && !commit.matches("[0-9a-fA-F]{7,40}")) {
            throw new InputException(source, line, "field 'commit'" + of + ": '" + commit + "' is not a git commit "
                    + "id (7 to 40 hexadecimal digits)");
        }
        return new VerificationRecord(id, method, FieldCheck.required(e.protocol(), "'protocol'" + of, source, line),
                FieldCheck.required(e.protocolRevision(), "'protocolRevision'" + of, source, line), requirements,
                FieldCheck.required(e.version(), "'version'" + of, source, line), commit == null ? null
                : commit.toLowerCase(Locale.ROOT), FieldCheck.required(e.executedBy(), "'executedBy'" + of, source,
                line), date, result, deviations, attachments(e.attachments(), of, source, line, folder), line);
    }

    private static VerificationRecord.Result result(String value, String of, String source, int line) {
        String r = FieldCheck.required(value, "'result'" + of, source, line).toLowerCase(Locale.ROOT);
        for (VerificationRecord.Result result : VerificationRecord.Result.values()) {
            if (result.label().equals(r)) {
                return result;
            }
        }
        throw new InputException(source, line, "field 'result'" + of + ": '" + value + "' is not one of pass, fail, "
                + "pass-with-deviations");
    }

    /** Each attachment is a regular file below the register's folder, read once for its SHA-256. */
    private static List<VerificationRecord.Attachment> attachments(List<String> paths, String of, String source,
                                                                   int line, Path folder) {
        List<VerificationRecord.Attachment> result = new ArrayList<>();
        for (String p : paths == null ? List.<String>of() : paths) {
            String path = FieldCheck.required(p, "'attachments'" + of + " (an empty item)", source, line)
                    .replace('\\', '/');
            if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || List.of(path.split("/")).contains("..")) {
                throw new InputException(source, line, "attachment '" + p + "'" + of + " must be a path relative "
                        + "to the register's folder, without '..'");
            }
            Path file = folder.resolve(path).normalize();
            if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new InputException(source, line, "attachment '" + p + "'" + of + " not found (looked for "
                        + file + "); add the file or correct the path (relative to the register's folder)");
            }
            if (!inside(file, folder)) { // a linked folder on the way: the file would be copied into the bundle
                throw new InputException(source, line, "attachment '" + p + "'" + of + " is reached through a "
                        + "link to outside the register's folder; keep the file itself below the folder");
            }
            result.add(new VerificationRecord.Attachment(path, file, digest(file, source, line)));
        }
        return result;
    }

    /** @return whether the file, all links resolved, is below the folder, all links resolved */
    private static boolean inside(Path file, Path folder) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static String digest(Path file, String source, int line) {
        try (InputStream raw = Files.newInputStream(file); Sha256.DigestingStream in = new Sha256.DigestingStream(raw)) {
            return in.finish(); // reads the whole file
        } catch (IOException e) {
            throw new InputException(source, line, "attachment " + file + " cannot be read: " + e, e);
        }
    }
}
