def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// one line naming the file, the entry and why; a BUILD ERROR, not a gate failure
def error = lines.find { it.startsWith('[ERROR] Failed to execute goal io.github.iec62304:iec62304-maven-plugin:') }
assert error != null
assert error.startsWith('[ERROR] Failed to execute goal io.github.iec62304:iec62304-maven-plugin:0.1.0-SNAPSHOT:check (default) on project pump-regression: baseline/pump-regression-1.0.0-iec62304-evidence.zip: test-record.json does not match the SHA-256 in manifest.json (tampered or corrupted): manifest ')
// the two hashes: the manifest's is the installed bundle's test-record.json, the file's the edited copy's
def sha256 = { byte[] b -> java.security.MessageDigest.getInstance('SHA-256').digest(b).encodeHex().toString() }
def original = new java.util.zip.ZipFile(new File(localRepositoryPath, 'it/iec62304/pump-regression/1.0.0/pump-regression-1.0.0-iec62304-evidence.zip'))
        .withCloseable { z -> z.getInputStream(z.getEntry('test-record.json')).bytes }
def edited = new java.util.zip.ZipFile(new File(basedir, 'baseline/pump-regression-1.0.0-iec62304-evidence.zip'))
        .withCloseable { z -> z.getInputStream(z.getEntry('test-record.json')).bytes }
assert error.endsWith(': manifest ' + sha256(original) + ', file ' + sha256(edited) + ' -> [Help 1]')
assert log.contains('MojoExecutionException')
assert !log.contains('MojoFailureException')
assert !log.contains('\tat io.github.iec62304')
// nothing judged, nothing written
assert !lines.any { it.startsWith('[INFO] IEC 62304 verdict:') }
assert !lines.any { it =~ /^\[(ERROR|WARNING)\] [A-Z]+(-[A-Z0-9]+)+ / }
assert !new File(basedir, 'target/iec62304').exists()
assert !new File(basedir, 'target/pump-regression-1.1.0-SNAPSHOT-iec62304-evidence.zip').exists()
return true
