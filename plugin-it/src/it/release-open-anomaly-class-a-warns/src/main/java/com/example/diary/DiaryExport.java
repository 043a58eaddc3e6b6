package com.example.diary;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** CSV export of the diary for the clinic's records. */
public final class DiaryExport {

    public String csv(InfusionDiary diary) {
        StringBuilder out = new StringBuilder("day,delivered mL\n");
        for (Map.Entry<LocalDate, Double> e : new TreeMap<>(diary.days()).entrySet()) {
            out.append(e.getKey()).append(',').append(String.format(Locale.ROOT, "%.1f", e.getValue())).append('\n');
        }
        return out.toString();
    }
}
