def log = new File(basedir, 'build.log').text
assert log.contains('on project missing-bom-build-error: target/bom.json: no CycloneDX SBOM. Add cyclonedx-maven-plugin\'s makeBom goal (phase package, outputFormat json) to the build; note that mvn -o (offline) skips it silently. Or point <sbomFile> at your SBOM. -> [Help 1]')
assert log.contains('MojoExecutionException')
assert !log.contains('\tat io.github.iec62304')
assert !log.contains('IEC 62304 verdict')
// nothing written
assert !new File(basedir, 'target/bom.json').exists()
assert !new File(basedir, 'target/iec62304').exists()
assert !new File(basedir, 'target/iec62304.partial').exists()
assert !new File(basedir, 'target/missing-bom-build-error-1.0.0-SNAPSHOT-iec62304-evidence.zip').exists()
return true
