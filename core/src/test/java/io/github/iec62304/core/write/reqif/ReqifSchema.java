package io.github.iec62304.core.write.reqif;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The OMG ReqIF 1.0.1 schema ({@code reqif.xsd} and the XHTML modules its driver includes), loaded from the committed
 * copies in {@code src/test/resources/reqif/} (see the README there). Schema loading may read {@code file:} URLs only,
 * so validation never reaches the network: every import and include resolves to a committed file; the {@code xml:}
 * namespace to the committed copy of W3C's {@code xml.xsd} (the schemas import it without a location).
 */
public final class ReqifSchema {

    private static Schema schema;

    private ReqifSchema() {
    }

    /**
     * The schemas import the {@code xml:} namespace with an empty schemaLocation (which would resolve to the
     * importing file itself): it resolves to the committed copy of W3C's {@code xml.xsd}. Every other import and
     * include is relative to the committed files (null: the default resolution, restricted to {@code file:}).
     */
    private static LSInput resolve(String type, String namespace, String publicId, String systemId, String base) {
        if (!XMLConstants.XML_NS_URI.equals(namespace)) {
            return null;
        }
        URL xml = ReqifSchema.class.getResource("/reqif/http/www.w3.org/2001/xml.xsd");
        LSInput input = new DOMImplementationLSInput();
        input.setSystemId(xml.toExternalForm());
        return input;
    }

    /** @return every schema violation of the document, as {@code line:column: message}; empty when valid */
    public static synchronized List<String> errors(byte[] document) throws Exception {
        if (schema == null) {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setResourceResolver(ReqifSchema::resolve);
            URL xsd = ReqifSchema.class.getResource("/reqif/reqif.xsd");
            schema = factory.newSchema(new StreamSource(xsd.openStream(), xsd.toExternalForm()));
        }
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        return errors;
    }
}

/** The one LSInput a resolver needs: a system id to read from. */
final class DOMImplementationLSInput implements LSInput {
    private String systemId;

    @Override public java.io.Reader getCharacterStream() { return null; }
    @Override public void setCharacterStream(java.io.Reader r) { }
    @Override public java.io.InputStream getByteStream() { return null; }
    @Override public void setByteStream(java.io.InputStream s) { }
    @Override public String getStringData() { return null; }
    @Override public void setStringData(String s) { }
    @Override public String getSystemId() { return systemId; }
    @Override public void setSystemId(String s) { systemId = s; }
    @Override public String getPublicId() { return null; }
    @Override public void setPublicId(String s) { }
    @Override public String getBaseURI() { return null; }
    @Override public void setBaseURI(String s) { }
    @Override public String getEncoding() { return null; }
    @Override public void setEncoding(String s) { }
    @Override public boolean getCertifiedText() { return false; }
    @Override public void setCertifiedText(boolean b) { }
}
