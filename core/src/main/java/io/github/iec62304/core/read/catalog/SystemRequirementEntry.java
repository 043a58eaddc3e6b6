package io.github.iec62304.core.read.catalog;

/** One system requirement exactly as written in the catalog's {@code systemRequirements:} list, before validation. */
record SystemRequirementEntry(String id, String title, String text, String notSoftware) {
}
