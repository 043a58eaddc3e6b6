package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleVerdict;
import io.github.iec62304.core.evaluate.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@value #NAME}: the gate results as a JUnit XML report, so the test tabs of Jenkins ({@code junit}), GitLab
 * ({@code artifacts:reports:junit}) and GitHub (a JUnit report action) show them next to the unit tests.
 *
 * <p>One {@code <testcase>} per rule and subject ({@code classname} {@code iec62304.<RULE-ID>}, {@code name} the
 * subject): a failure when the rule reported an ERROR about it, with the first message as the {@code message}
 * attribute and every finding in the body. JUnit knows no warning: a WARN or WAIVED finding is a passing test
 * case whose {@code system-out} holds the finding, each line starting with {@code WARN} or {@code WAIVED} (and the
 * waiver), so a CI tab never counts it as a failure and a reader still sees it. A rule without findings is one test
 * case named by its title: passed, or skipped with the reason when it does not apply (NOT_APPLICABLE) or is OFF.
 *
 * <p>Written flat in the bundle, not in a {@code junit/} folder: the plugin owns its evidence directory only while
 * it holds nothing but the files it writes (see {@link BundleOwnership}), and one more name is simpler to own than
 * a folder. The name is lower case because the zip's entries are sorted and its first one must stay
 * {@code anomalies.csv}. Deterministic: no time stamps, no host name, {@code time="0"} (the gates take no time of
 * their own worth reporting).
 */
final class JunitReport {

    /** Name of the file in the bundle. */
    static final String NAME = "iec62304-junit.xml";

    private JunitReport() {
    }

    /** One test case: a rule about one subject, or a rule as a whole. */
    private record Case(String rule, String name, List<Violation> findings, String skipped) {

        boolean failed() {
            return findings.stream().anyMatch(v -> v.level() == Level.ERROR);
        }
    }

    /**
     * @param report the gate outcome
     * @param suite  the suite's name: the project's {@code groupId:artifactId}
     */
    static void write(OutputStream out, GateReport report, String suite) throws IOException {
        List<Case> cases = cases(report);
        long failures = cases.stream().filter(Case::failed).count();
        long skipped = cases.stream().filter(c -> c.skipped() != null).count();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            counts(xml, "IEC 62304 gates", cases.size(), failures, skipped);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            counts(xml, "iec62304:" + suite, cases.size(), failures, skipped);
            for (Case c : cases) {
                writeCase(xml, c);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write " + NAME + ": " + e.getMessage(), e);
        }
    }

    private static void counts(XMLStreamWriter xml, String name, long tests, long failures, long skipped)
            throws XMLStreamException {
        xml.writeAttribute("name", text(name));
        xml.writeAttribute("tests", Long.toString(tests));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", Long.toString(skipped));
        xml.writeAttribute("time", "0");
    }

    /** @return the test cases in rule order, each rule's subjects sorted */
    static List<Case> cases(GateReport report) {
        Map<String, TreeMap<String, List<Violation>>> byRule = new LinkedHashMap<>();
        for (Violation v : report.violations()) {
            byRule.computeIfAbsent(v.ruleId(), r -> new TreeMap<>()).computeIfAbsent(v.subject(),
                    s -> new ArrayList<>()).add(v);
        }
        List<Case> cases = new ArrayList<>();
        for (RuleVerdict r : report.rules()) {
            TreeMap<String, List<Violation>> subjects = byRule.remove(r.id());
            if (subjects != null) {
                subjects.forEach((subject, findings) -> cases.add(new Case(r.id(), subject, findings, null)));
            } else {
                cases.add(new Case(r.id(), r.title(), List.of(), skipReason(r)));
            }
        }
        // a violation of a rule without a verdict cannot happen; should it, it must not be lost
        byRule.forEach((rule, subjects) -> subjects.forEach((subject, findings) ->
                cases.add(new Case(rule, subject, findings, null))));
        return cases;
    }

    private static String skipReason(RuleVerdict r) {
        if (RuleVerdict.NOT_APPLICABLE.equals(r.verdict())) {
            return "NOT_APPLICABLE: " + (r.reason() == null ? "the rule does not apply to this build" : r.reason());
        }
        if ("OFF".equals(r.verdict())) {
            return "OFF: the rule is turned off for every safety class present (see the rules configuration)";
        }
        return null;
    }

    private static void writeCase(XMLStreamWriter xml, Case c) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "iec62304." + text(c.rule()));
        xml.writeAttribute("name", text(c.name()));
        xml.writeAttribute("time", "0");
        if (c.skipped() != null) {
            xml.writeCharacters("\n      ");
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", text(c.skipped()));
        } else if (c.failed()) {
            Violation first = c.findings().stream().filter(v -> v.level() == Level.ERROR).findFirst().orElseThrow();
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", text(first.message()));
            xml.writeAttribute("type", c.rule());
            xml.writeCharacters(text(lines(c.findings())));
            xml.writeEndElement();
        } else if (!c.findings().isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(text(lines(c.findings())));
            xml.writeEndElement();
        }
        if (c.skipped() != null || !c.findings().isEmpty()) {
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    /** @return every finding, one line each, starting with its level (WAIVED lines name the waiver) */
    private static String lines(List<Violation> findings) {
        StringBuilder b = new StringBuilder();
        for (Violation v : findings) {
            String line = v.format();
            b.append(line.startsWith("WAIVED ") ? line : v.level().name() + " " + line);
            if (v.location() != null) {
                b.append(" (at ").append(v.location().file());
                if (v.location().line() > 0) {
                    b.append(':').append(v.location().line());
                }
                b.append(')');
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * @return {@code s} with the characters XML 1.0 cannot hold (control characters of a YAML title, lone
     *         surrogates) replaced by U+FFFD; the writer escapes {@code < > & "} itself
     */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b.toString();
    }
}
