package io.github.iec62304.core.write;

import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.model.soup.SbomComponent;
import io.github.iec62304.core.read.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes starter SOUP register entries for every shipped component the register does not cover yet, pre-filled
 * with what the SBOM knows. What only a person can state is left empty with a {@code # TO FILL} comment, so the
 * gate keeps failing until it is filled. Never overwrites the team's register: it creates it when absent, and
 * otherwise writes the missing entries beside it, to a file that it replaces only when it wrote it itself (it
 * starts with {@link #HEADER}) and nobody edited it since: its last line holds the SHA-256 of everything above it,
 * so answers filled in there are never overwritten by a second run.
 */
public final class SoupRegisterStarter {

    /** First words of every file this class writes: how it recognises its own additions file. */
    static final String HEADER = "# SOUP register entries written by mvn iec62304:soup-register";
    /** Last line of an additions file: the SHA-256 of every byte above it, as written. */
    static final String UNEDITED = "# unedited since written, sha256 of the lines above: ";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/()+-]*[A-Za-z0-9.)]|[A-Za-z0-9]");

    /**
     * @param file    the file written, or {@code null} when nothing was missing
     * @param entries how many entries it holds
     * @param created {@code true} when it is the new register itself, {@code false} for the additions file
     */
    public record Result(Path file, int entries, boolean created) {
    }

    private SoupRegisterStarter() {
    }

    /**
     * @param soup      the SBOM joined with the current register
     * @param register  the team's register file
     * @param additions where the missing entries go when the register exists
     */
    public static Result write(SoupModel soup, Path register, Path additions) {
        List<SbomComponent> missing = soup.shipped().stream().filter(c -> c.entry() == null)
                .map(SoupModel.Component::component).toList();
        if (missing.isEmpty()) {
            return new Result(null, 0, false);
        }
        boolean create = !Files.exists(register, LinkOption.NOFOLLOW_LINKS);
        Path target = create ? register : additions;
        if (!create && Files.exists(additions, LinkOption.NOFOLLOW_LINKS)) {
            requireUnedited(additions, register);
        }
        String text = render(missing, soup.sbom() == null ? "the SBOM" : soup.sbom().source(), create);
        if (!create) {
            text = text + UNEDITED + Sha256.of(text.getBytes(StandardCharsets.UTF_8)) + "\n";
        }
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            if (create) { // never over a register that appeared meanwhile
                Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } else {
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return new Result(target, missing.size(), create);
    }

    /** Refuses an additions file the starter did not write, or one edited since (its answers would be lost). */
    private static void requireUnedited(Path additions, Path register) {
        String text = null;
        if (Files.isRegularFile(additions, LinkOption.NOFOLLOW_LINKS)) {
            try {
                text = new String(Files.readAllBytes(additions), StandardCharsets.UTF_8);
            } catch (IOException e) {
                text = null;
            }
        }
        if (text == null || !text.startsWith(HEADER)) {
            throw new UnsafeBundlePathException("Refusing to overwrite " + additions + ": it exists and was not "
                    + "written by iec62304:soup-register. Nothing was changed. Set soupAdditionsFile "
                    + "(iec62304.soupAdditionsFile) to a new file, such as the default "
                    + "target/iec62304-soup-additions.yaml.");
        }
        int last = text.lastIndexOf(UNEDITED);
        boolean unedited = last >= 0 && text.endsWith("\n") && text.indexOf('\n', last) == text.length() - 1
                && text.substring(last + UNEDITED.length(), text.length() - 1)
                .equals(Sha256.of(text.substring(0, last).getBytes(StandardCharsets.UTF_8)));
        if (!unedited) {
            throw new UnsafeBundlePathException("Refusing to overwrite " + additions + ": it was edited after "
                    + "iec62304:soup-register wrote it, and what was filled in there would be lost. Nothing was "
                    + "changed. Copy its entries into " + register + ", delete it, and run the goal again.");
        }
    }

    static String render(List<SbomComponent> components, String sbom, boolean wholeRegister) {
        StringBuilder out = new StringBuilder();
        out.append(HEADER).append(" from ").append(sbom).append(".\n")
                .append("# Check what came from the SBOM. Fill every field marked TO FILL: for class B and C the\n")
                .append("# build fails until they are filled (IEC 62304 5.3.3, 5.3.4, 7.1.2 c, 7.1.3).\n")
                .append("# SOUP no SBOM lists (the Java runtime, an OS) needs an entry too: '- runtime: <name>'.\n");
        if (!wholeRegister) {
            out.append("# Copy the entries below the next line into the 'soup:' list of your register.\n");
        }
        out.append("soup:\n");
        for (SbomComponent c : components) {
            out.append("  - component: ").append(value(c.purl().isEmpty() || c.group().isEmpty() ? c.coordinates()
                    : "pkg:maven/" + c.group() + "/" + c.name())).append('\n');
            out.append("    title: ").append(value(c.name())).append('\n');
            out.append(c.manufacturer().isEmpty()
                    ? "    manufacturer:              # TO FILL (8.1.2 b): the manufacturer, or \"community\" plus website\n"
                    : "    manufacturer: " + value(c.manufacturer()) + "    # from the " + c.manufacturerSource()
                    + ": check it\n");
            if (!c.website().isEmpty()) {
                out.append("    website: ").append(value(c.website())).append('\n');
            }
            out.append("    version: \"").append(c.version().replace("\"", "")).append("\"\n")
                    .append("    functionalRequirements:    # TO FILL (5.3.3): what the device needs from it, "
                            + "including performance\n")
                    .append("    systemRequirements:        # TO FILL (5.3.4): the hardware and software it needs\n")
                    .append("    risk:                      # TO FILL (7.1.2 c): hazards: [...], or level: and "
                            + "rationale:\n");
            out.append(c.issueTracker().isEmpty()
                    ? "    anomalyList:               # TO FILL (7.1.3): where its known anomalies are published\n"
                    : "    anomalyList: " + value(c.issueTracker()) + "    # from the SBOM issue tracker\n");
            out.append("    anomalyReview:             # TO FILL (7.1.3): version, date, reviewer, result of "
                    + "evaluating that list for " + c.version() + "\n");
        }
        return out.toString();
    }

    /** @return the value as YAML: plain when safe (not {@code null}, which YAML reads as no value), else quoted */
    static String value(String s) {
        if (PLAIN.matcher(s).matches() && !s.contains(": ") && !s.contains(" #") && !s.equalsIgnoreCase("null")) {
            return s;
        }
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
