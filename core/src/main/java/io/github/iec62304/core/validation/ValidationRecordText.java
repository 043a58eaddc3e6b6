package io.github.iec62304.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/** The validation record as Markdown: what a QA engineer prints, signs and files. */
final class ValidationRecordText {

    private ValidationRecordText() {
    }

    static String markdown(ValidationRecord r) {
        StringBuilder md = new StringBuilder();
        md.append("# Validation record: iec62304-maven-plugin ").append(r.toolVersion()).append("\n\n");
        md.append("**Result: ").append(r.passed() ? "PASS" : "FAIL").append("** - ")
                .append(r.cases().size() - r.failures().size()).append(" of ").append(r.cases().size())
                .append(" reference cases gave exactly their expected verdict and violations")
                .append(r.failures().isEmpty() ? "." : "; failed: " + r.failures().stream().map(CaseResult::name)
                        .collect(Collectors.joining(", ")) + ".").append("\n\n");
        md.append("Installation and operational qualification of the tool for its intended use (IEC 62304 5.1.10, 8.1; "
                + "ISO 13485 4.1.6): every bundled reference case was run through the tool's real check in this "
                + "environment, and its verdict and violations compared with the expected ones.\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Date", r.date().toString());
        row(md, "Plugin version", r.toolVersion());
        for (ToolArtifact a : r.artifacts()) {
            row(md, "Jar (" + a.role() + ")", a.location() + "<br>sha256 " + (a.sha256() == null
                    ? "none: not loaded from a jar" : a.sha256()));
        }
        row(md, "Reference cases", r.casesOrigin());
        row(md, "Shipped manifest sha256", r.manifestSha256());
        ValidationEnvironment e = r.environment();
        row(md, "Operating system", e.osName() + " " + e.osVersion() + " (" + e.osArch() + ")");
        row(md, "Java", e.javaVendor() + " " + e.javaVersion() + " at " + e.javaHome());
        row(md, "Maven", e.mavenVersion() == null ? "not run from Maven" : e.mavenVersion());
        row(md, "Default charset, locale, time zone", e.charset() + ", " + e.locale() + ", " + e.timeZone());
        md.append("\n## Cases\n\n| Case | Expected | Actual | Result |\n|---|---|---|---|\n");
        for (CaseResult c : r.cases()) {
            md.append("| ").append(cell(c.name())).append(" | ").append(summary(c.expected())).append(" | ")
                    .append(summary(c.actual())).append(" | ").append(c.passed() ? "PASS" : "**FAIL**").append(" |\n");
        }
        for (CaseResult c : r.cases()) {
            md.append("\n### ").append(c.name()).append(": ").append(c.passed() ? "PASS" : "FAIL").append("\n\n");
            if (!c.description().isBlank()) {
                md.append(c.description().strip()).append("\n\n");
            }
            list(md, "Not the shipped case", c.integrity());
            list(md, "Differences", c.differences());
            if (c.expected() != null) {
                list(md, "Expected: " + c.expected().verdict().label(), c.expected().findings().stream()
                        .map(Finding::toString).toList());
            }
            if (c.actual() != null) {
                list(md, "Actual: " + c.actual().verdict().label(), c.actual().buildError() != null
                        ? List.of(c.actual().buildError()) : c.actual().log());
            }
        }
        md.append("\n## Rules\n\n| Rule | Exercised by |\n|---|---|\n");
        for (RuleCoverage rule : r.rules()) {
            md.append("| ").append(rule.rule()).append(" | ").append(rule.cases().isEmpty()
                    ? "not covered by a reference case: " + cell(rule.notCovered())
                    : cell(String.join(", ", rule.cases()) + (rule.limits() == null ? ""
                    : "<br>Not exercised: " + rule.limits()))).append(" |\n");
        }
        md.append("\n## Approval\n\nReviewed and approved for the intended use described in the software development "
                + "plan:\n\n| Name | Role | Date | Signature |\n|---|---|---|---|\n| | | | |\n");
        return md.toString();
    }

    private static String summary(Outcome o) {
        if (o == null) {
            return "-";
        }
        return o.verdict().label() + (o.findings().isEmpty() ? "" : ", " + o.findings().size() + " violation(s)");
    }

    private static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(cell(value)).append(" |\n");
    }

    private static void list(StringBuilder md, String title, List<String> items) {
        if (items.isEmpty() && !title.startsWith("Expected") && !title.startsWith("Actual")) {
            return;
        }
        md.append("**").append(title).append("**").append(items.isEmpty() ? ": no violations\n\n" : "\n\n");
        items.forEach(i -> md.append("- ").append(i.replace("\n", " ").replace("<", "&lt;")).append("\n"));
        if (!items.isEmpty()) {
            md.append("\n");
        }
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ").replace("<br>", "\u0000")
                .replace("<", "&lt;").replace("\u0000", "<br>");
    }
}
