package com.example.cgm.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Verifies("REQ-SIG-009")
class GlucoseUnitTest {

    @ParameterizedTest
    @CsvSource({
        "40,  2.2",
        "54,  3.0",   // the urgent low threshold
        "70,  3.9",
        "100, 5.6",
        "180, 10.0",  // 9.991 rounds up
        "250, 13.9",
        "400, 22.2",
    })
    void mmolPerLitreWithOneDecimal(int mgPerDl, String mmolPerL) {
        assertEquals(new BigDecimal(mmolPerL), GlucoseUnit.MMOL_PER_L.fromMgPerDl(mgPerDl));
    }

    @Test
    void roundsHalfUp() {
        // 1.05 mmol/L = 18.9168 mg/dL; 19 mg/dL = 1.0546 mmol/L, 18 mg/dL = 0.9991
        assertEquals(new BigDecimal("1.1"), GlucoseUnit.MMOL_PER_L.fromMgPerDl(19));
        assertEquals(new BigDecimal("1.0"), GlucoseUnit.MMOL_PER_L.fromMgPerDl(18));
    }

    @Test
    void milligramsPerDecilitreUnchanged() {
        assertEquals(BigDecimal.valueOf(123), GlucoseUnit.MG_PER_DL.fromMgPerDl(123));
    }

    @Test
    void symbols() {
        assertEquals("mg/dL", GlucoseUnit.MG_PER_DL.symbol());
        assertEquals("mmol/L", GlucoseUnit.MMOL_PER_L.symbol());
    }
}
