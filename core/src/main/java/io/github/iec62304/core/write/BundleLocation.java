package io.github.iec62304.core.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the evidence bundle goes, checked before anything is read or written: the plugin replaces only a
 * directory and a zip it wrote itself. It refuses an evidence directory or bundle file that is the project
 * directory or a folder above it, that is, lies inside or holds a source or resource root, or that exists and was
 * not written by the plugin (see {@link BundleOwnership}); the same for the staging paths beside them.
 *
 * @param directory the evidence directory, absolute
 * @param zipFile   the bundle zip, absolute
 */
public record BundleLocation(Path directory, Path zipFile) {

    /**
     * @param projectDir     the project directory; relative paths are resolved against it
     * @param directory      the evidence directory as configured
     * @param zipFile        the bundle zip as configured
     * @param protectedRoots source and resource roots (those that do not exist too)
     * @throws UnsafeBundlePathException with one line naming the path, the reason and the fix
     */
    public static BundleLocation check(Path projectDir, Path directory, Path zipFile, List<Path> protectedRoots) {
        Path project = canonical(projectDir);
        Path dir = canonical(projectDir.resolve(directory));
        Path zip = canonical(projectDir.resolve(zipFile));
        List<Path> roots = protectedRoots.stream().map(r -> canonical(projectDir.resolve(r))).toList();
        try {
            String why = whyNotDirectory(project, dir, roots);
            if (why != null) {
                throw refusal("evidence directory", project, dir, why, "evidenceDirectory", "target/iec62304");
            }
            why = whyNotZip(project, dir, zip, roots);
            if (why != null) {
                throw refusal("bundle file", project, zip, why, "bundleFile",
                        "target/<finalName>-iec62304-evidence.zip");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the evidence directory " + dir + ": " + e.getMessage(), e);
        }
        return new BundleLocation(dir, zip);
    }

    private static String whyNotDirectory(Path project, Path dir, List<Path> roots) throws IOException {
        if (project.startsWith(dir)) {
            return dir.equals(project) ? "it is the project directory" : "it holds the project directory";
        }
        for (Path root : roots) {
            if (dir.startsWith(root) || root.startsWith(dir)) {
                return "it is, lies in or holds the source or resource root " + label(project, root);
            }
        }
        String why = BundleOwnership.whyNotOurs(dir, true);
        if (why != null) {
            return why;
        }
        for (String sibling : List.of(EvidenceBundleWriter.STAGING, EvidenceBundleWriter.PREVIOUS)) {
            Path p = dir.resolveSibling(dir.getFileName() + sibling);
            why = BundleOwnership.whyNotOurs(p, false);
            if (why != null) {
                return "the plugin needs " + label(project, p) + " beside it, but " + why;
            }
        }
        return null;
    }

    private static String whyNotZip(Path project, Path dir, Path zip, List<Path> roots) {
        if (project.startsWith(zip)) {
            return zip.equals(project) ? "it is the project directory" : "it holds the project directory";
        }
        if (zip.startsWith(dir) || dir.startsWith(zip)) {
            return "it is, lies in or holds the evidence directory " + label(project, dir);
        }
        for (Path root : roots) {
            if (zip.startsWith(root) || root.startsWith(zip)) {
                return "it is, lies in or holds the source or resource root " + label(project, root);
            }
        }
        String why = BundleOwnership.whyNotOurZip(zip);
        if (why != null) {
            return "it exists and " + why;
        }
        Path partial = zip.resolveSibling(zip.getFileName() + EvidenceBundleWriter.STAGING);
        if (!BundleOwnership.isOurPartialZip(partial)) {
            return "the plugin needs " + label(project, partial) + " beside it, but that file was not written by "
                    + "the plugin";
        }
        return null;
    }

    private static UnsafeBundlePathException refusal(String what, Path project, Path path, String why, String param,
                                                     String fix) {
        return new UnsafeBundlePathException("Refusing to write the " + what + " " + label(project, path) + ": "
                + why + ". Nothing was changed. Set " + param + " (iec62304." + param + ") to a path of its own, "
                + "such as the default " + fix + ".");
    }

    private static String label(Path project, Path path) {
        if (path.equals(project)) {
            return ".";
        }
        Path shown = path.startsWith(project) && !path.equals(project) ? project.relativize(path) : path;
        return shown.toString().replace('\\', '/');
    }

    /** The absolute, normalized path with every symbolic link of its existing part resolved. */
    public static Path canonical(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
