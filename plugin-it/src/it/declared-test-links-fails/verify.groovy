import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def matrix = new JsonSlurper().parse(new File(basedir, 'target/iec62304/trace-matrix.json'))
def row = { id -> matrix.requirements.find { it.id == id } }
def catalog = 'src/iec62304/requirements.yaml'

// (c) a selector that matches nothing: a verifying test that did not run, never silently ignored
assert lines.contains('[ERROR] TRACE-PASSED REQ-LOG-001: not verified (class C): declared test Pump System.Logging#'
        + 'Event Is Logged NOT RUN - no test case in this build\'s test reports matches the selector \'Pump System.'
        + 'Logging#Event Is Logged\' that ' + catalog + ':22 declares (tests:); nearest reported: Pump System.'
        + 'Logging#Events Are Logged; run that test in this build so its JUnit XML report is read, or fix the '
        + 'selector to the report\'s classname#name (see test-identity.html). Run every verifying test in this build '
        + 'and make it pass (check surefire/failsafe includes, -DskipTests, -DskipITs, -Dtest, @Disabled, '
        + 'assumptions). [IEC 62304 5.7.1; 5.7.4]')
assert log.contains('[INFO] IEC 62304 verdict: FAILED (1 errors, 0 warnings)')
assert row('REQ-LOG-001').status == 'NOT_VERIFIED'
assert row('REQ-LOG-001').verifiedBy == [[test: 'Pump System.Logging#Event Is Logged', outcome: 'NOT_RUN',
        invocations: 0, reruns: 0, message: '', reports: [], linkedBy: [catalog + ':22 tests: Pump System.Logging#Event Is Logged']]]

// (a) @Verifies, also named by a class selector: one row per test, both links
assert row('REQ-DOSE-001').status == 'VERIFIED'
assert row('REQ-DOSE-001').verifiedBy.collect { it.test } == ['com.example.pump.DoseCalculatorTest#rateIsVolumeOverDuration']
assert row('REQ-DOSE-001').verifiedBy[0].linkedBy == ['@Verifies', catalog + ':7 tests: com.example.pump.DoseCalculatorTest']

// (b) selectors matching passing non-Java tests: a Robot Framework case and an invoker IT
assert row('REQ-ALARM-001').status == 'VERIFIED'
assert row('REQ-ALARM-001').verifiedBy == [[test: 'Pump System.Alarm#Occlusion Alarm Sounds', outcome: 'PASSED',
        invocations: 1, reruns: 0, message: '', reports: ['target/failsafe-reports/TEST-pump-system.xml'],
        linkedBy: [catalog + ':12 tests: Pump System.Alarm#Occlusion Alarm Sounds']]]
assert row('REQ-INSTALL-001').status == 'VERIFIED'
assert row('REQ-INSTALL-001').verifiedBy.collect { it.test + ' ' + it.outcome } == ['maven.invoker.it.pump-installs#pump-installs PASSED']
assert !log.contains('TRACE-PASSED REQ-ALARM-001') && !log.contains('TRACE-PASSED REQ-INSTALL-001')
assert !log.contains('TRACE-TESTED')

// the auditor's views say which links the catalog declares
def csv = new File(basedir, 'target/iec62304/trace-matrix.csv').text
assert csv.contains('REQ-ALARM-001,Occlusion alarm,C,,VERIFIED,com.example.pump.OcclusionAlarm,test,Pump System.Alarm#Occlusion Alarm Sounds,PASSED,' + catalog + ':12 tests: Pump System.Alarm#Occlusion Alarm Sounds')
def index = new File(basedir, 'target/iec62304/index.html').text
assert index.contains('<small>(declared: ' + catalog + ':12)</small>')
assert index.contains('<small>(declared: ' + catalog + ':7; and @Verifies)</small>')
return true
