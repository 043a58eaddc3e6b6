def log = new File(basedir, 'build.log').text
def lines = log.readLines()

def error = lines.find { it.startsWith('[ERROR] Failed to execute goal io.github.iec62304:iec62304-maven-plugin:') }
assert error != null
assert error == '[ERROR] Failed to execute goal io.github.iec62304:iec62304-maven-plugin:0.1.0-SNAPSHOT:check (default) on project pump-regression: baseline/pump-regression-1.0.0-evil.zip: holds the entry \'../../evil.txt\', whose name escapes the bundle folder (zip-slip); refused, nothing extracted -> [Help 1]'
assert log.contains('MojoExecutionException')
assert !log.contains('MojoFailureException')
assert !log.contains('\tat io.github.iec62304')
assert !lines.any { it.startsWith('[INFO] IEC 62304 verdict:') }
assert !new File(basedir, 'target/iec62304').exists()
assert !new File(basedir, 'target/pump-regression-1.1.0-SNAPSHOT-iec62304-evidence.zip').exists()
// nothing was extracted: no evil.txt wherever the entry could have landed
def landing = [basedir, basedir.parentFile, basedir.parentFile.parentFile, new File(basedir, 'baseline'), new File(basedir, 'target'),
        new File(basedir, 'target/iec62304'), new File(System.getProperty('java.io.tmpdir'))]
landing.each { assert !new File(it, 'evil.txt').exists() }
def found = []
basedir.eachFileRecurse { if (it.name == 'evil.txt') found << it }
assert found == []
return true
