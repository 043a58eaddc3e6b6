package io.github.iec62304.core.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where the reference cases are read from: the tool's jar (the shipped cases), or a directory holding one folder per
 * case (a copy a user or a test made, which the shipped manifest then judges).
 */
public abstract class CaseFiles {

    /** @return how the record names where the cases came from */
    public abstract String origin();

    /** @return case name to the paths (inside its directory, {@code /}-separated) of the files it has */
    public abstract SortedMap<String, SortedSet<String>> listing();

    /** @return the bytes of a file of a case, or {@code null} when it has no such file */
    public abstract byte[] read(String caseName, String path);

    /** @return the cases shipped in the tool's jar, listed by its manifest */
    public static CaseFiles shipped(ShippedManifest manifest) {
        return new CaseFiles() {
            @Override
            public String origin() {
                return "shipped with the plugin (class path " + ShippedManifest.RESOURCES + "cases)";
            }

            @Override
            public SortedMap<String, SortedSet<String>> listing() {
                SortedMap<String, SortedSet<String>> out = new TreeMap<>();
                manifest.cases().forEach((c, files) -> out.put(c, new TreeSet<>(files.keySet())));
                return out;
            }

            @Override
            public byte[] read(String caseName, String path) {
                String name = ShippedManifest.RESOURCES + "cases/" + caseName + "/" + path;
                try (InputStream in = CaseFiles.class.getResourceAsStream(name)) {
                    return in == null ? null : in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** @return the cases in {@code dir}, one folder per case */
    public static CaseFiles directory(Path dir) {
        return new CaseFiles() {
            @Override
            public String origin() {
                return dir.toAbsolutePath().normalize().toString().replace('\\', '/');
            }

            @Override
            public SortedMap<String, SortedSet<String>> listing() {
                SortedMap<String, SortedSet<String>> out = new TreeMap<>();
                try (Stream<Path> cases = Files.list(dir)) {
                    for (Path c : cases.filter(Files::isDirectory).toList()) {
                        SortedSet<String> files = new TreeSet<>();
                        try (Stream<Path> walk = Files.walk(c)) {
                            walk.filter(Files::isRegularFile)
                                    .forEach(f -> files.add(c.relativize(f).toString().replace('\\', '/')));
                        }
                        out.put(c.getFileName().toString(), files);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return out;
            }

            @Override
            public byte[] read(String caseName, String path) {
                Path file = dir.resolve(caseName).resolve(path);
                try {
                    return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
