import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def manifest = { new JsonSlurper().parse(new File(basedir, 'target/iec62304/manifest.json')) }

assert lines.contains('[ERROR] TRACE-TESTED REQ-ALARM-001: "Occlusion alarm" (class C) has no verifying test. Add @Verifies("REQ-ALARM-001") to the test that checks it. [IEC 62304 5.1.1 c; 5.7.1]')
assert log.contains('IEC 62304 gates failed with 1 violation(s) at level ERROR:')
assert log.contains('[INFO] IEC 62304 verdict: FAILED (1 errors, 0 warnings)')
assert log.contains('MojoFailureException')
assert !log.contains('TRACE-TESTED REQ-DOSE-001')
// the bundle documents the failure
assert manifest().verdict == 'FAILED'
assert manifest().rules.find { it.id == 'TRACE-TESTED' }.verdict == 'FAILED'
assert new File(basedir, 'target/untested-requirement-fails-1.0.0-SNAPSHOT-iec62304-evidence.zip').isFile()
return true
