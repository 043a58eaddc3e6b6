package com.example.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InfusionDiaryTest {

    @Test
    @Verifies("REQ-DIARY-001")
    void sumsTheVolumesOfOneDay() {
        InfusionDiary diary = new InfusionDiary();
        diary.record(LocalDate.of(2026, 3, 1), 250);
        diary.record(LocalDate.of(2026, 3, 1), 125.5);
        assertEquals(375.5, diary.totalMl(LocalDate.of(2026, 3, 1)), 1e-9);
    }
}
