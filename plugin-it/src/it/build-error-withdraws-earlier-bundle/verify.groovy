def log = new File(basedir, 'build.log').text

assert log.contains('[WARNING] Removed the evidence bundle of an earlier run (target/iec62304, target/build-error-withdraws-earlier-bundle-1.0.0-SNAPSHOT-iec62304-evidence.zip): this run wrote none, so it cannot be taken for this run\'s evidence.')
assert log.contains('on project build-error-withdraws-earlier-bundle: src/iec62304/missing.yaml')
assert !new File(basedir, 'target/iec62304').exists()
assert !new File(basedir, 'target/iec62304.previous').exists()
assert !new File(basedir, 'target/build-error-withdraws-earlier-bundle-1.0.0-SNAPSHOT-iec62304-evidence.zip').exists()
assert new File(basedir, 'docs/notes.md').text == 'mine\n'
assert new File(basedir, 'src/iec62304/requirements.yaml').isFile()
return true
