package io.github.iec62304.core.model.release;

import java.util.List;

/**
 * How the build was made (IEC 62304 5.8.5, 5.7.5): recorded in the manifest of every bundle. No paths.
 *
 * @param javaVersion  {@code java.version}
 * @param javaVendor   {@code java.vendor}
 * @param javaVm       {@code java.vm.name}
 * @param mavenVersion the Maven version, or {@code null} outside Maven
 * @param osName       {@code os.name}
 * @param osVersion    {@code os.version}
 * @param osArch       {@code os.arch}
 * @param plugins      the build's plugins as {@code groupId:artifactId:version}
 */
public record BuildEnvironment(String javaVersion, String javaVendor, String javaVm, String mavenVersion,
                               String osName, String osVersion, String osArch, List<String> plugins) {

    public BuildEnvironment {
        plugins = List.copyOf(plugins);
    }

    /** @return this JVM and OS, with the given Maven version and plugins */
    public static BuildEnvironment current(String mavenVersion, List<String> plugins) {
        return new BuildEnvironment(System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("java.vm.name"), mavenVersion, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"), plugins);
    }
}
