package io.github.iec62304.core.evaluate;

import io.github.iec62304.core.model.SafetyClass;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The team's overrides of rule levels, from the pom: {@code ERROR}, {@code WARN} or {@code OFF} for every class,
 * or per class as {@code B=WARN,C=ERROR}. Classes not named keep the rule's default.
 */
public final class RuleLevels {

    private final Map<String, Map<SafetyClass, Level>> overrides;

    private RuleLevels(Map<String, Map<SafetyClass, Level>> overrides) {
        this.overrides = overrides;
    }

    /** @return no overrides: every rule at its defaults */
    public static RuleLevels defaults() {
        return new RuleLevels(Map.of());
    }

    /**
     * @param settings rule id to level text
     * @param knownIds the ids of the rules that exist
     * @throws IllegalArgumentException for an unknown id or an unreadable level, naming the accepted values
     */
    public static RuleLevels parse(Map<String, String> settings, Set<String> knownIds) {
        Map<String, Map<SafetyClass, Level>> overrides = new HashMap<>();
        settings.forEach((id, text) -> {
            if (!knownIds.contains(id)) {
                throw new IllegalArgumentException("unknown rule id '" + id + "' in <rules>; known rules: "
                        + String.join(", ", new java.util.TreeSet<>(knownIds)));
            }
            overrides.put(id, parseLevels(id, text == null ? "" : text));
        });
        return new RuleLevels(overrides);
    }

    private static Map<SafetyClass, Level> parseLevels(String id, String text) {
        Map<SafetyClass, Level> levels = new EnumMap<>(SafetyClass.class);
        try {
            if (!text.contains("=")) {
                Level level = Level.parse(text);
                for (SafetyClass c : SafetyClass.values()) {
                    levels.put(c, level);
                }
                return levels;
            }
            for (String part : text.split(",")) {
                String[] kv = part.split("=", 2);
                levels.put(SafetyClass.parse(kv[0]), Level.parse(kv.length > 1 ? kv[1] : ""));
            }
            return levels;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule " + id + ": " + e.getMessage()
                    + " (write ERROR, WARN, OFF or per class, e.g. B=WARN,C=ERROR)");
        }
    }

    /** @return the level of the rule for a subject of that class */
    public Level levelOf(Rule rule, SafetyClass safetyClass) {
        Level override = overrides.getOrDefault(rule.id(), Map.of()).get(safetyClass);
        return override != null ? override : rule.defaultLevel(safetyClass);
    }
}
