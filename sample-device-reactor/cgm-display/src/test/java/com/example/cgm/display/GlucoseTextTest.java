package com.example.cgm.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.cgm.signal.GlucoseUnit;
import com.example.cgm.signal.GlucoseValue;
import com.example.cgm.signal.Trend;
import io.github.iec62304.annotations.Verifies;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlucoseTextTest {

    private static final Instant T = Instant.parse("2026-11-02T08:00:00Z");

    private final GlucoseText mgPerDl = new GlucoseText(GlucoseUnit.MG_PER_DL);
    private final GlucoseText mmolPerL = new GlucoseText(GlucoseUnit.MMOL_PER_L);

    private static Optional<GlucoseValue> value(int mgPerDl) {
        return Optional.of(new GlucoseValue(T, mgPerDl));
    }

    @ParameterizedTest
    @CsvSource({
        "39,  LOW,        LOW",
        "40,  40 mg/dL,   2.2 mmol/L",
        "112, 112 mg/dL,  6.2 mmol/L",
        "180, 180 mg/dL,  10.0 mmol/L",
        "400, 400 mg/dL,  22.2 mmol/L",
        "401, HIGH,       HIGH",
    })
    @Verifies("REQ-DISP-001")
    void valueInTheUsersUnit(int value, String inMgPerDl, String inMmolPerL) {
        assertEquals(inMgPerDl, mgPerDl.value(value(value)));
        assertEquals(inMmolPerL, mmolPerL.value(value(value)));
    }

    @Test
    @Verifies("REQ-DISP-001")
    void dashesWithoutACurrentValue() {
        assertEquals("---", mgPerDl.value(Optional.empty()));
        assertEquals("---", mgPerDl.line(Optional.empty(), Trend.FALLING));
    }

    @Test
    @Verifies({"REQ-DISP-001", "REQ-DISP-002"})
    void lineWithArrowOnlyForANumber() {
        assertEquals("112 mg/dL \u2198", mgPerDl.line(value(112), Trend.FALLING));
        assertEquals("112 mg/dL", mgPerDl.line(value(112), Trend.UNKNOWN));
        assertEquals("LOW", mgPerDl.line(value(30), Trend.FALLING_FAST));
        assertEquals("HIGH", mgPerDl.line(value(450), Trend.RISING));
    }

    @Test
    @Verifies("REQ-DISP-001")
    void ageInWholeMinutes() {
        GlucoseValue v = new GlucoseValue(T, 100);
        assertEquals("just now", mgPerDl.age(v, T.plusSeconds(59)));
        assertEquals("1 min ago", mgPerDl.age(v, T.plusSeconds(60)));
        assertEquals("7 min ago", mgPerDl.age(v, T.plusSeconds(7 * 60 + 59)));
    }
}
