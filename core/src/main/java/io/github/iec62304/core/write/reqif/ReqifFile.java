package io.github.iec62304.core.write.reqif;

import io.github.iec62304.core.link.TraceMatrix;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.project.ProjectInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The catalog and its trace relations as ReqIF 1.0.1 ({@code requirements.reqif}), for requirements management tools
 * (DOORS, Polarion, codebeamer). Valid against the OMG schema; every object carries {@code ReqIF.ForeignID} (the
 * catalog id), {@code ReqIF.Name} (the title) and, for requirements, {@code ReqIF.Text} (the text as an XHTML
 * {@code div}, line breaks as {@code br}). Deterministic: identifiers derived from ids, CREATION-TIME and every
 * LAST-CHANGE the build timestamp (never the clock), objects and relations sorted by identifier. Written with the
 * JDK's XMLStreamWriter, which escapes markup; characters XML 1.0 cannot carry (control characters other than tab,
 * line feed and carriage return) are written as U+FFFD. See {@link ReqifExport} for what is exported.
 */
public final class ReqifFile {

    /** The ReqIF 1.0.1 namespace (its schema is dated 2011-04-01). */
    public static final String NS = "http://www.omg.org/spec/ReqIF/20110401/reqif.xsd";
    /** The XHTML namespace of formatted attribute values. */
    public static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final XMLStreamWriter xml;
    private final String time;
    private int depth;

    private ReqifFile(XMLStreamWriter xml, Instant time) {
        this.xml = xml;
        this.time = time.toString();
    }

    /**
     * @param out     where the file goes; not closed
     * @param project the build: identifies the exchange and names the tool
     * @param time    the build timestamp, or the start of the reference day when none is set
     * @param catalog the requirements catalog
     * @param trace   its links to code and tests
     */
    public static void write(OutputStream out, ProjectInfo project, Instant time, RequirementCatalog catalog,
                             TraceMatrix trace) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            new ReqifFile(xml, time).document(project, ReqifExport.of(catalog, trace));
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write requirements.reqif: " + e.getMessage(), e);
        }
    }

    private void document(ProjectInfo p, ReqifExport export) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NS);
        xml.setPrefix("xhtml", XHTML);
        open("REQ-IF");
        xml.writeDefaultNamespace(NS);
        xml.writeNamespace("xhtml", XHTML);
        open("THE-HEADER");
        open("REQ-IF-HEADER");
        xml.writeAttribute("IDENTIFIER", ReqifIds.hashed("_header-", p.groupId() + ":" + p.artifactId() + ":"
                + p.version()));
        leaf("COMMENT", "Software requirements of " + p.groupId() + ":" + p.artifactId() + " " + p.version()
                + " with their trace to code and tests (IEC 62304 5.1.1, 5.2, 5.7)");
        leaf("CREATION-TIME", time);
        leaf("REQ-IF-TOOL-ID", "iec62304-maven-plugin " + p.toolVersion());
        leaf("REQ-IF-VERSION", "1.0");
        leaf("SOURCE-TOOL-ID", "iec62304-maven-plugin " + p.toolVersion());
        leaf("TITLE", (p.name() == null || p.name().isBlank() ? p.artifactId() : p.name()) + " " + p.version());
        close();
        close();
        open("CORE-CONTENT");
        open("REQ-IF-CONTENT");
        datatypes();
        specTypes();
        open("SPEC-OBJECTS");
        for (ReqifExport.SpecObject o : export.objects()) {
            specObject(o);
        }
        close();
        open("SPEC-RELATIONS");
        for (ReqifExport.Relation r : export.relations()) {
            open("SPEC-RELATION");
            identifiable(r.identifier(), null);
            ref("TYPE", "SPEC-RELATION-TYPE-REF", relationType(r.type()));
            ref("SOURCE", "SPEC-OBJECT-REF", r.source());
            ref("TARGET", "SPEC-OBJECT-REF", r.target());
            close();
        }
        close();
        open("SPECIFICATIONS");
        open("SPECIFICATION");
        identifiable(ReqifIds.hashed("_spec-", p.groupId() + ":" + p.artifactId()), "Software requirements");
        ref("TYPE", "SPECIFICATION-TYPE-REF", "_type-specification");
        hierarchy(export.specification());
        close();
        close();
        close();
        close();
        close();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void datatypes() throws XMLStreamException {
        open("DATATYPES");
        open("DATATYPE-DEFINITION-ENUMERATION");
        identifiable("_datatype-safety-class", "Safety class (IEC 62304 4.3)");
        open("SPECIFIED-VALUES");
        for (SafetyClass c : SafetyClass.values()) {
            open("ENUM-VALUE");
            identifiable("_enum-safety-class-" + c.name(), c.name());
            open("PROPERTIES");
            indent();
            xml.writeEmptyElement(NS, "EMBEDDED-VALUE");
            xml.writeAttribute("KEY", Integer.toString(c.ordinal()));
            xml.writeAttribute("OTHER-CONTENT", "Class " + c.name());
            close();
            close();
        }
        close();
        close();
        open("DATATYPE-DEFINITION-STRING");
        identifiable("_datatype-string", "String");
        xml.writeAttribute("MAX-LENGTH", "32000");
        close();
        open("DATATYPE-DEFINITION-XHTML");
        identifiable("_datatype-xhtml", "Formatted text");
        close();
        close();
    }

    private void specTypes() throws XMLStreamException {
        open("SPEC-TYPES");
        for (ReqifType t : ReqifType.ALL) {
            open("SPEC-OBJECT-TYPE");
            identifiable(t.identifier(), t.longName());
            open("SPEC-ATTRIBUTES");
            for (ReqifType.Attribute a : t.attributes()) {
                String kind = a.kind().name();
                open("ATTRIBUTE-DEFINITION-" + kind);
                identifiable(a.identifier(), a.longName());
                if (a.kind() == ReqifType.Kind.ENUMERATION) {
                    xml.writeAttribute("MULTI-VALUED", "false");
                }
                ref("TYPE", "DATATYPE-DEFINITION-" + kind + "-REF", switch (a.kind()) {
                    case STRING -> "_datatype-string";
                    case XHTML -> "_datatype-xhtml";
                    case ENUMERATION -> "_datatype-safety-class";
                });
                close();
            }
            close();
            close();
        }
        for (String type : ReqifExport.RELATION_TYPES) {
            open("SPEC-RELATION-TYPE");
            identifiable(relationType(type), type);
            close();
        }
        open("SPECIFICATION-TYPE");
        identifiable("_type-specification", "Requirements specification");
        close();
        close();
    }

    private void specObject(ReqifExport.SpecObject o) throws XMLStreamException {
        open("SPEC-OBJECT");
        identifiable(o.identifier(), o.foreignId());
        ref("TYPE", "SPEC-OBJECT-TYPE-REF", o.type().identifier());
        open("VALUES");
        for (ReqifType.Attribute a : o.type().attributes()) {
            String value = o.values().get(a.longName());
            if (value == null) {
                continue;
            }
            open("ATTRIBUTE-VALUE-" + a.kind().name());
            switch (a.kind()) {
                case STRING -> xml.writeAttribute("THE-VALUE", xmlChars(value));
                case XHTML -> xhtml(value);
                case ENUMERATION -> {
                    open("VALUES");
                    leaf("ENUM-VALUE-REF", "_enum-safety-class-" + value);
                    close();
                }
            }
            ref("DEFINITION", "ATTRIBUTE-DEFINITION-" + a.kind().name() + "-REF", a.identifier());
            close();
        }
        close();
        close();
    }

    /** The text as one XHTML div, each line break a {@code br}. */
    private void xhtml(String text) throws XMLStreamException {
        open("THE-VALUE");
        indent();
        xml.writeStartElement(XHTML, "div");
        String[] lines = xmlChars(text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                xml.writeEmptyElement(XHTML, "br");
            }
            xml.writeCharacters(lines[i]);
        }
        xml.writeEndElement();
        close();
    }

    private void hierarchy(List<ReqifExport.Node> nodes) throws XMLStreamException {
        if (nodes.isEmpty()) {
            return;
        }
        open("CHILDREN");
        for (ReqifExport.Node n : nodes) {
            open("SPEC-HIERARCHY");
            identifiable(n.identifier(), null);
            ref("OBJECT", "SPEC-OBJECT-REF", n.object());
            hierarchy(n.children());
            close();
        }
        close();
    }

    private static String relationType(String type) {
        return "_relation-type-" + type;
    }

    /** IDENTIFIER, LAST-CHANGE and, when given, LONG-NAME: the attributes every identifiable element has. */
    private void identifiable(String identifier, String longName) throws XMLStreamException {
        xml.writeAttribute("IDENTIFIER", identifier);
        xml.writeAttribute("LAST-CHANGE", time);
        if (longName != null) {
            xml.writeAttribute("LONG-NAME", xmlChars(longName));
        }
    }

    private void ref(String wrapper, String element, String target) throws XMLStreamException {
        open(wrapper);
        leaf(element, target);
        close();
    }

    private void leaf(String element, String text) throws XMLStreamException {
        indent();
        xml.writeStartElement(NS, element);
        xml.writeCharacters(xmlChars(text));
        xml.writeEndElement();
    }

    private void open(String element) throws XMLStreamException {
        indent();
        xml.writeStartElement(NS, element);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** The text with every character XML 1.0 cannot hold replaced by U+FFFD. */
    static String xmlChars(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0xFFFE || c == 0xFFFF
                    || Character.isSurrogate(c) && !validSurrogate(text, i);
            if (bad && b == null) {
                b = new StringBuilder(text.substring(0, i));
            }
            if (b != null) {
                b.append(bad ? '\uFFFD' : c);
            }
        }
        return b == null ? text : b.toString();
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
