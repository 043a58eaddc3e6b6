package com.example.cgm.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Verifies("REQ-SIG-001")
class CalibrationTest {

    private static final Instant T = Instant.parse("2026-11-02T08:00:00Z");

    private final Calibration calibration = new Calibration(new BigDecimal("0.100"), new BigDecimal("2.0"));

    @ParameterizedTest
    @CsvSource({
        "14.0,   120",   // (14.0 - 2.0) / 0.1
        "7.4,    54",
        "6.0,    40",
        "42.0,   400",
        "14.04,  120",   // 120.4 rounds down
        "14.05,  121",   // 120.5 rounds half up
        "2.0,    0",     // no glucose above background
        "1.0,    -10",   // below background: far below range, the range check reports it as LOW
    })
    void glucoseIsCurrentAboveBackgroundOverSensitivity(String current, int expectedMgPerDl) {
        GlucoseValue value = calibration.toGlucose(T, new BigDecimal(current));

        assertEquals(expectedMgPerDl, value.mgPerDl());
        assertEquals(T, value.time());
    }

    @Test
    void usesTheSensorsOwnSensitivityAndBackground() {
        Calibration other = new Calibration(new BigDecimal("0.050"), new BigDecimal("0.5"));

        assertEquals(120, other.toGlucose(T, new BigDecimal("6.5")).mgPerDl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.019", "0.201", "0", "-0.1"})
    void refusesASensitivityNoSensorHas(String sensitivity) {
        assertThrows(IllegalArgumentException.class,
                () -> new Calibration(new BigDecimal(sensitivity), BigDecimal.ONE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.020", "0.200"})
    void acceptsTheSensitivityLimits(String sensitivity) {
        assertEquals(new BigDecimal(sensitivity), new Calibration(new BigDecimal(sensitivity), BigDecimal.ONE).sensitivity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "10.1"})
    void refusesABackgroundOutsideZeroToTen(String background) {
        assertThrows(IllegalArgumentException.class,
                () -> new Calibration(new BigDecimal("0.100"), new BigDecimal(background)));
    }

    @Test
    void acceptsTheBackgroundLimits() {
        assertEquals(BigDecimal.ZERO, new Calibration(new BigDecimal("0.100"), BigDecimal.ZERO).background());
        assertEquals(new BigDecimal("10.0"), new Calibration(new BigDecimal("0.100"), new BigDecimal("10.0")).background());
    }

    @Test
    void refusesMissingValues() {
        assertThrows(NullPointerException.class, () -> new Calibration(null, BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> new Calibration(new BigDecimal("0.100"), null));
    }
}
