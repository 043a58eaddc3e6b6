package com.example.infusion.dosing;

import io.github.iec62304.annotations.Implements;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The hospital's drug library: the only drugs the pump will infuse, each with its dose-rate limits. */
public final class DrugLibrary {

    private final Map<String, DoseLimits> limitsByName;

    /**
     * @param limitsByName drug name to limits; names are matched ignoring case and surrounding blanks
     * @throws IllegalArgumentException if two names differ only in case or blanks
     */
    public DrugLibrary(Map<String, DoseLimits> limitsByName) {
        Map<String, DoseLimits> normalized = new TreeMap<>();
        limitsByName.forEach((name, limits) -> {
            if (normalized.put(normalize(name), limits) != null) {
                throw new IllegalArgumentException("drug '" + name + "' is listed twice");
            }
        });
        this.limitsByName = Collections.unmodifiableMap(normalized);
    }

    /** @return the library shipped with the demo (values are illustrative, not clinical) */
    public static DrugLibrary standard() {
        return new DrugLibrary(Map.of(
                "Heparin", DoseLimits.of("2000", "2500"),
                "Morphine", DoseLimits.of("10", "15"),
                "Insulin", DoseLimits.of("15", "25"),
                "Propofol", DoseLimits.of("300", "400"),
                "Vancomycin", DoseLimits.of("1000", "2000")));
    }

    /**
     * @param drugName the name as entered on the pump
     * @return the limits for that drug
     * @throws UnknownDrugException if the drug is not in the library
     */
    @Implements("REQ-DOSE-005")
    public DoseLimits limitsFor(String drugName) {
        if (drugName == null) {
            throw new UnknownDrugException("null");
        }
        DoseLimits limits = limitsByName.get(normalize(drugName));
        if (limits == null) {
            throw new UnknownDrugException(drugName);
        }
        return limits;
    }

    /** @return true if the drug is in the library */
    public boolean contains(String drugName) {
        return drugName != null && limitsByName.containsKey(normalize(drugName));
    }

    private static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
