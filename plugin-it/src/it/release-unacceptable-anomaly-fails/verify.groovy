import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def json = new JsonSlurper()
def gav = 'it.iec62304:release-unacceptable-anomaly-fails:1.0.0'

assert lines.contains('[INFO] IEC 62304 check: software safety class A, 1 requirements, 1 test cases, 1 units, 0 shipped SOUP, 53 rules')
assert lines.contains('[ERROR] ANOMALY-ACCEPTABLE PR-40: is evaluated as not acceptable by J. Doe (safety engineer) on 2026-11-10. Fix it before release and mark the record resolved. [IEC 62304 5.8.3]')
assert lines.contains("[ERROR] RELEASE-VERIFIED ${gav}: 1 violation at ERROR level remains (ANOMALY-ACCEPTABLE 1): verification is not complete. [IEC 62304 5.8.1]".toString())
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (2 errors, 1 warnings)')
// PR-40 has a complete evaluation, so ANOMALY-EVALUATED is satisfied; the acceptable and the closed records are silent
assert !lines.any { it.contains('ANOMALY-EVALUATED') || it.contains('PR-41') || it.contains('PR-35') }
assert !lines.any { it =~ /RELEASE-(SNAPSHOT|GIT|REPRODUCIBLE|ARCHIVED)|REGRESSION-/ }

def anomalies = json.parse(new File(basedir, 'target/iec62304/anomalies.json'))
assert anomalies.summary == [residual: 2, evaluated: 2, notEvaluated: 0, unacceptable: 1]
def pr40 = anomalies.residual.find { it.subject == 'PR-40' }
assert pr40.kind == 'PROBLEM_REPORT' && pr40.acceptable == false && pr40.verdict == 'UNACCEPTABLE'
assert pr40.evaluatedBy == 'J. Doe (safety engineer)' && pr40.date == '2026-11-10'
assert anomalies.residual.find { it.subject == 'PR-41' }.verdict == 'ACCEPTABLE'
assert !anomalies.residual*.subject.contains('PR-35')
assert anomalies.records.find { it.id == 'PR-35' }.acceptable == false

def checklist = json.parse(new File(basedir, 'target/iec62304/release-checklist.json'))
def items = checklist.items.collectEntries { [(it.clause): it] }
assert items['5.8.1'].result == 'FAILED'
assert items['5.8.3'].result == 'FAILED'

def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
def rules = manifest.rules.collectEntries { [(it.id): it] }
assert rules['ANOMALY-ACCEPTABLE'].levels == [A: 'ERROR', B: 'ERROR', C: 'ERROR']
assert rules['ANOMALY-ACCEPTABLE'].verdict == 'FAILED'
assert rules['ANOMALY-EVALUATED'].verdict == 'PASSED'
assert manifest.violations*.rule == ['ANOMALY-ACCEPTABLE', 'RELEASE-VERIFIED', 'RELEASE-APPROVED']
return true
