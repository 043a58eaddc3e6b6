import groovy.json.JsonSlurper
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] IEC 62304 check: software safety class C, 2 requirements, 4 test cases, 2 units, 0 shipped SOUP, 53 rules')
assert log.contains('[INFO] IEC 62304 evidence bundle: target/all-traced-passes-1.0.0-SNAPSHOT-iec62304-evidence.zip')
assert log.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 0 warnings)')
assert !log.contains('No <safetyClass> declared')

def zip = new File(basedir, 'target/all-traced-passes-1.0.0-SNAPSHOT-iec62304-evidence.zip')
assert zip.isFile()
def entries = new ZipFile(zip).withCloseable { z -> z.entries().collect { it.name } }
// name order, manifest.json last (it holds the SHA-256 of every other file)
assert entries == ['anomalies.csv', 'anomalies.json', 'conformity.csv', 'conformity.json', 'iec62304-junit.xml', 'iec62304.sarif', 'index.html', 'regression-report.csv',
                   'regression-report.json', 'release-checklist.csv', 'release-checklist.json', 'requirements.reqif', 'soup-list.csv',
                   'soup-list.json', 'test-record.csv', 'test-record.json', 'trace-matrix.csv', 'trace-matrix.json',
                   'unit-verification.csv', 'unit-verification.json', 'verification-records.csv',
                   'verification-records.json', 'manifest.json']
assert !new File(basedir, 'target/iec62304.partial').exists()

def json = new JsonSlurper()
def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.verdict == 'PASSED'
assert manifest.safetyClass == [class: 'C', source: 'declared']
assert manifest.buildTimestamp == '2026-11-12T08:00:00Z'
// a development build judges dates against the day it runs, not its outputTimestamp (issue 12 item 5)
assert manifest.referenceDate.basis == 'the day the build ran'
assert manifest.referenceDate.date == java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString() ||
        manifest.referenceDate.date == java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString()
assert manifest.project.artifactId == 'all-traced-passes'
assert manifest.rules*.id == ['TRACE-TESTED', 'TRACE-PASSED', 'TRACE-DANGLING', 'TRACE-IMPLEMENTED', 'TRACE-PARENT',
        'TRACE-SYSTEM', 'VERIFY-RECORDED', 'VERIFY-RECORD-PASSED', 'VERIFY-RECORD-CURRENT', 'VERIFY-RECORD-DANGLING',
        'RISK-REFERENCES', 'RISK-CONTROL-IMPLEMENTED', 'RISK-CONTROL-VERIFIED', 'RISK-CONTROL-CLASS', 'RISK-CLASS',
        'RISK-SOUP-HAZARD', 'ARCH-ASSIGNED',
        'ARCH-CLASS-RATIONALE', 'ARCH-IMPLEMENTS-CLASS', 'UNIT-COVERAGE', 'UNIT-TESTED', 'UNIT-TESTS-PASS',
        'UNIT-CLASS-C-RECORD', 'SOUP-REGISTERED', 'SOUP-MANUFACTURER', 'SOUP-VERSION', 'SOUP-UNUSED',
        'SOUP-REQUIREMENTS', 'SOUP-RISK', 'SOUP-ANOMALY-REVIEW', 'SOUP-VULNERABILITY', 'SOUP-END-OF-SUPPORT', 'SOUP-CHANGE', 'RISK-CHANGE',
        'REGRESSION-TEST', 'REGRESSION-REQUIREMENT', 'REGRESSION-SUSPECT', 'REGRESSION-LINK', 'REGRESSION-IMPACT',
        'REGRESSION-COVERAGE', 'REGRESSION-BASELINE', 'ANOMALY-EVALUATED',
        'ANOMALY-ACCEPTABLE', 'RISK-RESIDUAL', 'RELEASE-SNAPSHOT', 'RELEASE-GIT', 'RELEASE-REPRODUCIBLE', 'RELEASE-ARCHIVED', 'APPROVAL-STALE', 'RELEASE-APPROVED',
        'WAIVER-EXPIRED',
        'WAIVER-UNUSED', 'RELEASE-VERIFIED']
// the trace and architecture rules passed; the IT parent turns the unit and SOUP gates off, and the evidence says so
def upward = ['TRACE-PARENT', 'TRACE-SYSTEM'] // issue 15: the catalog declares no system requirements
assert manifest.rules.findAll { (it.id.startsWith('TRACE-') || it.id.startsWith('ARCH-')) && !(it.id in upward) }*.verdict == ['PASSED'] * 7
assert manifest.rules.findAll { it.id in upward }.collect { [it.verdict, it.reason] } ==
        [['NOT_APPLICABLE', 'src/iec62304/requirements.yaml declares no systemRequirements, so parents are free text']] * 2
assert manifest.rules.findAll { it.id.startsWith('UNIT-') }*.verdict.every { it == 'OFF' }
assert manifest.rules.findAll { it.id.startsWith('SOUP-') && it.id != 'SOUP-CHANGE' }*.verdict == ['OFF'] * 9
// a SNAPSHOT build with no baseline: the regression and release rules did not apply, and the evidence says why
assert manifest.releaseBuild == false
assert manifest.rules.findAll { it.id in ['SOUP-CHANGE', 'REGRESSION-TEST', 'REGRESSION-REQUIREMENT', 'REGRESSION-COVERAGE'] }
        .collect { [it.verdict, it.reason] } == [['NOT_APPLICABLE', 'no baseline declared']] * 4
assert manifest.rules.findAll { it.id == 'REGRESSION-BASELINE' || it.id.startsWith('ANOMALY-') || it.id.startsWith('RELEASE-') }
        .collect { [it.verdict, it.reason] } == [['NOT_APPLICABLE', 'not a release build']] * 9
assert manifest.inputs*.path.containsAll(['src/iec62304/requirements.yaml', 'target/classes', 'target/test-classes',
        'target/surefire-reports/TEST-com.example.pump.DoseCalculatorTest.xml'])
assert manifest.files*.path == ['anomalies.csv', 'anomalies.json', 'conformity.csv', 'conformity.json', 'iec62304-junit.xml', 'iec62304.sarif', 'index.html', 'regression-report.csv',
        'regression-report.json', 'release-checklist.csv', 'release-checklist.json', 'requirements.reqif', 'soup-list.csv', 'soup-list.json',
        'test-record.csv', 'test-record.json', 'trace-matrix.csv', 'trace-matrix.json', 'unit-verification.csv',
        'unit-verification.json', 'verification-records.csv', 'verification-records.json']

// issue 17: the conformity table of a class C development build: every clause applies, each has a result
def conformity = json.parse(new File(basedir, 'target/iec62304/conformity.json'))
assert conformity.standard == 'IEC 62304:2006+A1:2015' && conformity.safetyClass == 'C' && conformity.releaseBuild == false
assert conformity.clauses.size() == 93
assert !conformity.clauses*.result.contains('N/A') && !conformity.clauses*.result.contains('FAIL')
def clause = conformity.clauses.collectEntries { [it.clause, it] }
assert clause['5.7.1'].subMap(['result', 'reason']) == [result: 'PASS', reason: 'every deciding rule that ran passed']
assert clause['5.7.1'].rules*.id == ['TRACE-TESTED', 'TRACE-PASSED', 'VERIFY-RECORDED', 'VERIFY-RECORD-PASSED']
assert clause['5.7.1'].evidence == ['trace-matrix.json', 'test-record.json', 'verification-records.json']
// the IT parent turns the unit gate off: 5.5.5 is not decided by this build, and says why
assert clause['5.5.5'].result == 'NOT_DECIDED'
assert clause['5.5.5'].reason.startsWith('UNIT-COVERAGE not decided: off for the classes in this build; ')
assert clause['5.8.1'].subMap(['result', 'reason']) == [result: 'NOT_DECIDED', reason: 'RELEASE-VERIFIED not decided: '
        + 'not a release build; RELEASE-APPROVED not decided: not a release build; RISK-RESIDUAL not decided: no risk '
        + 'extract (src/iec62304/risks.yaml)']
assert clause['4.1'].subMap(['result', 'record']) == [result: 'MANUAL', record: 'quality management system records (e.g. ISO 13485)']
assert conformity.summary.values().sum() == 93
def conformityCsv = new File(basedir, 'target/iec62304/conformity.csv').readLines()
assert conformityCsv.size() == 94 && conformityCsv[0] == 'clause,title,classes,result,reason,rules,record,evidence'
assert new File(basedir, 'target/iec62304/index.html').text.contains('<h2>Conformity per clause (IEC 62304:2006+A1:2015, class C)</h2>')

// the SOUP gate is off here (IT parent): its inputs are not read, so the SBOM is neither an input nor copied
assert !manifest.inputs*.path.contains('target/bom.json')
assert !new File(basedir, 'target/iec62304/sbom.json').exists()

def matrix = json.parse(new File(basedir, 'target/iec62304/trace-matrix.json'))
assert matrix.requirements*.id == ['REQ-DOSE-001', 'REQ-ALARM-001']
assert matrix.requirements*.status == ['VERIFIED', 'VERIFIED']
assert matrix.requirements[0].implementedBy == ['com.example.pump.DoseCalculator#rateMlPerHour']
assert matrix.requirements[0].verifiedBy*.test == ['com.example.pump.DoseCalculatorTest#rateIsVolumeOverDuration',
                                                   'com.example.pump.DoseCalculatorTest#zeroDurationIsRejected']
assert matrix.requirements[1].verifiedBy*.test == ['com.example.pump.OcclusionAlarmTest#alarmsAbove300',
                                                   'com.example.pump.OcclusionAlarmTest#silentAt300']
assert matrix.requirements[1].implementedBy == ['com.example.pump.OcclusionAlarm']

// jacoco and cyclonedx ran beside the gate, as in a real device build
assert new File(basedir, 'target/jacoco.exec').isFile()
assert new File(basedir, 'target/bom.json').isFile()
// nothing of the forked JVM's environment leaks into the evidence
assert !new File(basedir, 'target/iec62304/test-record.json').text.contains('java.class.path')
return true
