package io.github.iec62304.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results of one size as JSON ({@code bench/results/<SIZE>.json}) and as the printed table. */
final class Results {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[][] ROWS = {
        {"check", "check (core API: all gates + bundle)"},
        {"reactor_check", "device gate, same inputs in 50 modules"},
        {"oft", "OpenFastTrace trace"},
        {"jacoco_report", "JaCoCo HTML report"},
        {"jacoco_analysis", "JaCoCo analysis alone (CSV report)"},
        {"floor", "floor (read every input byte once)"},
        {"mvn_check", "mvn -o iec62304:check"}};

    private Results() {
    }

    static ObjectNode of(Size size, ProjectGenerator.Inputs inputs, int repeat,
                         Map<String, ProcessRun.Measurement> median, JsonNode verdict, List<Double> sampleRuns,
                         ObjectNode mediumOfThisRun) {
        ObjectNode r = F.objectNode();
        r.put("size", size.name());
        r.put("cores", Runtime.getRuntime().availableProcessors());
        r.put("java", System.getProperty("java.version"));
        r.put("heap_flags", String.join(" ", Bench.HEAP));
        r.put("runs_per_contender", repeat);
        r.put("statistic", "median of wall time (cpu and heap of that same run)");
        r.put("load_average_1m_at_end", loadAverage());
        ObjectNode in = r.putObject("inputs");
        in.put("class_files", inputs.classFiles());
        in.put("test_class_files", inputs.testClasses());
        in.put("test_cases", inputs.testCases());
        in.put("requirements", inputs.requirements());
        in.put("soup_components", inputs.soup());
        in.put("items", inputs.items());
        in.put("declared_units", inputs.declaredUnits());
        in.put("surefire_reports", inputs.reportFiles());
        in.put("java_sources_for_oft", inputs.sourceFiles());
        median.forEach((name, m) -> {
            r.put(name + "_wall_s", round(m.wallSeconds()));
            r.put(name + "_cpu_s", round(m.cpuSeconds()));
            if (m.peakHeapMb() >= 0) {
                r.put(name + "_peak_heap_mb", round(m.peakHeapMb()));
            }
        });
        if (verdict != null) {
            r.put("check_verdict", verdict.get("verdict").asText());
            r.put("check_errors", verdict.get("errors").asLong());
            r.put("check_warnings", verdict.get("warnings").asLong());
            r.set("check_violations_by_rule", verdict.get("violations_by_rule"));
            r.put("check_units", verdict.get("units").asLong());
            r.put("check_bundle_bytes", verdict.get("bundle_bytes").asLong());
        }
        double check = median.get("check").wallSeconds();
        ObjectNode ratios = r.putObject("check_ratio_to");
        ratios.put("oft", round(check / median.get("oft").wallSeconds()));
        ratios.put("jacoco_report", round(check / median.get("jacoco_report").wallSeconds()));
        ratios.put("jacoco_analysis", round(check / median.get("jacoco_analysis").wallSeconds()));
        ratios.put("floor", round(check / median.get("floor").wallSeconds()));
        // what no check can go below: JaCoCo's analysis (the unit gate needs it) and reading every input once
        ObjectNode bounds = r.putObject("lower_bounds_ratio_to_oft");
        bounds.put("jacoco_analysis", round(median.get("jacoco_analysis").wallSeconds()
                / median.get("oft").wallSeconds()));
        bounds.put("floor", round(median.get("floor").wallSeconds() / median.get("oft").wallSeconds()));
        Double sampleGoal = null;
        if (sampleRuns != null) {
            sampleGoal = sampleRuns.stream().sorted().toList().get(sampleRuns.size() / 2);
            r.put("sample_check_goal_s", round(sampleGoal));
            ArrayNode runs = r.putArray("sample_check_goal_runs_s");
            sampleRuns.forEach(s -> runs.add(round(s)));
        }
        ArrayNode targets = r.putArray("targets");
        if (size == Size.L) {
            target(targets, "L check <= 0.5x OpenFastTrace", ratios.get("oft").asDouble(), 0.5);
            target(targets, "L check <= 0.5x JaCoCo report", ratios.get("jacoco_report").asDouble(), 0.5);
            ObjectNode heap = targets.addObject();
            heap.put("target", "L completes with -Xmx512m");
            heap.put("measured", median.get("check").exitCode() == 0 && verdict != null ? "completed" : "failed");
            heap.put("met", median.get("check").exitCode() == 0 && verdict != null);
            if (mediumOfThisRun != null) {
                target(targets, "M -> L check wall <= 11x", check / mediumOfThisRun.get("check_wall_s").asDouble(),
                        11);
            }
        }
        if (median.containsKey("reactor_check")) {
            target(targets, "device gate (50 modules) <= 1.2x check", median.get("reactor_check").wallSeconds()
                    / check, 1.2);
        }
        if (sampleGoal != null) {
            target(targets, "sample-device-project: check goal adds < 1 s", sampleGoal, 1.0);
        }
        return r;
    }

    private static void target(ArrayNode targets, String what, double measured, double limit) {
        ObjectNode t = targets.addObject();
        t.put("target", what);
        t.put("measured", round(measured));
        t.put("limit", limit);
        t.put("met", measured <= limit);
    }

    static String table(ObjectNode r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%n   size %s (%d cores, %s, median of %d)%n", r.get("size").asText(),
                r.get("cores").asInt(), r.get("heap_flags").asText(), r.get("runs_per_contender").asInt()));
        s.append(String.format(Locale.ROOT, "   %-38s %8s %8s %10s %12s%n", "contender", "wall s", "cpu s",
                "heap MB", "check/this"));
        double check = r.get("check_wall_s").asDouble();
        for (String[] row : ROWS) {
            if (!r.has(row[0] + "_wall_s")) {
                continue;
            }
            double wall = r.get(row[0] + "_wall_s").asDouble();
            s.append(String.format(Locale.ROOT, "   %-38s %8.2f %8.2f %10s %12s%n", row[1], wall,
                    r.get(row[0] + "_cpu_s").asDouble(),
                    r.has(row[0] + "_peak_heap_mb") ? String.format(Locale.ROOT, "%.0f", r.get(row[0]
                            + "_peak_heap_mb").asDouble()) : "-",
                    row[0].equals("check") ? "" : String.format(Locale.ROOT, "%.2fx", check / wall)));
        }
        if (r.has("check_verdict")) {
            s.append(String.format(Locale.ROOT, "   check verdict: %s (%d errors, %d warnings) %s%n",
                    r.get("check_verdict").asText(), r.get("check_errors").asLong(), r.get("check_warnings").asLong(),
                    r.get("check_violations_by_rule")));
        }
        if (r.has("sample_check_goal_s")) {
            s.append(String.format(Locale.ROOT, "   sample-device-project: the check goal took %.2f s of mvn clean "
                    + "verify (median of %d builds)%n", r.get("sample_check_goal_s").asDouble(),
                    r.get("sample_check_goal_runs_s").size()));
        }
        JsonNode bounds = r.get("lower_bounds_ratio_to_oft");
        s.append(String.format(Locale.ROOT, "   lower bounds, as a share of OpenFastTrace's time: JaCoCo analysis alone "
                + "%.2fx, floor %.2fx%n", bounds.get("jacoco_analysis").asDouble(), bounds.get("floor").asDouble()));
        for (JsonNode t : r.get("targets")) {
            s.append(String.format(Locale.ROOT, "   target %-46s measured %-10s %s%n", t.get("target").asText(),
                    t.get("measured").asText(), t.get("met").asBoolean() ? "met" : "MISSED"));
        }
        return s.toString();
    }

    /** @return the 1-minute load average (a shared machine makes every wall time longer), -1 when unknown */
    private static double loadAverage() {
        try {
            return Double.parseDouble(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
