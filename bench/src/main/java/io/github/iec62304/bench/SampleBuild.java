package io.github.iec62304.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How much the {@code check} goal adds to the build of {@code sample-device-project}: runs its {@code mvn verify}
 * with a time stamp on every log line and takes the span from the line that starts the goal
 * ({@code --- iec62304:...:check}) to the next line that starts another goal or ends the build. That span is all
 * the goal adds: loading the plugin, reading, judging, writing and attaching the bundle.
 */
final class SampleBuild {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss,SSS");

    private SampleBuild() {
    }

    /**
     * @param runs how many builds to time (the goal's span varies by a tenth of a second between builds)
     * @return the goal's span in seconds of every build, in order, or {@code null} when a build failed (its log is
     *         kept)
     */
    static List<Double> checkGoalSeconds(Path repo, Path out, int runs) throws IOException, InterruptedException {
        List<Double> spans = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Double span = checkGoalSeconds(repo, out.resolve("sample-verify-" + i + ".log"));
            if (span == null) {
                return null;
            }
            spans.add(span);
        }
        return spans;
    }

    private static Double checkGoalSeconds(Path repo, Path log) throws IOException, InterruptedException {
        String mvnw = repo.resolve("mvnw").toString();
        System.out.println("   sample-device-project: mvn clean verify, timing the check goal ...");
        ProcessRun.Measurement m = ProcessRun.run(List.of(mvnw, "-B", "-f",
                repo.resolve("sample-device-project/pom.xml").toString(), "clean", "verify"), repo, log, null,
                Map.of("MAVEN_OPTS", "-Dorg.slf4j.simpleLogger.showDateTime=true "
                        + "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss,SSS"));
        if (m.exitCode() != 0) {
            System.out.println("   sample-device-project build failed; see " + log);
            return null;
        }
        List<String> lines = Files.readAllLines(log);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("--- iec62304:") && lines.get(i).contains(":check ")) {
                LocalTime start = time(lines.get(i));
                for (int j = i + 1; j < lines.size(); j++) {
                    String l = lines.get(j);
                    if (l.contains("[INFO] --- ") || l.contains("BUILD SUCCESS") || l.contains("BUILD FAILURE")) {
                        return (time(l).toNanoOfDay() - start.toNanoOfDay()) / 1e9;
                    }
                }
            }
        }
        System.out.println("   no check goal found in " + log);
        return null;
    }

    private static LocalTime time(String line) {
        return LocalTime.parse(line.substring(0, 12), TIME);
    }
}
