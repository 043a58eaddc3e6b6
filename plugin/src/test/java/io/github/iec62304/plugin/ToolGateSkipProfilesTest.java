package io.github.iec62304.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The tool's own gate (check-aggregate in plugin-it) is skipped by profiles activated by a property. A property
 * activation without a value activates on any value: -Dinvoker.skip=false or -DskipTests=false, which run the ITs
 * and the tests, must not skip the gate.
 */
class ToolGateSkipProfilesTest {

    @Test
    void aSkipSwitchSkipsTheGateOnlyWhenItIsTrue() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = f.newDocumentBuilder().parse(Path.of("..", "plugin-it", "pom.xml").toFile())
                .getDocumentElement();
        Map<String, String> activation = new TreeMap<>(); // property name -> value it must have ("" for any)
        NodeList profiles = root.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element p = (Element) profiles.item(i);
            if (p.getElementsByTagName("iec62304.toolGate.skip").getLength() == 0) {
                continue;
            }
            Element property = (Element) ((Element) p.getElementsByTagName("activation").item(0))
                    .getElementsByTagName("property").item(0);
            NodeList value = property.getElementsByTagName("value");
            activation.put(property.getElementsByTagName("name").item(0).getTextContent().strip(),
                    value.getLength() == 0 ? "" : value.item(0).getTextContent().strip());
        }
        assertEquals(Map.of("invoker.skip", "true", "invoker.test", "", "skipTests", "true"), activation);
    }
}
