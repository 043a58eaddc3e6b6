def log = new File(basedir, 'build.log').text

// before the fix the second document was ignored: the build passed with 2 requirements, REQ-DOSE-002 untested
assert log.contains('on project second-yaml-document-build-error: src/iec62304/requirements.yaml:8: a second YAML document starts here (\'---\'); a register is one document: move its entries into the first one (a reader of the first document would ignore them) -> [Help 1]')
assert !log.contains('\tat io.github.iec62304')
assert !log.contains('snakeyaml') && !log.contains('java.lang.')
assert !new File(basedir, 'target/iec62304').exists()
assert !new File(basedir, 'target/second-yaml-document-build-error-1.0.0-SNAPSHOT-iec62304-evidence.zip').exists()
return true
