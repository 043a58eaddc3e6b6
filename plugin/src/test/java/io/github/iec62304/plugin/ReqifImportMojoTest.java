package io.github.iec62304.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/**
 * BUILD ERROR mapping of the reqif-import goal; the merge itself is covered in core and by the IT
 * reqif-import-adds-requirements. The harness's project has this module as base directory.
 */
@Verifies("TOOL-GOAL-REQIF-IMPORT")
@MojoTest
class ReqifImportMojoTest {

    @Test
    @InjectMojo(goal = "reqif-import")
    @MojoParameter(name = "reqifFile", value = "target/no-such-export.reqif")
    void aMissingReqifFileIsABuildErrorNamingIt(ReqifImportMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("target/no-such-export.reqif: ReqIF file not found; point <reqifFile> / -Diec62304.reqifFile at "
                + "the .reqif file your requirements tool exported", e.getMessage());
    }

    @Verifies("TOOL-READ-NO-XXE")
    @Test
    @InjectMojo(goal = "reqif-import")
    @MojoParameter(name = "reqifFile", value = "target/reqif-import-test/hostile.reqif")
    void aDoctypeIsABuildErrorWithFileAndLine(ReqifImportMojo mojo) throws Exception {
        Path hostile = Path.of("target", "reqif-import-test", "hostile.reqif");
        Files.createDirectories(hostile.getParent());
        Files.writeString(hostile, "<?xml version=\"1.0\"?>\n<!DOCTYPE REQ-IF [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "\n<REQ-IF>&x;</REQ-IF>\n");
        java.lang.reflect.Field catalog = ReqifImportMojo.class.getDeclaredField("requirementsFile");
        catalog.setAccessible(true);
        Path copy = Files.copy(Path.of("..", "sample-device-project", "src", "iec62304", "requirements.yaml"),
                hostile.resolveSibling("requirements.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        catalog.set(mojo, copy.toFile());
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("target/reqif-import-test/hostile.reqif:2: contains a DOCTYPE, which ReqIF files never have; "
                + "refusing it (no DTD or external entity is read)", e.getMessage());
    }
}
