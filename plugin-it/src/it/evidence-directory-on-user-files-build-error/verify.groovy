def log = new File(basedir, 'build.log').text

assert log.contains("on project evidence-directory-on-user-files-build-error: Refusing to write the evidence directory docs: it holds files the plugin did not write (notes.md). Nothing was changed. Set evidenceDirectory (iec62304.evidenceDirectory) to a path of its own, such as the default target/iec62304. -> [Help 1]")
assert log.contains('MojoExecutionException')
assert !log.contains('\tat io.github.iec62304')
// the user's file and folder are untouched, and nothing was written beside them
assert new File(basedir, 'docs/notes.md').text == "The team's design notes: not evidence, not the plugin's.\n"
assert new File(basedir, 'docs').list() as List == ['notes.md']
assert !new File(basedir, 'docs.partial').exists() && !new File(basedir, 'docs.previous').exists()
assert new File(basedir, 'pom.xml').isFile()
assert !new File(basedir, 'target/evidence-directory-on-user-files-build-error-1.0.0-SNAPSHOT-iec62304-evidence.zip').exists()
return true
