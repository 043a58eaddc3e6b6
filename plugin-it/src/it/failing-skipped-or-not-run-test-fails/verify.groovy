import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def manifest = { new JsonSlurper().parse(new File(basedir, 'target/iec62304/manifest.json')) }

assert lines.contains('[ERROR] TRACE-PASSED REQ-DOSE-001: not verified (class C): test com.example.pump.DoseCalculatorTest#rateIsVolumeOverDuration FAILED (expected: <60.0> but was: <50.0>) in target/surefire-reports/TEST-com.example.pump.DoseCalculatorTest.xml. Fix the code or the test until it passes; see the reports named above. [IEC 62304 5.7.1; 5.7.4]')
assert lines.contains('[ERROR] TRACE-PASSED REQ-ALARM-001: not verified (class C): test com.example.pump.OcclusionAlarmTest#alarmsAbove300 SKIPPED (pressure sensor simulator not ready) in target/surefire-reports/TEST-com.example.pump.OcclusionAlarmTest.xml. Run every verifying test in this build and make it pass (check surefire/failsafe includes, -DskipTests, -DskipITs, -Dtest, @Disabled, assumptions). [IEC 62304 5.7.1; 5.7.4]')
assert lines.contains('[ERROR] TRACE-PASSED REQ-LIMIT-001: not verified (class C): test com.example.pump.DoseLimitsIT#rejectsAboveMaximum NOT RUN - no report has a result for it. Run every verifying test in this build and make it pass (check surefire/failsafe includes, -DskipTests, -DskipITs, -Dtest, @Disabled, assumptions). [IEC 62304 5.7.1; 5.7.4]')
assert log.contains('IEC 62304 gates failed with 3 violation(s) at level ERROR:')
def matrix = new JsonSlurper().parse(new File(basedir, 'target/iec62304/trace-matrix.json'))
assert matrix.requirements*.status == ['NOT_VERIFIED', 'NOT_VERIFIED', 'NOT_VERIFIED']
assert matrix.requirements*.verifiedBy*.outcome == [['FAILED'], ['SKIPPED'], ['NOT_RUN']]
def html = new File(basedir, 'target/iec62304/index.html').text
assert html.contains('expected: &lt;60.0&gt; but was: &lt;50.0&gt;')
return true
