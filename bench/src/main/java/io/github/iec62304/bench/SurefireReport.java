package io.github.iec62304.bench;

import io.github.iec62304.bench.DeviceModel.ProductionClass;
import java.io.StringWriter;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The {@code TEST-<class>.xml} that surefire 3.x writes for one test class: the suite with the forked JVM's
 * properties (a shortened set of what surefire records) and one {@code <testcase>} per test method. Every 97th
 * class's first test passed on a re-run ({@code <flakyFailure>}); in class A items every 40th class's last test is
 * skipped ({@code @Disabled}).
 */
final class SurefireReport {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();
    private static final String[][] PROPERTIES = {
        {"java.specification.version", "17"}, {"java.vendor", "Eclipse Adoptium"},
        {"java.vm.name", "OpenJDK 64-Bit Server VM"}, {"java.runtime.version", "17.0.15+6"},
        {"os.name", "Linux"}, {"os.arch", "amd64"}, {"os.version", "6.8.0-1021"}, {"file.encoding", "UTF-8"},
        {"user.dir", "/builds/device/infusion-pump-software"}, {"user.name", "ci"}, {"user.language", "en"},
        {"surefire.test.class.path", "/builds/device/infusion-pump-software/target/test-classes:"
                + "/builds/device/infusion-pump-software/target/classes:/home/ci/.m2/repository/org/junit/jupiter/"
                + "junit-jupiter-api/5.12.2/junit-jupiter-api-5.12.2.jar:/home/ci/.m2/repository/org/opentest4j/"
                + "opentest4j/1.3.0/opentest4j-1.3.0.jar:/home/ci/.m2/repository/org/junit/platform/"
                + "junit-platform-commons/1.12.2/junit-platform-commons-1.12.2.jar"},
        {"basedir", "/builds/device/infusion-pump-software"}, {"localRepository", "/home/ci/.m2/repository"},
        {"sun.jnu.encoding", "UTF-8"}, {"line.separator", "\n"}, {"path.separator", ":"},
        {"java.io.tmpdir", "/tmp"}, {"sun.java.launcher", "SUN_STANDARD"}, {"java.class.version", "61.0"}};

    private SurefireReport() {
    }

    static String of(ProductionClass c) {
        SplittableRandom rnd = new SplittableRandom(c.seed() ^ 0x5EEDL);
        StringWriter text = new StringWriter(4096);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("xsi:noNamespaceSchemaLocation",
                    "https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd");
            xml.writeAttribute("version", "3.0.2");
            xml.writeAttribute("name", c.testName());
            double[] times = new double[c.tests()];
            double total = 0;
            for (int t = 0; t < times.length; t++) {
                times[t] = rnd.nextInt(1, 40) / 1000.0;
                total += times[t];
            }
            xml.writeAttribute("time", seconds(total));
            xml.writeAttribute("tests", Integer.toString(c.tests()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", c.skippedTest() ? "1" : "0");
            xml.writeAttribute("failures", "0");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("properties");
            for (String[] p : PROPERTIES) {
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement("property");
                xml.writeAttribute("name", p[0]);
                xml.writeAttribute("value", p[1]);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            for (int t = 0; t < c.tests(); t++) {
                xml.writeCharacters("\n  ");
                boolean skipped = c.skippedTest() && t == c.tests() - 1;
                boolean flaky = c.flakyTest() && t == 0;
                if (skipped || flaky) {
                    xml.writeStartElement("testcase");
                } else {
                    xml.writeEmptyElement("testcase");
                }
                xml.writeAttribute("name", c.testMethod(t));
                xml.writeAttribute("classname", c.testName());
                xml.writeAttribute("time", seconds(times[t]));
                if (skipped) {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("skipped");
                    xml.writeAttribute("message", "waits for the pump simulator (ticket DEV-" + (c.index() + 1) + ")");
                    xml.writeCharacters("\n  ");
                    xml.writeEndElement();
                } else if (flaky) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("flakyFailure");
                    xml.writeAttribute("message", "expected: <" + c.constant(0) + "> but was: <0>");
                    xml.writeAttribute("type", "org.opentest4j.AssertionFailedError");
                    xml.writeCharacters("org.opentest4j.AssertionFailedError: expected: <" + c.constant(0)
                            + "> but was: <0>\n\tat " + c.testName() + "." + c.testMethod(0) + "(" + c.simpleName()
                            + "Test.java:" + JavaSources.testLine(0) + ")\n");
                    xml.writeEndElement();
                    xml.writeCharacters("\n  ");
                    xml.writeEndElement();
                }
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }
}
