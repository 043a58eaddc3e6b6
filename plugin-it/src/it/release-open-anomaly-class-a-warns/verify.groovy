import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def json = new JsonSlurper()
def disabled = 'com.example.diary.DiaryExportTest#importsIntoTheClinicSpreadsheet'

assert lines.contains('[INFO] IEC 62304 check: software safety class A, 1 requirements, 3 test cases, 2 units, 0 shipped SOUP, 53 rules')
// the same two residual anomalies as for class B, now warnings
assert lines.contains('[WARNING] ANOMALY-EVALUATED PR-31: is open and has no evaluation (missing: safetyImpact, evaluation, evaluatedBy, date, acceptable) in src/iec62304/anomalies.yaml. [IEC 62304 5.8.2; 5.8.3]')
assert lines.contains("[WARNING] ANOMALY-EVALUATED test ${disabled}: was SKIPPED (spreadsheet import of the export is not automated yet) in the release run and no anomaly record evaluates it. Add a record to src/iec62304/anomalies.yaml with tests: [${disabled}] and its evaluation (safetyImpact, evaluation, evaluatedBy, date, acceptable). [IEC 62304 5.8.2; 5.8.3]".toString())
assert lines.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 3 warnings)')
assert lines.contains('[INFO] BUILD SUCCESS')
// warnings do not stop the release: verification is complete, no other release rule speaks
// (but RELEASE-APPROVED: the release is not approved, a warning by default)
assert !lines.any { it =~ /RELEASE-|REGRESSION-|SOUP-CHANGE|ANOMALY-ACCEPTABLE|TRACE-|UNIT-/ && !it.startsWith('[WARNING] RELEASE-APPROVED ') }

def anomalies = json.parse(new File(basedir, 'target/iec62304/anomalies.json'))
assert anomalies.releaseBuild == true
assert anomalies.summary == [residual: 2, evaluated: 0, notEvaluated: 2, unacceptable: 0]
assert anomalies.residual*.subject as Set == ['PR-31', disabled] as Set
assert anomalies.residual*.verdict == ['NOT_EVALUATED', 'NOT_EVALUATED']
assert anomalies.residual.find { it.subject == disabled }.kind == 'TEST'

def checklist = json.parse(new File(basedir, 'target/iec62304/release-checklist.json'))
def items = checklist.items.collectEntries { [(it.clause): it] }
assert items['5.8.1'].result == 'PASSED'
assert items['5.8.3'].result == 'WARNED'

def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.releaseBuild == true
assert manifest.verdict == 'PASSED'
def rules = manifest.rules.collectEntries { [(it.id): it] }
assert rules['ANOMALY-EVALUATED'].levels.A == 'WARN'
assert rules['RELEASE-VERIFIED'].verdict == 'PASSED'
assert manifest.violations*.level == ['WARN', 'WARN', 'WARN']
assert manifest.violations*.rule == ['ANOMALY-EVALUATED', 'ANOMALY-EVALUATED', 'RELEASE-APPROVED']
return true
