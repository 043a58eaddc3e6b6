package io.github.iec62304.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs one contender's {@code main} in this JVM and, when the JVM ends (also through {@code System.exit}, which
 * OpenFastTrace's and JaCoCo's command lines call), writes what the JVM measured of itself to a file:
 * {@code cpu_ns} (process CPU time, all threads: JIT and GC included), {@code peak_heap_bytes} (sum of the peak
 * usage of every heap memory pool: eden, survivor, old; an upper bound of the peak heap, since pools peak at
 * different moments) and {@code uptime_ms}. Uses only the JDK, so it adds nothing to a peer's classpath.
 *
 * <p>{@code Launch <measurement-file> <main-class> [args...]}
 */
public final class Launch {

    private Launch() {
    }

    public static void main(String[] args) throws Throwable {
        Path out = Path.of(args[0]);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> record(out)));
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void record(Path out) {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        String json = "{\"cpu_ns\": " + cpu + ", \"peak_heap_bytes\": " + peak + ", \"uptime_ms\": "
                + ManagementFactory.getRuntimeMXBean().getUptime() + "}\n";
        try {
            Files.writeString(out, json, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            System.err.println("cannot write " + out + ": " + e);
        }
    }
}
