import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def json = new JsonSlurper()
def gav = 'it.iec62304:release-without-baseline-fails:1.1.0'

assert lines.contains('[INFO] IEC 62304 check: software safety class B, 2 requirements, 4 test cases, 2 units, 0 shipped SOUP, 53 rules')
assert lines.contains("[ERROR] REGRESSION-BASELINE ${gav}: is a release build with no <baseline>. Name the previous release's evidence (<baseline>1.0.0</baseline>, group:artifact:version, or a zip file), or write <baseline>none</baseline> for the first release. [IEC 62304 5.6.6; 5.7.3]".toString())
assert lines.contains("[ERROR] RELEASE-VERIFIED ${gav}: 1 violation at ERROR level remains (REGRESSION-BASELINE 1): verification is not complete. [IEC 62304 5.8.1]".toString())
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (2 errors, 1 warnings)')
assert !lines.any { it =~ /REGRESSION-(TEST|REQUIREMENT|COVERAGE)|SOUP-CHANGE|ANOMALY-|RELEASE-(SNAPSHOT|GIT|REPRODUCIBLE|ARCHIVED)/ }

def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.releaseBuild == true
assert manifest.baseline == null
def rules = manifest.rules.collectEntries { [(it.id): it] }
assert rules['REGRESSION-BASELINE'].levels == [A: 'WARN', B: 'ERROR', C: 'ERROR']
assert rules['REGRESSION-BASELINE'].verdict == 'FAILED'
['REGRESSION-TEST', 'REGRESSION-REQUIREMENT', 'SOUP-CHANGE'].each {
    assert rules[it].verdict == 'NOT_APPLICABLE' && rules[it].reason == 'no baseline declared'
}
assert rules['REGRESSION-COVERAGE'].verdict == 'OFF'  // class C only
assert manifest.violations*.rule == ['REGRESSION-BASELINE', 'RELEASE-VERIFIED', 'RELEASE-APPROVED']

// the regression report is written all the same, and says why it is empty
def report = json.parse(new File(basedir, 'target/iec62304/regression-report.json'))
assert report.baseline == null
assert report.notApplicable == 'no baseline declared'
assert report.release == '1.1.0'
assert report.differences == []
assert new File(basedir, 'target/iec62304/regression-report.csv').readLines() == ['kind,subject,before,now,rule,change,rationale,approvedBy']
return true
