package io.github.iec62304.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 1: a component's artifacts (jar, tests jar, other classifiers and types) resolve in their own scopes;
 * the component ships when any of them ships, whichever Maven lists last.
 */
class ResolvedScopesTest {

    @Test
    void aTestScopeTestsJarDoesNotHideTheShippedJar() {
        // the order Maven lists them in a project that ships commons-math3 and tests with its tests jar
        Map<String, String> scopes = new ResolvedScopes()
                .add("org.apache.commons", "commons-math3", "compile")
                .add("org.apache.commons", "commons-math3", "test")
                .asMap();

        assertEquals(Map.of("org.apache.commons:commons-math3", "compile"), scopes);
    }

    @Test
    void theMostShippingScopeWinsInAnyOrder() {
        assertEquals(Map.of("g:a", "runtime"), new ResolvedScopes().add("g", "a", "test").add("g", "a", "runtime")
                .add("g", "a", "provided").asMap());
        assertEquals(Map.of("g:a", "compile"), new ResolvedScopes().add("g", "a", "runtime").add("g", "a", "compile")
                .asMap());
        assertEquals(Map.of("g:a", "system"), new ResolvedScopes().add("g", "a", "provided").add("g", "a", "system")
                .add("g", "a", "test").asMap());
        assertEquals(Map.of("g:a", "provided"), new ResolvedScopes().add("g", "a", "test").add("g", "a", "provided")
                .asMap());
    }

    @Test
    void aScopeMavenLeftEmptyIsCompile() {
        assertEquals(Map.of("g:a", "compile"), new ResolvedScopes().add("g", "a", "test").add("g", "a", null).asMap());
        assertEquals(Map.of("g:b", "compile"), new ResolvedScopes().add("g", "b", "").asMap());
    }

    @Test
    void anUnknownScopeRanksLast() {
        assertEquals(Map.of("g:a", "test"), new ResolvedScopes().add("g", "a", "import").add("g", "a", "test").asMap());
    }

    @Test
    void componentsStaySeparate() {
        assertEquals(Map.of("g:a", "test", "g:b", "compile"),
                new ResolvedScopes().add("g", "a", "test").add("g", "b", "compile").asMap());
    }
}
