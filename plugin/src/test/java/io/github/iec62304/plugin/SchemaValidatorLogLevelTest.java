package io.github.iec62304.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 18: on Maven 4 the plugin's quieting of the schema validator used the Maven 3 property name, and Maven 4
 * printed "SLF4J(W): Using deprecated property org.slf4j.simpleLogger.log.com.networknt.schema" five times per build.
 */
class SchemaValidatorLogLevelTest {

    @Test
    void eachMavenGetsThePropertyItsLoggingProviderReads() {
        assertEquals("maven.logger.log.com.networknt.schema", AbstractSoupMojo.levelProperty(true));
        assertEquals("org.slf4j.simpleLogger.log.com.networknt.schema", AbstractSoupMojo.levelProperty(false));
    }

    @Test
    void theseTestsRunWithoutMaven4sApiSoTheyAreTakenForMaven3() {
        // the plugin is built against Maven 3's API; Maven 4's org.apache.maven.api is only there when Maven 4 runs it
        assertEquals(false, AbstractSoupMojo.runningOnMaven4());
    }
}
