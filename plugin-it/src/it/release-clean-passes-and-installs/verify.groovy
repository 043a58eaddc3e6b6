import groovy.json.JsonSlurper
import java.security.MessageDigest
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def json = new JsonSlurper()
def sha256 = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }

assert lines.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 3 warnings)')
// the only findings: the release and its two change records are not approved (RELEASE-APPROVED warns by default;
// see the page Approvals)
assert lines.findAll { it =~ /^\[(ERROR|WARNING)\] [A-Z]+(-[A-Z0-9]+)+ / }.collect { it.substring(0, it.indexOf(':')) } == ['[WARNING] RELEASE-APPROVED CR-2026-014', '[WARNING] RELEASE-APPROVED CR-2026-015', '[WARNING] RELEASE-APPROVED it.iec62304']

// install published the release's evidence next to its jar, byte for byte the bundle the build wrote
def dir = new File(localRepositoryPath, 'it/iec62304/pump-regression/1.1.0')
def installed = new File(dir, 'pump-regression-1.1.0-iec62304-evidence.zip')
assert installed.isFile() && new File(dir, 'pump-regression-1.1.0.jar').isFile()
assert installed.bytes == new File(basedir, 'target/pump-regression-1.1.0-iec62304-evidence.zip').bytes
def entries = new ZipFile(installed).withCloseable { z -> z.entries().collect { it.name } }
assert entries.containsAll(['manifest.json', 'regression-report.json', 'regression-report.csv', 'anomalies.json',
        'anomalies.csv', 'release-checklist.json', 'release-checklist.csv', 'index.html'])

def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.verdict == 'PASSED'
assert manifest.releaseBuild == true
assert manifest.project.version == '1.1.0'
// a release judges dates against its own outputTimestamp, so a rebuild judges the same (issue 12 item 5)
assert manifest.referenceDate == [date: '2026-11-12', basis: 'project.build.outputTimestamp of this release build',
        why: 'a release judges against its own timestamp, so a rebuild of it reaches the same verdict']
// every rule ran (a release build with a baseline), the unit and SOUP gates included; only the rules of the registers
// this project does not have did not apply (no risk extract, no system requirements), and the evidence says why
assert manifest.rules.size() == 53
def absent = manifest.rules.findAll { it.verdict == 'NOT_APPLICABLE' }
assert absent*.id == ['TRACE-PARENT', 'TRACE-SYSTEM', 'RISK-REFERENCES', 'RISK-CONTROL-IMPLEMENTED',
        'RISK-CONTROL-VERIFIED', 'RISK-CONTROL-CLASS', 'RISK-CLASS', 'RISK-SOUP-HAZARD', 'RISK-CHANGE', 'RISK-RESIDUAL',
        'APPROVAL-STALE', 'WAIVER-EXPIRED', 'WAIVER-UNUSED']
assert absent.findAll { it.id.startsWith('WAIVER-') }*.reason.unique() == ['no waiver register (src/iec62304/waivers.yaml)']
assert absent.findAll { it.id.startsWith('RISK-') }*.reason.unique() == ['no risk extract (src/iec62304/risks.yaml)']
assert (manifest.rules - absent).findAll { it.id != 'RELEASE-APPROVED' }.every { it.verdict == 'PASSED' }
assert manifest.rules.find { it.id == 'RELEASE-APPROVED' }.verdict == 'WARNED' && manifest.releaseApproval.status == 'MISSING'
// the baseline is the 1.0.0 bundle the setup project installed
def baselineZip = new File(localRepositoryPath, 'it/iec62304/pump-regression/1.0.0/pump-regression-1.0.0-iec62304-evidence.zip')
assert manifest.baseline.source == 'baseline it.iec62304:pump-regression:1.0.0 (iec62304-evidence zip)'
assert manifest.baseline.sha256 == sha256(baselineZip)
assert manifest.baseline.version == '1.0.0'
assert manifest.inputs.find { it.path == manifest.baseline.source }.sha256 == manifest.baseline.sha256
assert manifest.inputs*.path.contains('src/iec62304/changes.yaml')
// how the release was built (5.8.5)
def env = manifest.buildEnvironment
// the JDK and the Maven that ran this build (-V prints them in build.log), which need not be the ones running this
// script: CI runs the ITs on JDK 25 and Maven 4 too (issue 18; this compared with the script's own JDK)
def ranJava = (log =~ /(?m)^Java version: ([^,\s]+),/)
def ranMaven = (log =~ /(?m)^Apache Maven (\S+)/)
assert ranJava.find() && ranMaven.find()
assert env.java.version == ranJava.group(1)
assert env.java.vendor && env.java.vm
assert env.maven == ranMaven.group(1)
assert env.os.name && env.os.version && env.os.arch
assert env.plugins.containsAll(['io.github.iec62304:iec62304-maven-plugin:' + manifest.tool.version,
        'org.jacoco:jacoco-maven-plugin:0.8.15', 'org.cyclonedx:cyclonedx-maven-plugin:2.9.3'])
assert env.plugins == env.plugins.sort(false)

// every difference is justified by records of release 1.1.0: the retired test also no longer verifies
// REQ-ALARM-001 (REGRESSION-LINK), which the same record's tests: entry covers
def report = json.parse(new File(basedir, 'target/iec62304/regression-report.json'))
assert report.summary == [baselineTests: 11, tests: 10, testsAdded: 0, baselineRequirements: 4, requirementsAdded: 0,
        differences: 3, justified: 3]
assert report.differences*.subject as Set == ['com.example.pump.alarm.OcclusionAlarmTest#silentWithoutPressure',
        'org.slf4j:slf4j-api', 'REQ-ALARM-001'] as Set
assert report.differences.find { it.kind == 'LINK' }.justification.change == 'CR-2026-014'
// the code did not change since 1.0.0: nothing in the change impact
assert report.impact == [notComputed: null, units: []]
assert report.differences*.justification*.change as Set == ['CR-2026-014', 'CR-2026-015'] as Set

def anomalies = json.parse(new File(basedir, 'target/iec62304/anomalies.json'))
// no anomalies.yaml here: no register (the contract's null)
assert anomalies.register == null
assert anomalies.releaseBuild == true
assert anomalies.summary == [residual: 0, evaluated: 0, notEvaluated: 0, unacceptable: 0]

// the release checklist: one line per 5.8 item
def checklist = json.parse(new File(basedir, 'target/iec62304/release-checklist.json'))
assert checklist.releaseBuild == true
assert checklist.why == 'version 1.1.0 is not a SNAPSHOT'
assert checklist.version == '1.1.0'
assert checklist.items*.clause == ['5.8.1', '5.8.2', '5.8.3', '5.8.4', '5.8.5', '5.8.6', '5.8.7', '5.8.8']
assert checklist.items.find { it.clause == '5.8.4' }.evidence == 'version 1.1.0, commit none (outside git); release-checklist.json snapshots'
def results = checklist.items.collectEntries { [it.clause, it.result] }
assert results == ['5.8.1': 'PASSED', '5.8.2': 'RECORDED', '5.8.3': 'PASSED', '5.8.4': 'PASSED', '5.8.5': 'PASSED',
        '5.8.6': 'MANUAL', '5.8.7': 'PASSED', '5.8.8': 'PASSED']
assert checklist.items.find { it.clause == '5.8.1' }.rules == ['RELEASE-VERIFIED']
assert checklist.items.find { it.clause == '5.8.7' }.rules == ['RELEASE-ARCHIVED']
// the SNAPSHOTs this release uses are all allowed, and listed
assert checklist.snapshots == [
        [coordinates: 'io.github.iec62304:iec62304-annotations:' + manifest.tool.version, kind: 'dependency (provided)', allowed: true],
        [coordinates: 'io.github.iec62304:iec62304-maven-plugin:' + manifest.tool.version, kind: 'plugin', allowed: true],
        [coordinates: 'it.iec62304:it-parent:1.0.0-SNAPSHOT', kind: 'parent', allowed: true]]
def csv = new File(basedir, 'target/iec62304/release-checklist.csv').readLines()
assert csv[0] == 'clause,item,result,rules,evidence'
assert csv.size() == 9

def html = new File(basedir, 'target/iec62304/index.html').text
assert html.contains('Release checklist') && html.contains('Residual anomalies') && html.contains('Regression')
return true
