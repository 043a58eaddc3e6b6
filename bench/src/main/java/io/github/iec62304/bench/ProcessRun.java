package io.github.iec62304.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one contender as a fresh process and measures it: wall time from start to exit as the parent sees it (JVM
 * start included); CPU time as the kernel accounts it to the reaped child ({@code /proc/self/stat} cutime + cstime
 * of this process, before and after; the child's own threads and children included), else as the child reports it;
 * peak heap as {@link Launch} reports it from inside the child.
 */
final class ProcessRun {

    /** What one run measured; {@code peakHeapMb} is negative when the contender is not a {@link Launch} JVM. */
    record Measurement(double wallSeconds, double cpuSeconds, double peakHeapMb, int exitCode, Path log) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ: 100 on Linux

    private ProcessRun() {
    }

    /**
     * @param command     the command
     * @param workDir     its working directory
     * @param log         where its stdout and stderr go
     * @param measurement the file {@link Launch} writes, or {@code null}
     * @param env         extra environment
     */
    static Measurement run(List<String> command, Path workDir, Path log, Path measurement, Map<String, String> env)
            throws IOException, InterruptedException {
        if (measurement != null) {
            Files.deleteIfExists(measurement);
        }
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        long ticksBefore = childTicks();
        long start = System.nanoTime();
        Process p = pb.start();
        int exit = p.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        long ticksAfter = childTicks();
        double cpu = ticksBefore >= 0 && ticksAfter >= 0 ? (ticksAfter - ticksBefore) / TICKS_PER_SECOND : -1;
        double heap = -1;
        if (measurement != null && Files.isRegularFile(measurement)) {
            JsonNode m = JSON.readTree(measurement.toFile());
            heap = m.get("peak_heap_bytes").asLong() / (1024.0 * 1024.0);
            if (cpu < 0) {
                cpu = m.get("cpu_ns").asLong() / 1e9;
            }
        }
        return new Measurement(wall, cpu, heap, exit, log);
    }

    /** @return cutime + cstime of this process (CPU of waited-for children) in clock ticks, -1 when unknown */
    private static long childTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[13]) + Long.parseLong(f[14]); // fields 16 and 17 of proc(5)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** @return the java launcher of this JVM */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** @return {@code java <heap> -cp <classpath> Launch <measurement> <main> <args>} */
    static List<String> launch(List<String> jvmFlags, String classpath, Path measurement, String main,
                               List<String> args) {
        List<String> c = new ArrayList<>();
        c.add(java());
        c.addAll(jvmFlags);
        c.add("-cp");
        c.add(classpath);
        c.add(Launch.class.getName());
        c.add(measurement.toString());
        c.add(main);
        c.addAll(args);
        return c;
    }
}
