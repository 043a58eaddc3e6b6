def log = new File(basedir, 'build.log').text
// the file, then the first schema problem (a component type outside the 1.6 enumeration), then how many
assert log.contains('on project invalid-bom-build-error: src/sbom/invalid-component-type-1.6.json: is not a valid CycloneDX SBOM: does not have a value in the enumeration ["application", "framework", "library", "container", "platform", "operating-system", "device", "device-driver", "firmware", "file", "machine-learning-model", "data", "cryptographic-asset"] (1 problem) -> [Help 1]')
assert log.contains('MojoExecutionException')
assert !log.contains('\tat ')
assert !log.contains('IEC 62304 verdict')
// nothing written
assert !new File(basedir, 'target/iec62304').exists()
assert !new File(basedir, 'target/iec62304.partial').exists()
assert !new File(basedir, 'target/invalid-bom-build-error-1.0.0-SNAPSHOT-iec62304-evidence.zip').exists()
return true
