package io.github.iec62304.core.read;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/**
 * The one place XML readers are created. No reader here processes a DTD or resolves an external entity (XXE),
 * so a hostile report can neither read local files nor expand an entity bomb.
 */
public final class SafeXml {

    private SafeXml() {
    }

    /**
     * @return the JDK's own StAX factory (never whichever implementation the class path offers, such as Woodstox
     *         through cyclonedx-core-java: behaviour must not change with the class path) with DTDs and external
     *         entities disabled
     */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static void setIfSupported(XMLInputFactory factory, String property, Object value) {
        if (factory.isPropertySupported(property)) {
            factory.setProperty(property, value);
        }
    }
}
