// a changed case fails validation as not the shipped case, and the record says so
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] FAIL tests-failing: not the shipped case: tests-failing/project/target/surefire-reports/'
        + 'TEST-com.example.infusion.dosing.DoseLimitsTest.xml differs from the shipped file (sha256 ')
// the case built on it is not the shipped one either
assert log.contains('[ERROR] FAIL release-with-failing-test: not the shipped case: its base case tests-failing is not the shipped one')
assert log.contains('[INFO] PASS good-development')
assert log =~ /Validation FAILED: 2 of \d+ reference case\(s\) failed \(release-with-failing-test, tests-failing\)\. The plugin is not validated in this environment/

def record = new JsonSlurper().parse(new File(basedir, 'iec62304-validation/validation-record.json'))
assert record.result == 'FAIL'
assert record.casesOrigin.endsWith('/cases')
def c = record.cases.find { it.name == 'tests-failing' }
assert c.result == 'FAIL' && !c.shippedCase
assert c.actual.verdict == 'PASSED' && c.expected.verdict == 'FAILED'
assert c.differences.contains('verdict PASSED, expected FAILED')
assert new File(basedir, 'iec62304-validation/validation-record.md').text.contains('**Result: FAIL**')
return true
