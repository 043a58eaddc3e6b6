def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// build 1 passed and wrote its bundle
assert lines.count { it == '[INFO] IEC 62304 verdict: PASSED (0 errors, 0 warnings)' } == 1
// build 2: only DoseCalculator changed, so only it is named; OcclusionAlarm compiled to the same bytes
assert log.contains('on project stale-exec-build-error: target/jacoco.exec: execution data does not match the compiled classes com.example.pump.DoseCalculator (they were recompiled after the tests ran). Run mvn clean verify. -> [Help 1]')
assert log.contains('MojoExecutionException')
assert !log.contains('\tat io.github.iec62304')
// no verdict and no bundle from build 2; build 1's bundle is removed, so that it cannot pass for build 2's evidence
assert lines.count { it.startsWith('[INFO] IEC 62304 verdict:') } == 1
assert lines.count { it.startsWith('[INFO] IEC 62304 evidence bundle:') } == 1
assert log.contains("[WARNING] Removed the evidence bundle of an earlier run (target/iec62304, target/stale-exec-build-error-1.0.0-SNAPSHOT-iec62304-evidence.zip): this run wrote none, so it cannot be taken for this run's evidence.")
assert !new File(basedir, 'target/stale-exec-build-error-1.0.0-SNAPSHOT-iec62304-evidence.zip').exists()
assert !new File(basedir, 'target/iec62304').exists()
assert !new File(basedir, 'target/iec62304.partial').exists()
assert !new File(basedir, 'target/iec62304.previous').exists()
return true
