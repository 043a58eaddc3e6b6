package io.github.iec62304.core.read.coverage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;
import org.jacoco.core.data.SessionInfoStore;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.internal.data.CRC64;
import org.jacoco.core.runtime.LoggerRuntime;
import org.jacoco.core.runtime.RuntimeData;

/**
 * Real JaCoCo execution data, made in-process: compiled test-source classes are instrumented with JaCoCo core,
 * loaded in their own class loader and run, and the probes they hit are collected and written as an exec file,
 * exactly as the agent would (BUILD.md trap 8).
 */
public final class ExecutionDataFixture {

    private ExecutionDataFixture() {
    }

    /** @return the compiled class file of a test-source class */
    public static Path classFile(Class<?> type) {
        try {
            Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return root.resolve(type.getName().replace('.', '/') + ".class");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the bytes of {@link #classFile} */
    public static byte[] bytes(Class<?> type) {
        try {
            return Files.readAllBytes(classFile(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Instruments {@code classes}, then calls the static method {@code method} of the first with {@code args}.
     *
     * @return the probes of every instrumented class that ran
     */
    public static ExecutionDataStore run(List<Class<?>> classes, String method, Object... args) throws Exception {
        LoggerRuntime runtime = new LoggerRuntime();
        Instrumenter instrumenter = new Instrumenter(runtime);
        Map<String, byte[]> instrumented = new HashMap<>();
        for (Class<?> c : classes) {
            instrumented.put(c.getName(), instrumenter.instrument(bytes(c), c.getName()));
        }
        RuntimeData data = new RuntimeData();
        runtime.startup(data);
        try {
            Class<?> target = new MemoryClassLoader(instrumented).loadClass(classes.get(0).getName());
            Method m = Arrays.stream(target.getDeclaredMethods()).filter(x -> x.getName().equals(method))
                    .findFirst().orElseThrow();
            m.setAccessible(true);
            m.invoke(null, args);
            ExecutionDataStore store = new ExecutionDataStore();
            data.collect(store, new SessionInfoStore(), false);
            return store;
        } finally {
            runtime.shutdown();
        }
    }

    /** @return execution data that names the class but has another id: the class was recompiled since */
    public static ExecutionDataStore stale(Class<?> type) {
        ExecutionDataStore store = new ExecutionDataStore();
        long otherId = CRC64.classId(bytes(type)) + 1; // the id of another version of the class file
        store.put(new ExecutionData(otherId, type.getName().replace('.', '/'), new boolean[] {true, true, true}));
        return store;
    }

    /** Writes an exec file as the JaCoCo agent does: header, one session, the execution data. */
    public static void write(Path file, ExecutionDataStore store) throws IOException {
        // dumped after the fixture classes were copied, as in a real build
        write(file, store, System.currentTimeMillis() + 60_000);
    }

    /** Writes an exec file whose one session was dumped at {@code dumpTime} (ms since 1970). */
    public static void write(Path file, ExecutionDataStore store, long dumpTime) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            ExecutionDataWriter writer = new ExecutionDataWriter(out);
            writer.visitSessionInfo(new SessionInfo("iec62304-test", dumpTime, dumpTime));
            store.accept(writer);
        }
    }

    /** Defines the instrumented classes itself; everything else comes from the test class path. */
    private static final class MemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> definitions;

        MemoryClassLoader(Map<String, byte[]> definitions) {
            super(ExecutionDataFixture.class.getClassLoader());
            this.definitions = definitions;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            byte[] bytes = definitions.get(name);
            if (bytes == null) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                return c != null ? c : defineClass(name, bytes, 0, bytes.length);
            }
        }
    }
}
