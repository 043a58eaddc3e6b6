package io.github.iec62304.plugin;

import io.github.iec62304.core.ReleaseSettings.BaselineSource;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

/**
 * Turns {@code <baseline>} into the previous release's evidence bundle: {@code none}, a version of this artifact,
 * {@code groupId:artifactId:version} (resolved with classifier {@code iec62304-evidence}, type {@code zip}, from the
 * project's repositories like any artifact), or a zip file.
 */
final class BaselineResolver {

    private BaselineResolver() {
    }

    static BaselineSource resolve(String baseline, MavenProject project, RepositorySystem repositories,
                                  RepositorySystemSession session) throws MojoExecutionException {
        if (baseline == null || baseline.isBlank()) {
            return BaselineSource.notDeclared();
        }
        String b = baseline.strip();
        if (b.toLowerCase(Locale.ROOT).equals("none")) {
            return BaselineSource.none();
        }
        if (b.contains("/") || b.contains("\\") || b.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            Path file = project.getBasedir().toPath().resolve(b);
            return BaselineSource.bundle(b, file);
        }
        String[] parts = b.split(":", -1);
        if (parts.length != 1 && parts.length != 3 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
            throw new MojoExecutionException("<baseline> (iec62304.baseline) '" + b + "' is not none, a version "
                    + "(1.0.0), groupId:artifactId:version or a .zip file");
        }
        String groupId = parts.length == 3 ? parts[0] : project.getGroupId();
        String artifactId = parts.length == 3 ? parts[1] : project.getArtifactId();
        String version = parts.length == 3 ? parts[2] : parts[0];
        DefaultArtifact artifact = new DefaultArtifact(groupId, artifactId, CheckMojo.CLASSIFIER, "zip", version);
        try {
            ArtifactResult result = repositories.resolveArtifact(session,
                    new ArtifactRequest(artifact, project.getRemoteProjectRepositories(), null));
            String coordinates = groupId + ":" + artifactId + ":" + version;
            return BaselineSource.bundle("baseline " + coordinates + " (" + CheckMojo.CLASSIFIER + " zip)",
                    result.getArtifact().getFile().toPath());
        } catch (ArtifactResolutionException e) {
            String repos = project.getRemoteProjectRepositories().stream().map(r -> r.getId())
                    .collect(Collectors.joining(", "));
            throw new MojoExecutionException("Baseline " + groupId + ":" + artifactId + ":zip:" + CheckMojo.CLASSIFIER
                    + ":" + version + " cannot be resolved from the local repository"
                    + (repos.isEmpty() ? "" : " or " + repos) + ". Install or deploy the previous release's evidence "
                    + "bundle, point <baseline> at its zip file, or write <baseline>none</baseline> for the first "
                    + "release.");
        }
    }
}
