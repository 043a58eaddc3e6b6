package io.github.iec62304.core.write.reqif;

import java.util.List;

/**
 * A SPEC-OBJECT-TYPE of the export with its attribute definitions, in the order they are written.
 *
 * @param identifier its xsd:ID
 * @param longName   its name as tools show it
 * @param attributes its attribute definitions
 */
record ReqifType(String identifier, String longName, List<Attribute> attributes) {

    /** The kinds of attribute values the export writes. */
    enum Kind { STRING, XHTML, ENUMERATION }

    /** The standard attribute names DOORS, Polarion and codebeamer map on import. */
    static final String FOREIGN_ID = "ReqIF.ForeignID";
    static final String NAME = "ReqIF.Name";
    static final String TEXT = "ReqIF.Text";
    static final String SAFETY_CLASS = "Safety class";
    static final String VERIFICATION = "Verification plan";
    static final String NOT_SOFTWARE = "Met outside the software";
    static final String KIND = "Kind";

    /** The software requirements of the catalog. */
    static final ReqifType SOFTWARE = of("software-requirement", "Software requirement",
            List.of(string(FOREIGN_ID), string(NAME), xhtml(TEXT), enumeration(SAFETY_CLASS), string(VERIFICATION)));
    /** The system requirements the catalog declares, or the parents it names when it declares none. */
    static final ReqifType SYSTEM = of("system-requirement", "System requirement",
            List.of(string(FOREIGN_ID), string(NAME), xhtml(TEXT), string(NOT_SOFTWARE)));
    /** The risk control measures requirements implement (their ids from the catalog's riskControls). */
    static final ReqifType RISK_CONTROL = of("risk-control", "Risk control", List.of(string(FOREIGN_ID),
            string(NAME)));
    /** The classes and methods that implement requirements, and the tests that verify them. */
    static final ReqifType CODE = of("code-element", "Code element", List.of(string(FOREIGN_ID), string(NAME),
            string(KIND)));

    static final List<ReqifType> ALL = List.of(SOFTWARE, SYSTEM, RISK_CONTROL, CODE);

    /** @return the definition of the attribute with that long name */
    Attribute attribute(String name) {
        return attributes.stream().filter(a -> a.longName().equals(name)).findFirst().orElseThrow();
    }

    private static ReqifType of(String key, String longName, List<String[]> attributes) {
        return new ReqifType("_type-" + key, longName, attributes.stream().map(a -> new Attribute(
                "_attr-" + key + "-" + a[1].replaceAll("[^A-Za-z]+", "-").toLowerCase(java.util.Locale.ROOT),
                a[1], Kind.valueOf(a[0]))).toList());
    }

    private static String[] string(String name) {
        return new String[] {"STRING", name};
    }

    private static String[] xhtml(String name) {
        return new String[] {"XHTML", name};
    }

    private static String[] enumeration(String name) {
        return new String[] {"ENUMERATION", name};
    }

    /**
     * @param identifier its xsd:ID
     * @param longName   its name, e.g. {@code ReqIF.Text}
     * @param kind       its data type
     */
    record Attribute(String identifier, String longName, Kind kind) {
    }
}
