package io.github.iec62304.core.write.reqif;

import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.link.TraceMatrix;
import io.github.iec62304.core.link.VerifyingTest;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SystemRequirement;
import io.github.iec62304.core.model.verification.VerificationMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the ReqIF export holds, derived from the catalog and the trace matrix, every list in a fixed order: objects and
 * relations sorted by identifier, the specification in catalog order.
 *
 * <p>Objects: each software requirement; each system requirement (declared, or, when the catalog declares none, each
 * id its requirements name as parent, with only that id); each risk control named in {@code riskControls}; each
 * class or method that implements a requirement or test that verifies one. Relations: {@code implements} (code to
 * requirement), {@code verifies} (test to requirement), {@code parent} (requirement to its parent), {@code riskControl}
 * (requirement to the risk control it implements). The specification lists each system requirement with the
 * software requirements derived from it, then the software requirements without a system parent.
 *
 * @param objects       the SPEC-OBJECTs, sorted by identifier
 * @param relations     the SPEC-RELATIONs, sorted by identifier
 * @param specification the top-level SPEC-HIERARCHY nodes
 */
record ReqifExport(List<SpecObject> objects, List<Relation> relations, List<Node> specification) {

    /** The relation types, in the order written. */
    static final List<String> RELATION_TYPES = List.of("implements", "verifies", "parent", "riskControl");

    /**
     * @param identifier its xsd:ID
     * @param type       its type
     * @param foreignId  the id it has in the catalog (or the code location); also its LONG-NAME
     * @param values     attribute values by attribute long name; absent attributes are not written
     */
    record SpecObject(String identifier, ReqifType type, String foreignId, Map<String, String> values) {
    }

    /** A SPEC-RELATION of type {@code type} (one of {@link #RELATION_TYPES}) between two object identifiers. */
    record Relation(String identifier, String type, String source, String target) {
    }

    /** A SPEC-HIERARCHY node pointing at an object. */
    record Node(String identifier, String object, List<Node> children) {
    }

    static ReqifExport of(RequirementCatalog catalog, TraceMatrix trace) {
        Map<String, SpecObject> objects = new TreeMap<>();
        Map<String, Relation> relations = new TreeMap<>();
        Map<String, String> systemObjects = new LinkedHashMap<>();
        for (SystemRequirement s : catalog.systemRequirements()) {
            Map<String, String> v = values(s.id(), s.title());
            put(v, ReqifType.TEXT, s.text());
            put(v, ReqifType.NOT_SOFTWARE, s.notSoftware());
            systemObjects.put(s.id(), add(objects, ReqifType.SYSTEM, s.id(), v));
        }
        Map<String, String> softwareObjects = new HashMap<>();
        for (Requirement r : catalog.requirements()) {
            softwareObjects.put(r.id(), ReqifIds.of("", r.id()));
        }
        Map<String, List<String>> derived = new LinkedHashMap<>();
        List<String> topLevel = new ArrayList<>();
        for (RequirementTrace row : trace.rows()) {
            Requirement r = row.requirement();
            Map<String, String> v = values(r.id(), r.title());
            v.put(ReqifType.TEXT, r.text());
            v.put(ReqifType.SAFETY_CLASS, row.safetyClass().name());
            v.put(ReqifType.VERIFICATION, String.join(", ", r.verification().stream()
                    .map(VerificationMethod::label).toList()));
            String self = add(objects, ReqifType.SOFTWARE, r.id(), v);
            boolean underSystem = false;
            for (String parent : new TreeSet<>(r.parents())) {
                String target = softwareObjects.get(parent);
                if (target == null) {
                    target = systemObjects.computeIfAbsent(parent, p -> add(objects, ReqifType.SYSTEM, p,
                            values(p, p)));
                    derived.computeIfAbsent(parent, p -> new ArrayList<>()).add(self);
                    underSystem = true;
                }
                relate(relations, "parent", self, target);
            }
            if (!underSystem) {
                topLevel.add(self);
            }
            for (String control : new TreeSet<>(r.riskControls())) {
                relate(relations, "riskControl", self, add(objects, ReqifType.RISK_CONTROL, control,
                        values(control, control)));
            }
            for (CodeLocation code : row.implementedBy()) {
                relate(relations, "implements", code(objects, code, "implementation"), self);
            }
            for (VerifyingTest test : row.verifiedBy()) {
                relate(relations, "verifies", code(objects, test.test(), "test"), self);
            }
        }
        return new ReqifExport(List.copyOf(objects.values()), List.copyOf(relations.values()),
                specification(systemObjects, derived, topLevel));
    }

    private static List<Node> specification(Map<String, String> systemObjects, Map<String, List<String>> derived,
                                            List<String> topLevel) {
        List<Node> nodes = new ArrayList<>();
        systemObjects.forEach((id, object) -> {
            List<Node> children = derived.getOrDefault(id, List.of()).stream()
                    .map(child -> node(object + "/" + child, child, List.of())).toList();
            nodes.add(node(object, object, children));
        });
        topLevel.forEach(object -> nodes.add(node(object, object, List.of())));
        return nodes;
    }

    private static Node node(String path, String object, List<Node> children) {
        return new Node(ReqifIds.hashed("_node-", path), object, children);
    }

    private static String code(Map<String, SpecObject> objects, CodeLocation location, String kind) {
        String id = ReqifIds.of("code", location.toString());
        SpecObject existing = objects.get(id);
        if (existing != null && !existing.values().get(ReqifType.KIND).contains(kind)) {
            existing.values().put(ReqifType.KIND, "implementation, test");
        }
        Map<String, String> v = values(location.toString(), location.toString());
        v.put(ReqifType.KIND, kind);
        return add(objects, ReqifType.CODE, location.toString(), v);
    }

    private static Map<String, String> values(String id, String name) {
        Map<String, String> v = new HashMap<>();
        v.put(ReqifType.FOREIGN_ID, id);
        v.put(ReqifType.NAME, name);
        return v;
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    /** Adds the object unless one with its identifier exists; returns its identifier. */
    private static String add(Map<String, SpecObject> objects, ReqifType type, String id, Map<String, String> values) {
        String identifier = ReqifIds.of(type == ReqifType.CODE ? "code" : type == ReqifType.RISK_CONTROL ? "rc" : "",
                id);
        objects.putIfAbsent(identifier, new SpecObject(identifier, type, id, values));
        return identifier;
    }

    private static void relate(Map<String, Relation> relations, String type, String source, String target) {
        String identifier = ReqifIds.hashed("_rel-" + type + "-", source + "\n" + target);
        relations.putIfAbsent(identifier, new Relation(identifier, type, source, target));
    }
}
