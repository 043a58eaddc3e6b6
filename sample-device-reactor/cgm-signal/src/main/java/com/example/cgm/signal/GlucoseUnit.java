package com.example.cgm.signal;

import io.github.iec62304.annotations.Implements;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The unit the user reads glucose in. The conversion is here, in the class C module, not in the display. */
@Implements("REQ-SIG-009")
public enum GlucoseUnit {
    /** milligrams per decilitre, whole numbers */
    MG_PER_DL("mg/dL"),
    /** millimoles per litre, one decimal */
    MMOL_PER_L("mmol/L");

    /** mg/dL per mmol/L: the molar mass of glucose, 180.16 g/mol, divided by 10. */
    static final BigDecimal MG_PER_DL_PER_MMOL_PER_L = new BigDecimal("18.016");

    private final String symbol;

    GlucoseUnit(String symbol) {
        this.symbol = symbol;
    }

    /** @return the unit as the screen writes it */
    public String symbol() {
        return symbol;
    }

    /**
     * @param mgPerDl a value in mg/dL
     * @return the same value in this unit: mg/dL unchanged, mmol/L rounded half up to one decimal
     */
    public BigDecimal fromMgPerDl(int mgPerDl) {
        BigDecimal value = BigDecimal.valueOf(mgPerDl);
        if (this == MG_PER_DL) {
            return value;
        }
        return value.divide(MG_PER_DL_PER_MMOL_PER_L, 1, RoundingMode.HALF_UP);
    }
}
