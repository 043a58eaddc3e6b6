package io.github.iec62304.core.read.surefire;

import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.SafeXml;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams one surefire/failsafe {@code TEST-*.xml} report (JUnit XML) into test cases.
 *
 * <p>Why not surefire-report-parser (on the design card): its {@code TestSuiteXmlParser} creates its own
 * {@code SAXParserFactory} inside {@code parse()}, which resolves DTDs and external entities (XXE), and its
 * handler state is only initialised there, so it cannot be driven by a hardened parser without reading every
 * file twice; it also keeps every stack trace in memory, and {@code SurefireReportParser} aborts the whole
 * directory on one malformed file. This reader refuses any DOCTYPE, keeps no stack traces, and reports the
 * file and line of a problem.
 *
 * <p>Outcome per case: {@code failure} FAILED, {@code error} ERROR, {@code skipped} SKIPPED, otherwise PASSED;
 * {@code flakyFailure}/{@code flakyError} and {@code rerunFailure}/{@code rerunError} count as re-runs; a flaky test
 * that passed keeps its first failed attempt's message as {@code failed attempt: <message>}. A case without
 * {@code classname} belongs to its suite. A {@code <skipped>} without {@code message} gives its text as the message
 * (maven-invoker-plugin writes the reason so). A {@code <testsuite>} that counts errors or failures of which none of
 * its cases (nested suites' included) names one makes each of its cases an ERROR: maven-invoker-plugin reports a
 * build that ended in an error as {@code errors="1"} and a {@code <testcase>} without a child, which would otherwise
 * read as passed. One that counts more than its cases name (a failure, an error or a re-run) makes each of its other
 * cases an ERROR: which of them hides the failure the report does not say.
 */
public final class TestReportReader {

    private static final int MAX_MESSAGE = 300;
    /** How the message of a flaky test's failed attempt is kept for the test that passed in the end. */
    static final String FAILED_ATTEMPT = "failed attempt: ";
    private final XMLInputFactory factory = SafeXml.inputFactory();

    /**
     * @param in     the report bytes
     * @param source the report, relative to the project, for messages and the test record
     * @return the cases in file order
     * @throws InputException naming the file and line when the report is not well-formed or holds a DOCTYPE
     */
    public List<ReportedCase> read(InputStream in, String source) {
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            return readCases(xml, source);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new InputException(source, line, "is not a well-formed test report ("
                    + problem(e) + "); delete it and re-run the tests", e);
        } finally {
            close(xml);
        }
    }

    private List<ReportedCase> readCases(XMLStreamReader xml, String source) throws XMLStreamException {
        List<ReportedCase> cases = new ArrayList<>();
        Deque<Suite> suites = new ArrayDeque<>();
        CaseBuilder current = null;
        boolean rootSeen = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new InputException(source, xml.getLocation().getLineNumber(), "contains a DOCTYPE, which "
                        + "surefire and failsafe never write; refusing it (external entities are not read)");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                if (!rootSeen) {
                    rootSeen = true;
                    if (!"testsuite".equals(element) && !"testsuites".equals(element)) {
                        throw new InputException(source, xml.getLocation().getLineNumber(), "is not a JUnit XML "
                                + "test report (root element <" + element + ">, expected <testsuite>)");
                    }
                }
                if ("testsuite".equals(element)) {
                    suites.push(new Suite(suiteName(xml), count(xml, "errors") + count(xml, "failures"),
                            cases.size()));
                } else if ("testcase".equals(element)) {
                    current = new CaseBuilder(xml, suites.isEmpty() ? "" : suites.peek().name);
                } else if (current != null) {
                    current.child(element, xml);
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && current != null && current.wantsText()) { // not system-out: invoker's holds the build log
                current.text(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String element = xml.getLocalName();
                if ("testcase".equals(element) && current != null) {
                    ReportedCase c = current.build(source);
                    cases.add(c);
                    int named = Math.max(current.failuresAndErrors, isProblem(c) ? 1 : 0);
                    suites.forEach(s -> s.problems += named);
                    current = null;
                } else if (current != null) {
                    current.end(element);
                } else if ("testsuite".equals(element) && !suites.isEmpty()) {
                    Suite done = suites.pop();
                    int marked = done.markUnnamedProblems(cases);
                    suites.forEach(s -> s.problems += marked);
                }
            }
        }
        return cases;
    }

    /** @return a count attribute of a {@code <testsuite>}, 0 when absent or not a number */
    private static int count(XMLStreamReader xml, String name) {
        String value = attribute(xml, name);
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * An open {@code <testsuite>}: the errors and failures it counts, and how many of its cases (nested suites'
     * included) name a failure, an error or a re-run.
     */
    private static final class Suite {
        private final String name;
        private final int counted;
        private final int firstCase;
        private int problems;

        Suite(String name, int counted, int firstCase) {
            this.name = name;
            this.counted = counted;
            this.firstCase = firstCase;
        }

        /**
         * A suite that counts errors or failures none of its cases names (maven-invoker-plugin's report of a build
         * that ended in an error): the counts are not trusted to pass anything, so each of its cases is an ERROR.
         *
         * @return how many cases were marked
         */
        int markUnnamedProblems(List<ReportedCase> cases) {
            if (counted <= problems) {
                return 0;
            }
            String message = problems == 0 ? "its <testsuite> counts " + counted + " error(s) and failure(s), but none "
                    + "of its test cases has a <failure> or <error> (maven-invoker-plugin reports a build that ended "
                    + "in an error this way)"
                    : "its <testsuite> counts " + counted + " error(s) and failure(s), but only " + problems + " of its "
                    + "test cases has a <failure>, an <error> or a re-run: the others are not trusted to have passed "
                    + "or been skipped";
            int marked = 0;
            for (int i = firstCase; i < cases.size(); i++) {
                ReportedCase c = cases.get(i);
                if (problems == 0 || !isProblem(c)) {
                    cases.set(i, new ReportedCase(c.className(), c.name(), TestOutcome.ERROR, c.timeSeconds(),
                            c.reruns(), message, c.source()));
                    marked++;
                }
            }
            return marked;
        }
    }

    /** @return whether a suite's errors or failures count may include this case */
    private static boolean isProblem(ReportedCase c) {
        return c.outcome() == TestOutcome.FAILED || c.outcome() == TestOutcome.ERROR || c.reruns() > 0;
    }

    private static String suiteName(XMLStreamReader xml) {
        String name = attribute(xml, "name");
        String group = attribute(xml, "group");
        return group == null || group.isBlank() ? (name == null ? "" : name) : group + "." + name;
    }

    private static String attribute(XMLStreamReader xml, String name) {
        return xml.getAttributeValue(null, name);
    }

    /** The first line of the parser's message (Woodstox puts the position on the next line; the JDK's parser puts
     * it first and the problem after "Message: "). */
    private static String problem(XMLStreamException e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        int start = text.indexOf("Message: ");
        return firstLine(start < 0 ? text : text.substring(start + "Message: ".length()));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        int nl = t.indexOf('\n');
        t = nl < 0 ? t : t.substring(0, nl).strip();
        return t.length() > MAX_MESSAGE ? t.substring(0, MAX_MESSAGE) + "..." : t;
    }

    /** @return the first line of a test's message, at most {@value #MAX_MESSAGE} characters; a longer one says it
     *          was truncated and how long the reported message was */
    static String messageOf(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl).strip();
        return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "... (message truncated: the report's "
                + "message has " + t.length() + " characters)" : line;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release
            }
        }
    }

    /** Collects one {@code <testcase>} and its children. */
    private static final class CaseBuilder {
        private final String className;
        private final String name;
        private double time;
        private TestOutcome outcome = TestOutcome.PASSED;
        private int reruns;
        /** Its {@code <failure>} and {@code <error>} children: pytest gives a test failing in its call and in its
         *  teardown both, and counts both in its suite. */
        private int failuresAndErrors;
        private String message = "";
        private String failedAttempt = "";
        /** The text of a {@code <skipped>} without a {@code message} attribute (maven-invoker-plugin's reason). */
        private StringBuilder skippedText;

        CaseBuilder(XMLStreamReader xml, String suite) {
            String cls = attribute(xml, "classname");
            this.className = cls == null || cls.isBlank() ? suite : cls.strip();
            String n = attribute(xml, "name");
            this.name = n == null ? "" : n.strip();
            this.time = parseTime(attribute(xml, "time"));
        }

        void child(String element, XMLStreamReader xml) throws XMLStreamException {
            switch (element) {
                case "failure" -> {
                    set(TestOutcome.FAILED, xml);
                    failuresAndErrors++;
                }
                case "error" -> {
                    set(TestOutcome.ERROR, xml);
                    failuresAndErrors++;
                }
                case "skipped" -> {
                    set(TestOutcome.SKIPPED, xml);
                    String m = attribute(xml, "message");
                    skippedText = m == null || m.isBlank() ? new StringBuilder() : null;
                }
                case "flakyFailure", "flakyError" -> {
                    reruns++;
                    String m = attribute(xml, "message");
                    if (failedAttempt.isEmpty() && m != null && !m.isBlank()) {
                        failedAttempt = FAILED_ATTEMPT + messageOf(m);
                    }
                }
                case "rerunFailure", "rerunError" -> reruns++;
                case "time" -> time = parseTime(xml.getElementText());
                default -> {
                    // system-out, system-err, stackTrace, properties: not evidence we keep
                }
            }
        }

        boolean wantsText() {
            return skippedText != null && skippedText.length() < MAX_MESSAGE * 4;
        }

        void text(String chars) {
            if (wantsText()) {
                skippedText.append(chars);
            }
        }

        void end(String element) {
            if ("skipped".equals(element) && skippedText != null) {
                if (message.isEmpty() && !skippedText.toString().isBlank()) {
                    message = messageOf(skippedText.toString());
                }
                skippedText = null;
            }
        }

        private void set(TestOutcome o, XMLStreamReader xml) {
            if (o.ordinal() > outcome.ordinal() || message.isEmpty()) {
                String m = attribute(xml, "message");
                if (m != null && !m.isBlank()) {
                    message = messageOf(m);
                }
            }
            outcome = outcome.worst(o);
        }

        ReportedCase build(String source) {
            String m = outcome == TestOutcome.PASSED && message.isEmpty() ? failedAttempt : message;
            return new ReportedCase(className, name, outcome, time, reruns, m, source);
        }

        private static double parseTime(String text) {
            if (text == null || text.isBlank()) {
                return 0;
            }
            try {
                double t = Double.parseDouble(text.strip().replace(",", ""));
                return Double.isFinite(t) && t >= 0 ? t : 0;
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
