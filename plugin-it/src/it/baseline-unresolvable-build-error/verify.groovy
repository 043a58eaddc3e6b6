def log = new File(basedir, 'build.log').text
def lines = log.readLines()

def error = lines.find { it.startsWith('[ERROR] Failed to execute goal io.github.iec62304:iec62304-maven-plugin:') }
assert error != null
// the coordinates that were looked for, and how to fix it
assert error == '[ERROR] Failed to execute goal io.github.iec62304:iec62304-maven-plugin:0.1.0-SNAPSHOT:check (default) on project pump-regression: Baseline it.iec62304:pump-regression:zip:iec62304-evidence:0.9.0 cannot be resolved from the local repository or local.central, central. Install or deploy the previous release\'s evidence bundle, point <baseline> at its zip file, or write <baseline>none</baseline> for the first release. -> [Help 1]'
assert log.contains('MojoExecutionException')
assert !log.contains('MojoFailureException')
assert !log.contains('\tat io.github.iec62304')
assert !lines.any { it.startsWith('[INFO] IEC 62304 verdict:') }
assert !new File(basedir, 'target/iec62304').exists()
assert !new File(basedir, 'target/pump-regression-1.1.0-SNAPSHOT-iec62304-evidence.zip').exists()
return true
