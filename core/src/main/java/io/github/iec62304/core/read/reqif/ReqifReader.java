package io.github.iec62304.core.read.reqif;

import io.github.iec62304.core.read.FieldCheck;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.SafeXml;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the requirements of a ReqIF file (1.0.1, as DOORS, Polarion, codebeamer or this plugin export it), streaming
 * with the project's safe StAX setup: a DOCTYPE is refused (ReqIF files have none; no DTD or external entity is ever
 * read). Every SPEC-OBJECT is a candidate; its attribute values are matched by the LONG-NAME of their attribute
 * definition: the id from {@code ReqIF.ForeignID} (or the attribute the caller names, e.g. a tool's own id
 * attribute), the title from {@code ReqIF.Name} (else {@code ReqIF.ChapterName}, else the object's LONG-NAME), the text
 * from {@code ReqIF.Text} (XHTML flattened by {@link XhtmlText}, or a plain string). Objects of the types this
 * plugin exports beside software requirements (system requirements, risk controls, code elements) are skipped (one
 * report line per type), as are objects without an id or with an id the catalog cannot hold; each skip is reported.
 */
public final class ReqifReader {

    /** The attribute that carries the requirement id by default. */
    public static final String FOREIGN_ID = "ReqIF.ForeignID";

    /** The SPEC-OBJECT-TYPEs of this plugin's own export that hold no software requirement. */
    private static final Set<String> NOT_REQUIREMENTS = Set.of("System requirement", "Risk control", "Code element");

    private final XMLInputFactory factory = SafeXml.inputFactory();

    /**
     * @param in          the file's bytes
     * @param source      the file, for messages
     * @param idAttribute the LONG-NAME of the attribute that holds the catalog id ({@link #FOREIGN_ID} by default)
     * @return the requirements in file order and the objects skipped
     * @throws InputException naming file and line when the file is not well-formed, holds a DOCTYPE, is not ReqIF or
     *                        holds one id twice
     */
    public ReqifContent read(InputStream in, String source, String idAttribute) {
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            return content(objects(xml, source), source, idAttribute);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            String message = e.getMessage() == null ? "" : e.getMessage().strip();
            int nl = message.indexOf('\n');
            throw new InputException(source, line, "is not a well-formed ReqIF file ("
                    + (nl < 0 ? message : message.substring(0, nl)) + ")", e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader we are done with
                }
            }
        }
    }

    /** A SPEC-OBJECT as read: attribute values by definition identifier. */
    private static final class SpecObject {
        final String identifier;
        final String longName;
        final int line;
        String type;
        final Map<String, String> values = new LinkedHashMap<>();

        SpecObject(String identifier, String longName, int line) {
            this.identifier = identifier;
            this.longName = longName;
            this.line = line;
        }
    }

    private record Parsed(List<SpecObject> objects, Map<String, String> names) {
    }

    private static Parsed objects(XMLStreamReader xml, String source) throws XMLStreamException {
        List<SpecObject> objects = new ArrayList<>();
        Map<String, String> names = new HashMap<>(); // attribute definitions and object types: identifier -> LONG-NAME
        SpecObject current = null;
        String definition = null;
        String value = null;
        boolean root = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new InputException(source, xml.getLocation().getLineNumber(), "contains a DOCTYPE, which ReqIF "
                        + "files never have; refusing it (no DTD or external entity is read)");
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("SPEC-OBJECT".equals(name) && current != null) {
                    objects.add(current);
                    current = null;
                } else if (current != null && name.startsWith("ATTRIBUTE-VALUE-")) {
                    if (definition != null && value != null) {
                        current.values.put(definition, value);
                    }
                    definition = null;
                    value = null;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            int line = xml.getLocation().getLineNumber();
            if (!root) {
                root = true;
                if (!"REQ-IF".equals(name)) {
                    throw new InputException(source, line, "is not a ReqIF file (root element <" + name
                            + ">, expected <REQ-IF>)");
                }
            } else if (name.startsWith("ATTRIBUTE-DEFINITION-") && !name.endsWith("-REF")
                    || "SPEC-OBJECT-TYPE".equals(name)) {
                names.put(attribute(xml, "IDENTIFIER"), attribute(xml, "LONG-NAME"));
            } else if ("SPEC-OBJECT".equals(name)) {
                current = new SpecObject(attribute(xml, "IDENTIFIER"), attribute(xml, "LONG-NAME"), line);
            } else if (current == null) {
                continue;
            } else if ("SPEC-OBJECT-TYPE-REF".equals(name)) {
                current.type = xml.getElementText().strip();
            } else if (name.startsWith("ATTRIBUTE-DEFINITION-") && name.endsWith("-REF")) {
                definition = xml.getElementText().strip();
            } else if (name.startsWith("ATTRIBUTE-VALUE-")) {
                value = attribute(xml, "THE-VALUE");
            } else if ("THE-VALUE".equals(name)) {
                value = XhtmlText.read(xml);
            } else if ("THE-ORIGINAL-VALUE".equals(name)) {
                XhtmlText.read(xml);
            }
        }
        return new Parsed(objects, names);
    }

    private static ReqifContent content(Parsed parsed, String source, String idAttribute) {
        List<ReqifRequirement> requirements = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Integer> others = new java.util.TreeMap<>();
        for (SpecObject o : parsed.objects()) {
            Map<String, String> v = new HashMap<>();
            o.values.forEach((definition, value) -> v.putIfAbsent(parsed.names().getOrDefault(definition,
                    definition), value));
            String where = "SPEC-OBJECT " + o.identifier + " (line " + o.line + ")";
            String type = o.type == null ? null : parsed.names().get(o.type);
            String id = v.get(idAttribute) == null ? null : v.get(idAttribute).strip();
            if (NOT_REQUIREMENTS.contains(type)) {
                others.merge(type, 1, Integer::sum);
            } else if (id == null || id.isEmpty()) {
                skipped.add(where + ": no " + idAttribute + " value, so no catalog id");
            } else if (!FieldCheck.ID.matcher(id).matches()) {
                skipped.add(where + ": " + idAttribute + " '" + id + "' is not a valid catalog id (letters, digits "
                        + "and . _ : -)");
            } else {
                Integer first = lines.putIfAbsent(id, o.line);
                if (first != null) {
                    throw new InputException(source, o.line, idAttribute + " '" + id + "' is also the id of the "
                            + "SPEC-OBJECT at line " + first + "; the import cannot tell which one the catalog means");
                }
                String title = v.getOrDefault("ReqIF.Name", v.getOrDefault("ReqIF.ChapterName", o.longName));
                requirements.add(new ReqifRequirement(id, blankToNull(title), blankToNull(v.get("ReqIF.Text")),
                        o.identifier, o.line));
            }
        }
        others.forEach((type, count) -> skipped.add(count + " SPEC-OBJECT(s) of type '" + type + "': not software "
                + "requirements"));
        return new ReqifContent(source, requirements, skipped);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String attribute(XMLStreamReader xml, String name) {
        return xml.getAttributeValue(null, name);
    }
}
