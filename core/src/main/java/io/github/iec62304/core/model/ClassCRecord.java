package io.github.iec62304.core.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The class C unit record of IEC 62304 5.5.4: which of the additional acceptance criteria a-h apply to a unit,
 * and why each of the others does not.
 *
 * @param applicable    letters that apply
 * @param notApplicable letter to the reason it does not apply
 */
public record ClassCRecord(SortedSet<String> applicable, SortedMap<String, String> notApplicable) {

    /** The 5.5.4 criteria by letter. */
    public static final Map<String, String> CRITERIA = Map.of(
            "a", "proper event sequence",
            "b", "data and control flow",
            "c", "planned resource allocation",
            "d", "fault handling (error definition, isolation and recovery)",
            "e", "initialisation of variables",
            "f", "self-diagnostics",
            "g", "memory management and memory overflows",
            "h", "boundary conditions");

    public ClassCRecord {
        applicable = new TreeSet<>(applicable);
        notApplicable = new TreeMap<>(notApplicable);
    }

    /** @return the letters a-h this record says nothing about */
    public List<String> missing() {
        return CRITERIA.keySet().stream().sorted()
                .filter(l -> !applicable.contains(l) && !notApplicable.containsKey(l)).toList();
    }
}
