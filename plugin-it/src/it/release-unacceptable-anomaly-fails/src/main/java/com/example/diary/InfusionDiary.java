package com.example.diary;

import io.github.iec62304.annotations.Implements;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** Past infusions as recorded by the pump, for review by the patient or clinician. */
public final class InfusionDiary {

    private final Map<LocalDate, Double> deliveredMl = new TreeMap<>();

    public void record(LocalDate day, double volumeMl) {
        if (volumeMl < 0) {
            throw new IllegalArgumentException("a delivered volume is never negative");
        }
        deliveredMl.merge(day, volumeMl, Double::sum);
    }

    @Implements("REQ-DIARY-001")
    public double totalMl(LocalDate day) {
        return deliveredMl.getOrDefault(day, 0.0);
    }

    public Map<LocalDate, Double> days() {
        return Map.copyOf(deliveredMl);
    }
}
