import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def json = new JsonSlurper()

assert lines.contains('[INFO] IEC 62304 check: software safety class B, 2 requirements, 4 test cases, 2 units, 0 shipped SOUP, 53 rules')
assert lines.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 0 warnings)')
assert lines.contains('[INFO] BUILD SUCCESS')
// an open, unevaluated anomaly, no baseline, no git, SNAPSHOTs everywhere: none of it matters before a release
assert !lines.any { it =~ /ANOMALY-|RELEASE-|REGRESSION-|SOUP-CHANGE|PR-12/ }

def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.releaseBuild == false
assert manifest.verdict == 'PASSED'
assert manifest.violations == []
assert manifest.rules.size() == 53
def rules = manifest.rules.collectEntries { [(it.id): it] }
def release = ['REGRESSION-BASELINE', 'ANOMALY-EVALUATED', 'ANOMALY-ACCEPTABLE', 'RELEASE-VERIFIED', 'RELEASE-SNAPSHOT',
               'RELEASE-GIT', 'RELEASE-REPRODUCIBLE', 'RELEASE-ARCHIVED']
release.each {
    assert rules[it].verdict == 'NOT_APPLICABLE'
    assert rules[it].reason == 'not a release build'
}
['REGRESSION-TEST', 'REGRESSION-REQUIREMENT', 'SOUP-CHANGE'].each {
    assert rules[it].verdict == 'NOT_APPLICABLE'
    assert rules[it].reason == 'no baseline declared'
}
assert rules['REGRESSION-COVERAGE'].verdict == 'OFF'  // class C only
// the rules that did apply have no reason
assert rules['TRACE-PASSED'].verdict == 'PASSED' && rules['TRACE-PASSED'].reason == null

// the residual anomaly is documented even so (5.8.2 needs it at release; the register is read in every build)
def anomalies = json.parse(new File(basedir, 'target/iec62304/anomalies.json'))
assert anomalies.releaseBuild == false
assert anomalies.summary == [residual: 1, evaluated: 0, notEvaluated: 1, unacceptable: 0]
assert anomalies.residual*.subject == ['PR-12']
assert anomalies.residual*.verdict == ['NOT_EVALUATED']

def checklist = json.parse(new File(basedir, 'target/iec62304/release-checklist.json'))
assert checklist.releaseBuild == false
assert checklist.why == '1.0.0-SNAPSHOT is a SNAPSHOT and iec62304.release is not set'
assert checklist.version == '1.0.0-SNAPSHOT'
def items = checklist.items.collectEntries { [(it.clause): it] }
assert items['5.8.1'].result == 'NOT_APPLICABLE'
assert items['5.8.3'].result == 'NOT_APPLICABLE'
assert items['5.8.7'].result == 'NOT_APPLICABLE'

def report = json.parse(new File(basedir, 'target/iec62304/regression-report.json'))
assert report.notApplicable == 'no baseline declared'
return true
