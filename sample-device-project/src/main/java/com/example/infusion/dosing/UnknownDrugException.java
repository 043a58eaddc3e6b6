package com.example.infusion.dosing;

/** The drug is not in the pump's drug library, so no limits can be applied. */
public final class UnknownDrugException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param drugName the name as entered */
    public UnknownDrugException(String drugName) {
        super("drug '" + drugName + "' is not in the drug library");
    }
}
