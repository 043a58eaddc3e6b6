package io.github.iec62304.core.project;

import java.time.Instant;

/**
 * What the evidence says about the build it documents.
 *
 * @param groupId        project groupId
 * @param artifactId     project artifactId
 * @param version        project version
 * @param name           project name
 * @param toolVersion    version of this plugin
 * @param buildTimestamp from {@code project.build.outputTimestamp}, or {@code null} when not set
 * @param git            the commit, or {@code null} outside git
 */
public record ProjectInfo(String groupId, String artifactId, String version, String name, String toolVersion,
                          Instant buildTimestamp, GitRevision git) {
}
