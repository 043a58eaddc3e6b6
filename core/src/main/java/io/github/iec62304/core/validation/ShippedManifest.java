package io.github.iec62304.core.validation;

import io.github.iec62304.core.read.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The sha256 of every file of every reference case, as shipped in the plugin: {@code manifest.sha256}, one
 * {@code sha256sum} line per file ({@code <digest>  cases/<case>/<path>}). Always read from the tool's own jar,
 * never from the cases being run, so a changed case cannot bring a manifest that vouches for it.
 *
 * @param cases  case name to its files (path inside the case directory to sha256)
 * @param sha256 the digest of the manifest itself, for the record
 */
public record ShippedManifest(SortedMap<String, SortedMap<String, String>> cases, String sha256) {

    /** Where the cases and the manifest are on the class path. */
    public static final String RESOURCES = "/io/github/iec62304/core/validation/";

    /** @return the manifest shipped with this tool */
    public static ShippedManifest shipped() {
        try (InputStream in = ShippedManifest.class.getResourceAsStream(RESOURCES + "manifest.sha256")) {
            if (in == null) {
                throw new IllegalStateException("the tool's jar has no " + RESOURCES + "manifest.sha256");
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the manifest of these bytes */
    static ShippedManifest parse(byte[] bytes) {
        SortedMap<String, SortedMap<String, String>> cases = new TreeMap<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (!line.matches("[0-9a-f]{64}  cases/[^/]+/.+")) {
                throw new IllegalStateException("manifest.sha256:" + (i + 1) + ": not '<sha256>  cases/<case>/<path>'");
            }
            String path = line.substring(66 + "cases/".length());
            int slash = path.indexOf('/');
            cases.computeIfAbsent(path.substring(0, slash), c -> new TreeMap<>())
                    .put(path.substring(slash + 1), line.substring(0, 64));
        }
        cases.replaceAll((c, files) -> Collections.unmodifiableSortedMap(files));
        return new ShippedManifest(Collections.unmodifiableSortedMap(cases), Sha256.of(bytes));
    }

    /** @return the files of a shipped case, or an empty map for a case that was not shipped */
    public SortedMap<String, String> filesOf(String caseName) {
        return cases.getOrDefault(caseName, Collections.emptySortedMap());
    }

    /** @return how many files the manifest lists */
    public int fileCount() {
        return cases.values().stream().mapToInt(Map::size).sum();
    }
}
