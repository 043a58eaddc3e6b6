import groovy.json.JsonSlurper
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def json = new JsonSlurper()
def manifestPrint = { json.parse(new File(basedir, 'target/iec62304/manifest.json')).contentFingerprint }

// the gate's findings, and nothing else: only the deleted test regressed, and so the release is not verified
def findings = lines.findAll { it =~ /^\[(ERROR|WARNING)\] [A-Z]+(-[A-Z0-9]+)+ / }
// the test is gone (REGRESSION-TEST), and so REQ-ALARM-001 lost one of its verifying tests (REGRESSION-LINK)
assert findings == [
        '[ERROR] REGRESSION-LINK REQ-ALARM-001: was verified by com.example.pump.alarm.OcclusionAlarmTest#silentWithoutPressure in baseline 1.0.0, which no longer verifies it (the @Verifies link removed, or the test gone or renamed); it is still verified by com.example.pump.alarm.OcclusionAlarmTest#alarmsAbove300, com.example.pump.alarm.OcclusionAlarmTest#silentAt300; it implements risk control RC-OCCLUSION-01, so this is judged as class C. Restore the @Verifies link, or record why the test no longer verifies it in a change record of release 1.1.0 in src/iec62304/changes.yaml, naming the test (tests:) or the requirement (requirements:). [IEC 62304 5.7.3; 9.7 d; 8.2.3]',
        '[ERROR] REGRESSION-TEST com.example.pump.alarm.OcclusionAlarmTest#silentWithoutPressure: passed in baseline 1.0.0 and is gone: no test report has it now. Fix it, or retire it in a change record of release 1.1.0 in src/iec62304/changes.yaml (tests:). [IEC 62304 5.6.6; 5.7.3; 9.7 d]',
        '[ERROR] RELEASE-VERIFIED it.iec62304:pump-regression:1.1.0: 2 violations at ERROR level remain (REGRESSION-LINK 1, REGRESSION-TEST 1): verification is not complete. [IEC 62304 5.8.1]',
        '[WARNING] RELEASE-APPROVED it.iec62304:pump-regression:1.1.0: release 1.1.0 is not approved: no approval with meaning \'approval\' in src/iec62304/release-approval.yaml names version 1.1.0. Its release content fingerprint is ' + manifestPrint() + '. Review this build\'s evidence, then add to src/iec62304/release-approval.yaml: \'- version: 1.1.0\', by, role, date, \'meaning: approval\', \'fingerprint: ' + manifestPrint() + '\'. [IEC 62304 5.8.1; 5.8.4; 8.2.1]']

assert lines.contains('[INFO] IEC 62304 verdict: FAILED (3 errors, 1 warnings)')
assert log.contains('IEC 62304 gates failed with 3 violation(s) at level ERROR:')
assert log.contains('MojoFailureException')

def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.releaseBuild == true
assert manifest.violations*.rule == ['REGRESSION-LINK', 'REGRESSION-TEST', 'RELEASE-VERIFIED', 'RELEASE-APPROVED']
def verdicts = manifest.rules.collectEntries { [it.id, it.verdict] }
assert verdicts.subMap(['REGRESSION-BASELINE', 'REGRESSION-TEST', 'REGRESSION-REQUIREMENT', 'REGRESSION-COVERAGE', 'SOUP-CHANGE',
        'RELEASE-VERIFIED']) == ['REGRESSION-BASELINE': 'PASSED', 'REGRESSION-TEST': 'FAILED', 'REGRESSION-REQUIREMENT': 'PASSED',
        'REGRESSION-COVERAGE': 'PASSED', 'SOUP-CHANGE': 'PASSED', 'RELEASE-VERIFIED': 'FAILED']

// the baseline: the bundle the setup project installed, resolved from the local repository
def installed = new File(localRepositoryPath, 'it/iec62304/pump-regression/1.0.0/pump-regression-1.0.0-iec62304-evidence.zip')
def sha256 = MessageDigest.getInstance('SHA-256').digest(installed.bytes).encodeHex().toString()
def report = json.parse(new File(basedir, 'target/iec62304/regression-report.json'))
assert report.baseline.source == 'baseline it.iec62304:pump-regression:1.0.0 (iec62304-evidence zip)'
assert report.baseline.sha256 == sha256
assert [report.baseline.groupId, report.baseline.artifactId, report.baseline.version] == ['it.iec62304', 'pump-regression', '1.0.0']
assert report.baseline.buildTimestamp == '2026-10-01T08:00:00Z'
assert manifest.baseline == report.baseline
assert report.notApplicable == null
assert report.release == '1.1.0'
assert report.summary == [baselineTests: 11, tests: 10, testsAdded: 0, baselineRequirements: 4, requirementsAdded: 0,
        differences: 2, justified: 0]
// CR-2026-009 retires the test, but for release 1.0.1: a record of another release justifies nothing
assert report.differences.findAll { it.kind == 'TEST' } == [[kind: 'TEST', subject: 'com.example.pump.alarm.OcclusionAlarmTest#silentWithoutPressure',
        before: 'PASSED', now: 'GONE', rule: 'REGRESSION-TEST', justification: null]]
def csv = new File(basedir, 'target/iec62304/regression-report.csv').readLines()
assert csv.findAll { !it.startsWith('LINK,') } == ['kind,subject,before,now,rule,change,rationale,approvedBy',
        'TEST,com.example.pump.alarm.OcclusionAlarmTest#silentWithoutPressure,PASSED,GONE,REGRESSION-TEST,,,']

def checklist = json.parse(new File(basedir, 'target/iec62304/release-checklist.json'))
assert checklist.releaseBuild == true && checklist.version == '1.1.0'
assert checklist.items.find { it.clause == '5.8.1' }.result == 'FAILED'
assert new File(basedir, 'target/pump-regression-1.1.0-iec62304-evidence.zip').isFile()
return true
