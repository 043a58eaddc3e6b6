package io.github.iec62304.core.read.catalog;

import java.util.List;

/** One requirement exactly as written in the YAML catalog, before validation. */
record RequirementEntry(String id, String title, String text, String safetyClass, List<String> riskControls,
                        List<String> parents, List<String> verification, List<SelectorEntry> tests) {
}
