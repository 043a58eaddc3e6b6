def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// one line naming the file, the entry and why; a BUILD ERROR, not a gate failure
def error = lines.find { it.startsWith('[ERROR] Failed to execute goal io.github.iec62304:iec62304-maven-plugin:') }
assert error != null
assert error.contains('on project pump-regression: baseline/pump-regression-1.0.0-iec62304-evidence.zip: ')
assert error.contains('test-record.json')
assert error.contains('tampered or corrupted')
assert log.contains('MojoExecutionException')
assert !log.contains('MojoFailureException')
assert !log.contains('\tat io.github.iec62304')
// nothing judged, nothing written
assert !lines.any { it.startsWith('[INFO] IEC 62304 verdict:') }
assert !lines.any { it =~ /^\[(ERROR|WARNING)\] [A-Z]+(-[A-Z0-9]+)+ / }
assert !new File(basedir, 'target/iec62304').exists()
assert !new File(basedir, 'target/pump-regression-1.1.0-SNAPSHOT-iec62304-evidence.zip').exists()
return true
