import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def manifest = { new JsonSlurper().parse(new File(basedir, 'target/iec62304/manifest.json')) }

assert log.contains('on project malformed-catalog-build-error: src/iec62304/requirements.yaml:8: duplicate requirement id \'REQ-DOSE-001\' (first defined at line 2); ids must be unique (IEC 62304 5.2.6) -> [Help 1]')
assert log.contains('MojoExecutionException')
assert !log.contains('\tat io.github.iec62304')
assert !new File(basedir, 'target/iec62304').exists()
assert !new File(basedir, 'target/malformed-catalog-build-error-1.0.0-SNAPSHOT-iec62304-evidence.zip').exists()
return true
