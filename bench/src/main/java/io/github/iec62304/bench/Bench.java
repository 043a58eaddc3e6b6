package io.github.iec62304.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark driver: for each size, generates the project (or reuses it), runs every contender as a fresh JVM
 * with the same heap flags, prints the table with ratios and writes {@code bench/results/<SIZE>.json}.
 *
 * <p>{@code Bench <repository-root> SIZE...}. Exit code 1 only when a run is broken (a contender failed, the check
 * did not complete); a missed target prints MISSED and still exits 0.
 */
public final class Bench {

    /** Heap flags of every contender (the L target: the check completes with -Xmx512m). */
    static final List<String> HEAP = List.of("-Xmx512m");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path repo;
    private final Path bench;
    private final int repeat;
    private final Map<Size, ObjectNode> results = new LinkedHashMap<>();

    private Bench(Path repo, int repeat) {
        this.repo = repo;
        this.bench = repo.resolve("bench");
        this.repeat = repeat;
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toAbsolutePath().normalize();
        int repeat = Integer.getInteger("bench.repeat", 0);
        List<Size> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Size.parse(args[i]));
        }
        if (sizes.isEmpty()) {
            System.err.println("usage: bench/run SIZE... (S, M, L)");
            System.exit(2);
        }
        Bench b = new Bench(repo, repeat);
        boolean broken = false;
        for (Size size : sizes) {
            broken |= !b.run(size);
        }
        System.exit(broken ? 1 : 0);
    }

    /** @return {@code false} when the run is broken */
    private boolean run(Size size) throws Exception {
        Path dir = bench.resolve("target/work/" + size);
        Path out = bench.resolve("target/runs/" + size);
        Files.createDirectories(out);
        System.out.println("== " + size + ": generating " + dir);
        long t = System.nanoTime();
        ProjectGenerator.Inputs inputs = ProjectGenerator.generate(size, dir);
        System.out.printf("   %d class files, %d test cases, %d requirements, %d SOUP (%.1f s)%n", inputs.classFiles(),
                inputs.testCases(), inputs.requirements(), inputs.soup(), (System.nanoTime() - t) / 1e9);
        int n = repeat > 0 ? repeat : size == Size.M ? 3 : 1;
        Contenders contenders = new Contenders(repo, dir, out, ReactorSplit.split(dir));
        contenders.removeReports(); // of an earlier run, before anything is timed
        contenders.floor(); // untimed: brings every input into the page cache, for every contender alike
        Map<String, List<ProcessRun.Measurement>> runs = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) { // interleaved, so load changes on a shared machine hit every contender
            runs.computeIfAbsent("check", k -> new ArrayList<>()).add(contenders.check());
            runs.computeIfAbsent("reactor_check", k -> new ArrayList<>()).add(contenders.reactorCheck());
            runs.computeIfAbsent("oft", k -> new ArrayList<>()).add(contenders.oft());
            runs.computeIfAbsent("jacoco_report", k -> new ArrayList<>()).add(contenders.jacoco());
            runs.computeIfAbsent("jacoco_analysis", k -> new ArrayList<>()).add(contenders.jacocoAnalysis());
            runs.computeIfAbsent("floor", k -> new ArrayList<>()).add(contenders.floor());
            if (size == Size.M) {
                runs.computeIfAbsent("mvn_check", k -> new ArrayList<>()).add(contenders.mvn());
            }
        }
        contenders.removeReports();
        boolean ok = true;
        for (Map.Entry<String, List<ProcessRun.Measurement>> e : runs.entrySet()) {
            for (ProcessRun.Measurement m : e.getValue()) {
                if (m.exitCode() != 0) {
                    System.out.println("BROKEN: " + e.getKey() + " exited with " + m.exitCode() + "; see " + m.log());
                    ok = false;
                }
            }
        }
        JsonNode verdict = Files.isRegularFile(out.resolve("check-result.json"))
                ? JSON.readTree(out.resolve("check-result.json").toFile()) : null;
        if (verdict == null) {
            System.out.println("BROKEN: the check wrote no result; see " + out.resolve("check.log"));
            ok = false;
        }
        Map<String, ProcessRun.Measurement> median = new LinkedHashMap<>();
        runs.forEach((k, v) -> median.put(k, v.stream().sorted(Comparator.comparingDouble(
                ProcessRun.Measurement::wallSeconds)).toList().get(v.size() / 2)));
        List<Double> sampleGoal = null;
        if (size == Size.M && !Boolean.getBoolean("bench.skipSample")) {
            sampleGoal = SampleBuild.checkGoalSeconds(repo, out, n);
        }
        ObjectNode result = Results.of(size, inputs, n, median, verdict, sampleGoal, results.get(Size.M));
        results.put(size, result);
        Files.createDirectories(bench.resolve("results"));
        JSON.writeValue(bench.resolve("results/" + size + ".json").toFile(), result);
        System.out.println(Results.table(result));
        System.out.println("   written: bench/results/" + size + ".json");
        return ok;
    }

    /** The contenders of one size, each a fresh JVM with {@link #HEAP}. */
    private static final class Contenders {
        private final Path repo;
        private final Path dir;
        private final Path out;
        private final Path reactor;
        private final String benchClasses;
        private final String benchClasspath;
        private int jacocoRuns;

        Contenders(Path repo, Path dir, Path out, Path reactor) {
            this.repo = repo;
            this.dir = dir;
            this.out = out;
            this.reactor = reactor;
            Path target = repo.resolve("bench/target");
            this.benchClasses = target.resolve("classes").toString();
            this.benchClasspath = benchClasses + File.pathSeparator + target.resolve("lib") + File.separator + "*";
        }

        ProcessRun.Measurement check() throws Exception {
            return launch("check", benchClasspath, CheckContender.class.getName(),
                    List.of(dir.toString(), out.resolve("check-result.json").toString()));
        }

        /** The same inputs as {@link #check()}, split into {@link ReactorSplit#MODULES} modules (issue 14). */
        ProcessRun.Measurement reactorCheck() throws Exception {
            return launch("reactor-check", benchClasspath, CheckContender.class.getName(),
                    List.of(reactor.toString(), out.resolve("reactor-check-result.json").toString(), "reactor"));
        }

        ProcessRun.Measurement oft() throws Exception {
            return launch("oft", peer("openfasttrace.jar"), "org.itsallcode.openfasttrace.core.cli.CliStarter",
                    List.of("trace", "-f", out.resolve("oft-report.txt").toString(), "doc/spec", "src/main/java",
                            "src/test/java"));
        }

        /**
         * Each run writes its HTML into a directory of its own: deleting the 50,000 pages of the previous run just
         * before would make the file system's deferred work of that deletion part of this run (measured: 23 s
         * into a new directory, 43 s with 25 s of system time right after deleting the last one).
         */
        ProcessRun.Measurement jacoco() throws Exception {
            Path html = out.resolve("jacoco-html-" + (++jacocoRuns));
            return launch("jacoco-report", peer("org.jacoco.cli-nodeps.jar"), "org.jacoco.cli.internal.Main",
                    List.of("report", "target/jacoco.exec", "--classfiles", "target/classes", "--html", html.toString(),
                            "--quiet"));
        }

        /**
         * JaCoCo's analysis of the same classes and exec file alone (its CSV report: no HTML to write). The unit
         * gate needs this analysis (coverage per unit, IEC 62304 5.5.5, measured with JaCoCo core), so it is a lower
         * bound of what the check can cost besides reading its other inputs.
         */
        ProcessRun.Measurement jacocoAnalysis() throws Exception {
            return launch("jacoco-analysis", peer("org.jacoco.cli-nodeps.jar"), "org.jacoco.cli.internal.Main",
                    List.of("report", "target/jacoco.exec", "--classfiles", "target/classes", "--csv",
                            out.resolve("jacoco.csv").toString(), "--quiet"));
        }

        ProcessRun.Measurement floor() throws Exception {
            return launch("floor", benchClasses, FloorContender.class.getName(), List.of(dir.toString()));
        }

        /** Deletes the HTML reports of JaCoCo's runs, then waits for the file system to write that out. */
        void removeReports() throws IOException, InterruptedException {
            try (var dirs = Files.newDirectoryStream(out, "jacoco-html*")) {
                for (Path d : dirs) {
                    ProjectGenerator.delete(d);
                }
            }
            try {
                new ProcessBuilder("sync").inheritIO().start().waitFor();
            } catch (IOException e) {
                // no sync command (not Linux): the deletion settles on its own
            }
        }

        /** {@code mvn -o iec62304:check} on the generated pom, through the installed plugin. */
        ProcessRun.Measurement mvn() throws Exception {
            String mvnw = repo.resolve(System.getProperty("os.name").startsWith("Windows") ? "mvnw.cmd" : "mvnw")
                    .toString();
            return ProcessRun.run(List.of(mvnw, "-o", "-B", "-q", "-f", dir.resolve("pom.xml").toString(),
                    "iec62304:check"), dir, out.resolve("mvn-check.log"), null,
                    Map.of("MAVEN_OPTS", String.join(" ", HEAP)));
        }

        private String peer(String jar) {
            return benchClasses + File.pathSeparator + repo.resolve("bench/target/peers/" + jar);
        }

        private ProcessRun.Measurement launch(String name, String classpath, String main, List<String> args)
                throws IOException, InterruptedException {
            Path measurement = out.resolve(name + ".measure.json");
            return ProcessRun.run(ProcessRun.launch(HEAP, classpath, measurement, main, args), dir,
                    out.resolve(name + ".log"), measurement, Map.of());
        }
    }
}
