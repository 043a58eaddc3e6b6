import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def json = new JsonSlurper()

assert lines.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 0 warnings)')
assert !lines.any { it =~ /^\[(ERROR|WARNING)\] [A-Z]+(-[A-Z0-9]+)+ / }
assert !log.contains('silentWithoutPressure')

def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.verdict == 'PASSED'
assert manifest.releaseBuild == false
def verdicts = manifest.rules.collectEntries { [it.id, it.verdict] }
assert verdicts.subMap(['REGRESSION-TEST', 'REGRESSION-REQUIREMENT', 'REGRESSION-COVERAGE', 'SOUP-CHANGE']).values() as List == ['PASSED'] * 4
// a SNAPSHOT build: the release rules wait for the release
def release = manifest.rules.findAll { it.id.startsWith('RELEASE-') || it.id.startsWith('ANOMALY-') || it.id == 'REGRESSION-BASELINE' }
assert release.size() == 9 // RELEASE-APPROVED too
assert release.every { it.verdict == 'NOT_APPLICABLE' && it.reason == 'not a release build' }
assert manifest.inputs*.path.contains('src/iec62304/changes.yaml')

// the record of release 1.1.0 (the version being built, without -SNAPSHOT) justifies the deleted test
def report = json.parse(new File(basedir, 'target/iec62304/regression-report.json'))
assert report.release == '1.1.0'
assert report.summary == [baselineTests: 11, tests: 10, testsAdded: 0, baselineRequirements: 4, requirementsAdded: 0,
        differences: 2, justified: 2]
// the deleted test also verified REQ-ALARM-001 (REGRESSION-LINK): the same tests: entry covers it
assert report.differences.find { it.kind == 'LINK' }.subject == 'REQ-ALARM-001'
assert report.differences.find { it.kind == 'LINK' }.justification.change == 'CR-2026-014'
assert report.differences.findAll { it.kind == 'TEST' } == [[kind: 'TEST', subject: 'com.example.pump.alarm.OcclusionAlarmTest#silentWithoutPressure',
        before: 'PASSED', now: 'GONE', rule: 'REGRESSION-TEST', justification: [change: 'CR-2026-014',
        rationale: 'Exercises the same path as silentAt300 (no alarm at or below 300 mmHg).',
        approvedBy: 'Change control board (minutes 2026-11-02)']]]
def csv = new File(basedir, 'target/iec62304/regression-report.csv').readLines()
assert csv.findAll { !it.startsWith('LINK,') } == ['kind,subject,before,now,rule,change,rationale,approvedBy',
        'TEST,com.example.pump.alarm.OcclusionAlarmTest#silentWithoutPressure,PASSED,GONE,REGRESSION-TEST,CR-2026-014,Exercises the same path as silentAt300 (no alarm at or below 300 mmHg).,Change control board (minutes 2026-11-02)']
def html = new File(basedir, 'target/iec62304/index.html').text
assert html.contains('Regression') && html.contains('CR-2026-014')
return true
