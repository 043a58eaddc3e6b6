package io.github.iec62304.core.validation;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the validation record: {@value #JSON} for machines and {@value #MARKDOWN} for the QMS (printable). The
 * output directory may be absent, empty or hold an earlier record of this goal, and nothing else: the goal never
 * replaces a file it did not write.
 */
public final class ValidationRecordWriter {

    /** The machine-readable record. */
    public static final String JSON = "validation-record.json";
    /** The human-readable record. */
    public static final String MARKDOWN = "validation-record.md";
    /** The {@code format} of {@value #JSON}, which marks it as this goal's. */
    public static final String FORMAT = "iec62304-validation/1";

    private static final String PARTIAL = ".partial";
    /** The record's files, and the temporary files a run killed while writing them leaves. */
    private static final Set<String> NAMES = Set.of(JSON, MARKDOWN, JSON + PARTIAL, MARKDOWN + PARTIAL);

    private ValidationRecordWriter() {
    }

    /**
     * @return why the goal may not write into {@code dir}, or {@code null} when it may (absent, empty, or only an
     *         earlier record of this goal)
     */
    public static String whyNotOurs(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return dir + " is not a directory";
        }
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                if (!NAMES.contains(p.getFileName().toString()) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    foreign.add(p.getFileName().toString());
                }
            }
            Path json = dir.resolve(JSON);
            boolean jsonExists = Files.exists(json);
            if (foreign.isEmpty() && jsonExists
                    && !Files.readString(json, StandardCharsets.UTF_8).contains("\"format\" : \"" + FORMAT + "\"")) {
                foreign.add(JSON + " (not a record of this goal)");
            } else if (foreign.isEmpty() && !jsonExists && Files.exists(dir.resolve(MARKDOWN))) {
                foreign.add(MARKDOWN + " (without the " + JSON + " that would show it is this goal's)");
            }
        } catch (IOException e) {
            return dir + " cannot be read: " + e.getMessage();
        }
        return foreign.isEmpty() ? null : dir + " holds files this goal did not write (" + String.join(", ", foreign)
                + "): it never replaces them. Choose another directory with -Diec62304.validationDirectory=<dir> or "
                + "move them away.";
    }

    /**
     * Writes both files (each through a temporary file, so a reader never sees half a record).
     *
     * @throws IllegalStateException when {@code dir} holds files this goal did not write (nothing is written)
     */
    public static void write(ValidationRecord record, Path dir) {
        String refused = whyNotOurs(dir);
        if (refused != null) {
            throw new IllegalStateException(refused);
        }
        try {
            Files.createDirectories(dir);
            replace(dir.resolve(JSON), json(record));
            replace(dir.resolve(MARKDOWN), ValidationRecordText.markdown(record).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + PARTIAL);
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** @return the record as JSON, keys in a fixed order */
    static byte[] json(ValidationRecord r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("result", r.passed() ? "PASS" : "FAIL");
        root.put("date", r.date().toString());
        root.put("toolVersion", r.toolVersion());
        root.put("artifacts", r.artifacts().stream().map(a -> map("role", a.role(), "location", a.location(),
                "sha256", a.sha256())).toList());
        ValidationEnvironment e = r.environment();
        root.put("environment", map("osName", e.osName(), "osVersion", e.osVersion(), "osArch", e.osArch(),
                "javaVendor", e.javaVendor(), "javaVersion", e.javaVersion(), "javaHome", e.javaHome(),
                "mavenVersion", e.mavenVersion(), "defaultCharset", e.charset(), "locale", e.locale(),
                "timeZone", e.timeZone()));
        root.put("manifestSha256", r.manifestSha256());
        root.put("casesOrigin", r.casesOrigin());
        root.put("cases", r.cases().stream().map(ValidationRecordWriter::caseTree).toList());
        root.put("rules", r.rules().stream().map(c -> map("rule", c.rule(), "cases", c.cases(), "notCovered",
                c.notCovered(), "limits", c.limits())).toList());
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        try {
            return new ObjectMapper().writer(new DefaultPrettyPrinter().withObjectIndenter(indenter)
                    .withArrayIndenter(indenter)).writeValueAsBytes(root);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Map<String, Object> caseTree(CaseResult c) {
        return map("name", c.name(), "description", c.description(), "result", c.passed() ? "PASS" : "FAIL",
                "shippedCase", c.integrity().isEmpty(), "integrity", c.integrity(),
                "expected", outcome(c.expected()), "actual", outcome(c.actual()), "differences", c.differences());
    }

    private static Map<String, Object> outcome(Outcome o) {
        if (o == null) {
            return null;
        }
        return map("verdict", o.verdict().label(), "buildError", o.buildError(), "violations", o.findings().stream()
                .map(f -> map("rule", f.rule(), "level", f.level(), "subject", f.subject(), "count", f.count())).toList(), "log", o.log());
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
