package io.github.iec62304.core.read.sbom;

import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.SafeXml;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One streamed pass over a whole XML SBOM with the project's hardened StAX reader ({@link SafeXml}) before any
 * other parser sees it: a DOCTYPE is refused wherever it appears (after megabytes of comment too) and in whatever
 * encoding the file has (the parser detects UTF-16 from the byte order mark or the declaration, as every XML
 * parser does), and the root element's namespace names the spec version. Nothing is kept but that namespace.
 */
final class XmlPrePass {

    private XmlPrePass() {
    }

    /**
     * @param bytes  the SBOM
     * @param source the file, for messages
     * @return the namespace of the root element ({@code ""} when it has none)
     * @throws InputException naming the file and line of a DOCTYPE, or of the first error of well-formedness
     */
    static String rootNamespace(byte[] bytes, String source) {
        String namespace = null;
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new InputException(source, xml.getLocation().getLineNumber(), "contains a DOCTYPE, "
                            + "which CycloneDX SBOMs never need; refusing it (external entities are not read)");
                }
                if (event == XMLStreamConstants.START_ELEMENT && namespace == null) {
                    namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
                }
            }
            return namespace == null ? "" : namespace;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new InputException(source, line, "is not a readable CycloneDX SBOM: "
                    + SbomReader.oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            if (e instanceof InputException) {
                throw e;
            }
            throw new InputException(source, 0, "is not a readable CycloneDX SBOM (" + e.getClass().getSimpleName()
                    + ")", e);
        } finally {
            close(xml);
        }
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing was written: the bytes are in memory
            }
        }
    }
}
