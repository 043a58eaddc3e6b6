package com.example.infusion.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole class verifies the drug library lookup. */
@Verifies("REQ-DOSE-005")
class DrugLibraryTest {

    private final DrugLibrary library = DrugLibrary.standard();

    @ParameterizedTest
    @ValueSource(strings = {"Heparin", "heparin", "HEPARIN", "  Heparin  ", "hEpArIn\t"})
    void findsDrugIgnoringCaseAndBlanks(String name) {
        assertEquals(DoseLimits.of("2000", "2500"), library.limitsFor(name));
        assertTrue(library.contains(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Heparine", "Hep", "Fentanyl", ""})
    void refusesDrugNotInLibrary(String name) {
        UnknownDrugException e = assertThrows(UnknownDrugException.class, () -> library.limitsFor(name));

        assertEquals("drug '" + name + "' is not in the drug library", e.getMessage());
        assertFalse(library.contains(name));
    }

    @Test
    void refusesNullDrugName() {
        assertThrows(UnknownDrugException.class, () -> library.limitsFor(null));
        assertFalse(library.contains(null));
    }

    @Test
    void refusesLibraryWithDuplicateNames() {
        Map<String, DoseLimits> entries = Map.of(
                "Insulin", DoseLimits.of("1", "2"),
                "INSULIN ", DoseLimits.of("1", "2"));

        assertThrows(IllegalArgumentException.class, () -> new DrugLibrary(entries));
    }

    @Test
    void refusedDrugIsRefusedByTheCalculatorToo() {
        DoseCalculator calculator = new DoseCalculator(library);

        assertThrows(UnknownDrugException.class,
                () -> calculator.calculate(Prescription.of("Fentanyl", "0.1", "0.05", 60)));
    }
}
