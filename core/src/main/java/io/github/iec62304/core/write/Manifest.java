package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.RuleVerdict;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.model.release.BuildEnvironment;
import io.github.iec62304.core.project.GitSignature;
import io.github.iec62304.core.project.ProjectInfo;
import io.github.iec62304.core.project.ReferenceDate;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code manifest.json}: what was built, from which commit, which inputs were judged (SHA-256), what every rule
 * concluded, and the SHA-256 of every other file of the bundle.
 */
final class Manifest {

    /** Version of the bundle layout; raised when a file changes incompatibly. */
    static final String FORMAT = "1";

    private Manifest() {
    }

    /**
     * @param content what the bundle documents
     * @param files   SHA-256 (hex) of every other file of the bundle, by name
     */
    static byte[] json(BundleContent content, SortedMap<String, String> files) {
        return BundleFile.bytes(out -> write(out, content, files));
    }

    /** Writes the manifest streamed: one violation at a time (a large SBOM gives 100,000 of them). */
    static void write(OutputStream out, BundleContent content, SortedMap<String, String> files) throws IOException {
        ProjectInfo p = content.project();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "iec62304-evidence/" + FORMAT);
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", "iec62304-maven-plugin");
        tool.put("version", p.toolVersion());
        root.put("tool", tool);
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("groupId", p.groupId());
        project.put("artifactId", p.artifactId());
        project.put("version", p.version());
        project.put("name", p.name());
        root.put("project", project);
        Map<String, Object> safety = new LinkedHashMap<>();
        safety.put("class", content.evidence().systemClass().name());
        safety.put("source", content.classDeclared() ? "declared" : "default: no class declared (IEC 62304 4.3)");
        root.put("safetyClass", safety);
        root.put("buildTimestamp", p.buildTimestamp() == null ? null : p.buildTimestamp().toString());
        ReferenceDate judged = content.evidence().release().referenceDate();
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("date", judged.date().toString());
        reference.put("basis", judged.basis().label());
        reference.put("why", judged.basis().why());
        root.put("referenceDate", reference);
        Map<String, Object> git = null;
        if (p.git() != null) {
            git = new LinkedHashMap<>();
            git.put("commit", p.git().commit());
            git.put("dirty", p.git().dirty());
            if (p.git().signature() != null) { // evidence only: no rule judges it
                git.put("signature", signature(p.git().signature()));
                List<Object> tags = new ArrayList<>();
                p.git().tags().forEach(t -> {
                    Map<String, Object> tag = new LinkedHashMap<>();
                    tag.put("name", t.name());
                    tag.put("signature", signature(t.signature()));
                    tags.add(tag);
                });
                git.put("tags", tags);
            }
        }
        root.put("git", git);
        root.put("releaseBuild", content.evidence().release().releaseBuild());
        root.put("baseline", ReleaseFiles.baseline(content.evidence().regression().baseline()));
        root.put("contentFingerprint", content.evidence().approvals().contentFingerprint());
        root.put("releaseApproval", ApprovalFiles.release(content.evidence().approvals()));
        root.put("buildEnvironment", environment(content.evidence().release().environment()));
        root.put("verdict", content.report().passed() ? "PASSED" : "FAILED");
        root.put("rules", rules(content.report().rules()));
        root.put("violations", new Json.Each<>(content.report().violations(), Manifest::violation));
        List<String> modules = content.inputs().stream().map(InputFile::module).filter(m -> m != null).distinct()
                .sorted().toList();
        if (!modules.isEmpty()) { // a multi-module device: the modules judged (each input names its own)
            root.put("modules", modules);
        }
        root.put("inputs", inputs(content.inputs()));
        List<Object> list = new ArrayList<>();
        files.forEach((name, sha256) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", name);
            m.put("sha256", sha256);
            list.add(m);
        });
        root.put("files", list);
        Json.write(out, root);
    }

    private static Map<String, Object> signature(GitSignature s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", s.status().name());
        m.put("code", s.code());
        m.put("signer", s.signer());
        m.put("key", s.key());
        m.put("fingerprint", s.fingerprint());
        m.put("detail", s.detail());
        return m;
    }

    private static List<Object> rules(List<RuleVerdict> verdicts) {
        List<Object> list = new ArrayList<>();
        for (RuleVerdict v : verdicts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", v.id());
            m.put("clause", v.clause());
            m.put("title", v.title());
            Map<String, Object> levels = new LinkedHashMap<>();
            v.levels().forEach((c, l) -> levels.put(c.name(), l.name()));
            m.put("levels", levels);
            m.put("verdict", v.verdict());
            m.put("errors", v.errors());
            m.put("warnings", v.warnings());
            if (v.reason() != null) {
                m.put("reason", v.reason());
            }
            if (v.waived() > 0) { // only then: a build without waivers keeps its manifest's shape
                m.put("waived", v.waived());
            }
            list.add(m);
        }
        return list;
    }

    /** @return JDK, Maven, OS and plugins of the build (IEC 62304 5.8.5), or {@code null} when unknown */
    private static Map<String, Object> environment(BuildEnvironment e) {
        if (e == null) {
            return null;
        }
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> java = new LinkedHashMap<>();
        java.put("version", e.javaVersion());
        java.put("vendor", e.javaVendor());
        java.put("vm", e.javaVm());
        root.put("java", java);
        root.put("maven", e.mavenVersion());
        Map<String, Object> os = new LinkedHashMap<>();
        os.put("name", e.osName());
        os.put("version", e.osVersion());
        os.put("arch", e.osArch());
        root.put("os", os);
        root.put("plugins", e.plugins());
        return root;
    }

    private static Object violation(Violation v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", v.ruleId());
        m.put("clause", v.clause());
        m.put("level", v.level().name());
        m.put("subject", v.subject());
        m.put("message", v.message());
        if (v.waived() != null) {
            m.put("waivedLevel", v.waived().level().name());
            m.put("waiver", WaiverFiles.waiver(v.waived().waiver(), v.waived().approval()));
        }
        return m;
    }

    private static List<Object> inputs(List<InputFile> inputs) {
        List<Object> list = new ArrayList<>();
        for (InputFile f : inputs.stream().sorted().toList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", f.path());
            if (f.module() != null) {
                m.put("module", f.module());
            }
            m.put("sha256", f.sha256());
            m.put("sha256Of", f.sha256Of().label());
            m.put("files", f.files());
            list.add(m);
        }
        return list;
    }
}
