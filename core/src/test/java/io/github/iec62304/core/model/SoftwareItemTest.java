package io.github.iec62304.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which top-level classes an item owns: its packages with their subpackages, and its class patterns. */
class SoftwareItemTest {

    private static SoftwareItem item(List<String> packages, List<String> classes) {
        return new SoftwareItem("DOSING", "Dosing", null, null, packages,
                classes.stream().map(ClassPattern::new).toList(), null, null, 2);
    }

    @Test
    void packageOwnsItsClassesAndSubpackages() {
        SoftwareItem item = item(List.of("com.acme.dos"), List.of());

        assertTrue(item.owns("com.acme.dos.Rate"));
        assertTrue(item.owns("com.acme.dos.sub.Rate"));
        assertTrue(item.owns("com.acme.dos.sub.deep.Rate"));
    }

    @Test
    void packageIsNotAPrefixOfALongerPackageName() {
        SoftwareItem item = item(List.of("com.acme.dos"), List.of());

        assertFalse(item.owns("com.acme.dosing.Rate"));
        assertFalse(item.owns("com.acme.dosing.sub.Rate"));
        assertFalse(item.owns("com.acme.Rate"));
        assertFalse(item.owns("com.acme.dos"));
    }

    @Test
    void classesOwnOnlyWhatTheyMatch() {
        SoftwareItem item = item(List.of(), List.of("com.acme.Main", "com.acme.ui.*View"));

        assertTrue(item.owns("com.acme.Main"));
        assertTrue(item.owns("com.acme.ui.RateView"));
        assertFalse(item.owns("com.acme.ui.RateModel"));
        assertFalse(item.owns("com.acme.ui.sub.RateView"));
        assertFalse(item.owns("com.acme.MainFrame"));
    }

    @Test
    void packagesAndClassesTogether() {
        SoftwareItem item = item(List.of("com.acme.dosing"), List.of("com.acme.Main"));

        assertTrue(item.owns("com.acme.dosing.Rate"));
        assertTrue(item.owns("com.acme.Main"));
        assertFalse(item.owns("com.acme.Other"));
    }

    @Test
    void defaultPackageClassesBelongOnlyByName() {
        assertTrue(item(List.of(), List.of("Main")).owns("Main"));
        assertFalse(item(List.of("com"), List.of()).owns("Main"));
        assertFalse(item(List.of("com"), List.of("Main")).owns("Other"));
    }

    @Test
    void theEmptyPackageOwnsEverything() {
        SoftwareItem system = Architecture.implicit().items().get(0);

        assertTrue(system.owns("Main"));
        assertTrue(system.owns("com.acme.dosing.Rate"));
    }

    @Test
    void effectiveClassIsTheItemsElseTheSystems() {
        assertEquals(SafetyClass.B, item(List.of("com"), List.of()).effectiveClass(SafetyClass.B));
        assertEquals(SafetyClass.A, new SoftwareItem("UI", "UI", SafetyClass.A, "segregated", List.of("com"),
                List.of(), null, null, 2).effectiveClass(SafetyClass.C));
    }
}
