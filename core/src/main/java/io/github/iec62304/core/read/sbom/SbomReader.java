package io.github.iec62304.core.read.sbom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import io.github.iec62304.core.model.soup.Sbom;
import io.github.iec62304.core.model.soup.SbomComponent;
import io.github.iec62304.core.model.soup.SbomVulnerability;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.OneJsonValue;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyclonedx.CycloneDxSchema;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.vulnerability.Vulnerability;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.Parser;
import org.cyclonedx.parsers.XmlParser;
import org.xml.sax.SAXParseException;

/**
 * Reads a CycloneDX SBOM (JSON or XML, spec 1.2-1.6, what cyclonedx-maven-plugin 2.7-2.9 writes) after validating it
 * offline against the CycloneDX schema with cyclonedx-core-java: XML through cyclonedx-core-java's object model,
 * JSON streamed, validated against cyclonedx-core-java's schema in pieces and mapped
 * one component at a time ({@link JsonSbom}: for memory and start-up time). An XML SBOM with a DOCTYPE is
 * refused by a hardened pre-pass over the whole file ({@link XmlPrePass}) before any other parser sees it; a newer
 * spec gets a clear message instead of a half-understood read.
 */
public final class SbomReader {

    /** How much of the start tells JSON from XML and holds a JSON SBOM's {@code specVersion}. */
    private static final int HEAD_BYTES = 8192;
    private static final int MAX_PROBLEMS = 3;
    private static final int MAX_LISTED = 20;
    private static final Pattern LIST = Pattern.compile("\\[([^\\[\\]]*)\\]");
    private static final Pattern JSON_SPEC = Pattern.compile("\"specVersion\"\\s*:\\s*\"([0-9]+)\\.([0-9]+)\"");
    private static final Pattern XML_SPEC = Pattern.compile("cyclonedx\\.org/schema/bom/([0-9]+)\\.([0-9]+)");

    // Built once per thread (about 100 ms each): the goal is thread-safe (mvn -T), and nothing documents the
    // cyclonedx parsers as safe to share between threads.
    private static final ThreadLocal<JsonParser> JSON = ThreadLocal.withInitial(JsonParser::new);
    private static final ThreadLocal<Parser> XML = ThreadLocal.withInitial(XmlParser::new);

    /** cyclonedx-core-java's JSON schemas, by version, loaded once per thread (see {@link #JSON}). */
    private static final ThreadLocal<Map<Version, Schema>> JSON_SCHEMAS = ThreadLocal.withInitial(HashMap::new);
    private static final ObjectMapper SCHEMA_MAPPER = new ObjectMapper();

    private SbomReader() {
    }

    /**
     * @param bytes  the SBOM as read from disk
     * @param source the file relative to the project, for messages
     * @throws InputException naming the file for anything not a readable CycloneDX 1.2-1.6 SBOM
     */
    public static Sbom read(byte[] bytes, String source) {
        try {
            return read(new ByteArrayInputStream(bytes), source);
        } catch (IOException e) { // not from a byte array
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the SBOM from a stream: a JSON SBOM streamed to its end, never held whole (one of 100,000 components is
     * 175 MB); an XML SBOM read whole, as its schema validation needs.
     *
     * @param in     the SBOM, read to its end (not closed)
     * @param source the file relative to the project, for messages
     * @throws InputException naming the file for anything not a readable CycloneDX 1.2-1.6 SBOM
     * @throws IOException    when the stream cannot be read
     */
    public static Sbom read(InputStream in, String source) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, HEAD_BYTES);
        buffered.mark(HEAD_BYTES);
        byte[] start = buffered.readNBytes(HEAD_BYTES);
        buffered.reset();
        String head = new String(start, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").strip();
        String format = head.startsWith("<") || isUtf16(start) ? "xml" : head.startsWith("{") ? "json" : null;
        if (format == null) {
            throw new InputException(source, 0, "is neither a JSON nor an XML CycloneDX SBOM");
        }
        if (format.equals("xml")) {
            return readXml(buffered.readAllBytes(), source);
        }
        Version version = checkSpecVersion(head, format, source);
        try { // streamed: validated and mapped one component at a time
            Version v = version == null ? CycloneDxSchema.VERSION_LATEST : version;
            List<String> problems = new ArrayList<>();
            Sbom sbom = JsonSbom.read(buffered, source, jsonSchema(v), v.getVersionString(), problems);
            requireValid(problems.stream().map(ParseException::new).toList(), source);
            return sbom;
        } catch (JsonProcessingException e) { // names the line: the JSON is streamed, so a problem has one
            throw new InputException(source, OneJsonValue.line(e), "is not a readable CycloneDX SBOM: "
                    + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputException(source, 0, "is not a readable CycloneDX SBOM: " + oneLine(e.getMessage()));
        }
    }

    private static Sbom readXml(byte[] bytes, String source) {
        // the whole file streamed once through the hardened reader first (a DOCTYPE anywhere, any encoding)
        Version version = checkSpecVersion(XmlPrePass.rootNamespace(bytes, source), "xml", source);
        try {
            // against the schema of the spec the SBOM declares: a 1.4 XML SBOM is not valid against the 1.6 XSD
            Parser parser = XML.get();
            requireValid(version == null ? parser.validate(bytes) : parser.validate(bytes, version), source);
            return map(parser.parse(bytes), source);
        } catch (ParseException | IOException e) {
            throw new InputException(source, 0, "is not a readable CycloneDX SBOM: " + oneLine(e.getMessage()));
        }
    }

    /** @return {@code true} when the bytes start like UTF-16 XML: a byte order mark, or {@code <} in 16 bits */
    private static boolean isUtf16(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF
                && b[1] == (byte) 0xFE) || (b[0] == 0 && b[1] == '<') || (b[0] == '<' && b[1] == 0));
    }

    static Schema jsonSchema(Version version) throws IOException {
        Schema schema = JSON_SCHEMAS.get().get(version);
        if (schema == null) {
            schema = JSON.get().getJsonSchema(version, SCHEMA_MAPPER);
            JSON_SCHEMAS.get().put(version, schema);
        }
        return schema;
    }

    private static void requireValid(List<ParseException> problems, String source) {
        if (!problems.isEmpty()) {
            List<String> first = problems.stream().limit(MAX_PROBLEMS).map(SbomReader::problem).toList();
            throw new InputException(source, 0, "is not a valid CycloneDX SBOM: " + String.join("; ", first)
                    + " (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ")");
        }
    }

    /**
     * @param head the start of a JSON SBOM, or the root namespace of an XML one
     * @return the declared spec version, or {@code null} when none is found (then the latest schema judges)
     */
    private static Version checkSpecVersion(String head, String format, String source) {
        Matcher m = (format.equals("json") ? JSON_SPEC : XML_SPEC).matcher(head);
        if (!m.find()) {
            return null; // the schema validation names what is missing
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        if (major > 1 || minor > 6) {
            throw new InputException(source, 0, "uses CycloneDX spec " + major + "." + minor + "; this plugin reads "
                    + "1.2 to 1.6 (what cyclonedx-maven-plugin 2.7 to 2.9 writes). Set the cyclonedx plugin's "
                    + "<schemaVersion>1.6</schemaVersion>.");
        }
        if (major == 1 && minor < 2) {
            throw new InputException(source, 0, "uses CycloneDX spec 1." + minor + "; this plugin reads 1.2 to 1.6");
        }
        return Version.fromVersionString(major + "." + minor);
    }

    /** Maps cyclonedx-core-java's object model (of an XML SBOM; {@link JsonSbom} reads JSON the same way). */
    static Sbom map(Bom bom, String source) {
        List<SbomComponent> components = new ArrayList<>();
        if (bom.getComponents() != null) {
            bom.getComponents().forEach(c -> collect(c, components));
        }
        List<SbomVulnerability> vulnerabilities = new ArrayList<>();
        if (bom.getVulnerabilities() != null) {
            for (Vulnerability v : bom.getVulnerabilities()) {
                List<String> affects = v.getAffects() == null ? List.of()
                        : v.getAffects().stream().map(Vulnerability.Affect::getRef).filter(r -> r != null).toList();
                Vulnerability.Analysis a = v.getAnalysis();
                vulnerabilities.add(new SbomVulnerability(text(v.getId()), affects,
                        a == null || a.getState() == null ? "" : a.getState().getStateName(),
                        a == null ? "" : oneLine(text(a.getDetail()))));
            }
        }
        return new Sbom(source, "xml", text(bom.getSpecVersion()), text(bom.getSerialNumber()), components,
                vulnerabilities);
    }

    private static void collect(Component c, List<SbomComponent> out) {
        String manufacturer = "";
        String from = "";
        if (c.getManufacturer() != null && !text(c.getManufacturer().getName()).isBlank()) {
            manufacturer = c.getManufacturer().getName().strip();
            from = "SBOM manufacturer";
        } else if (c.getSupplier() != null && !text(c.getSupplier().getName()).isBlank()) {
            manufacturer = c.getSupplier().getName().strip();
            from = "SBOM supplier";
        } else if (!text(c.getPublisher()).isBlank()) {
            manufacturer = c.getPublisher().strip();
            from = "SBOM publisher";
        }
        out.add(new SbomComponent(text(c.getGroup()), text(c.getName()), text(c.getVersion()), text(c.getPurl()),
                text(c.getBomRef()), c.getScope() == null ? "" : c.getScope().getScopeName(), manufacturer, from,
                licenses(c.getLicenses()), reference(c, ExternalReference.Type.WEBSITE),
                reference(c, ExternalReference.Type.ISSUE_TRACKER)));
        if (c.getComponents() != null) {
            c.getComponents().forEach(n -> collect(n, out));
        }
    }

    private static List<String> licenses(LicenseChoice choice) {
        List<String> result = new ArrayList<>();
        if (choice == null) {
            return result;
        }
        if (choice.getLicenses() != null) {
            for (License l : choice.getLicenses()) {
                String id = !text(l.getId()).isEmpty() ? l.getId() : text(l.getName());
                if (!id.isEmpty()) {
                    result.add(id);
                }
            }
        }
        if (choice.getExpression() != null && !text(choice.getExpression().getValue()).isEmpty()) {
            result.add(choice.getExpression().getValue());
        }
        return result;
    }

    private static String reference(Component c, ExternalReference.Type type) {
        if (c.getExternalReferences() == null) {
            return "";
        }
        return c.getExternalReferences().stream().filter(r -> r.getType() == type && r.getUrl() != null)
                .map(ExternalReference::getUrl).findFirst().orElse("");
    }

    /** @return one schema problem on one line: its XML line where known, long enumerations shortened */
    private static String problem(ParseException p) {
        String where = p.getCause() instanceof SAXParseException s && s.getLineNumber() > 0
                ? "line " + s.getLineNumber() + ": " : "";
        return where + shortLists(oneLine(p.getMessage()));
    }

    /** @return the text with every list of more than a few values (the SPDX license ids: 700) cut to its start */
    static String shortLists(String text) {
        Matcher m = LIST.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String[] values = m.group(1).split(",\\s*");
            String list = values.length <= MAX_LISTED ? m.group()
                    : "[" + String.join(", ", List.of(values).subList(0, 3)) + ", ... (" + values.length + " values)]";
            m.appendReplacement(out, Matcher.quoteReplacement(list));
        }
        return m.appendTail(out).toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    static String oneLine(String s) {
        String t = s == null ? "" : s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
