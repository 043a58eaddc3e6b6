def log = new File(basedir, 'build.log').text
def lines = log.readLines()

def error = lines.find { it.startsWith('[ERROR] Failed to execute goal io.github.iec62304:iec62304-maven-plugin:') }
assert error != null
// the coordinates that were looked for, and how to fix it
assert error.contains('it.iec62304:pump-regression:0.9.0')
assert error.contains('iec62304-evidence')
assert error.contains('<baseline>')
assert log.contains('MojoExecutionException')
assert !log.contains('MojoFailureException')
assert !log.contains('\tat io.github.iec62304')
assert !lines.any { it.startsWith('[INFO] IEC 62304 verdict:') }
assert !new File(basedir, 'target/iec62304').exists()
assert !new File(basedir, 'target/pump-regression-1.1.0-SNAPSHOT-iec62304-evidence.zip').exists()
return true
