import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def json = new JsonSlurper()
def findings = lines.findAll { it =~ /^\[(ERROR|WARNING)\] [A-Z]+(-[A-Z0-9]+)+ / }

// build 1 (tolerance 10%) passed; build 2 (default 1%) failed for DOSE-CALC alone
assert lines.findAll { it.startsWith('[INFO] IEC 62304 verdict: ') } == ['[INFO] IEC 62304 verdict: PASSED (0 errors, 0 warnings)',
        '[INFO] IEC 62304 verdict: FAILED (1 errors, 0 warnings)']
assert findings == ['[ERROR] REGRESSION-COVERAGE DOSE-CALC: line coverage fell from 100.00% to 94.11% since baseline 1.0.0 (tolerance 1%). Restore the tests, or record the change in a change record of release 1.1.0 in src/iec62304/changes.yaml (units:). [IEC 62304 5.5.5; 9.7 d]']
// REMAINING-TIME (class B) fell further (lines 100% -> 83.33%, branches 100% -> 75%): the rule is off for class B
assert !log.contains('REMAINING-TIME:')
assert !log.contains('REGRESSION-COVERAGE REMAINING-TIME')

// both units still meet their coverage criteria (5.5.5): the regression is the only finding
def units = json.parse(new File(basedir, 'target/iec62304/unit-verification.json')).units.collectEntries { [it.id, it] }
assert units['DOSE-CALC'].coverage == [lines: [covered: 16, total: 17], branches: [covered: 4, total: 4]]
assert units['REMAINING-TIME'].coverage == [lines: [covered: 5, total: 6], branches: [covered: 3, total: 4]]
assert units.values()*.verdict == ['PASSED'] * 3

def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.violations == [[rule: 'REGRESSION-COVERAGE', clause: '5.5.5; 9.7 d', level: 'ERROR', subject: 'DOSE-CALC',
        message: 'line coverage fell from 100.00% to 94.11% since baseline 1.0.0 (tolerance 1%). Restore the tests, or record the change in a change record of release 1.1.0 in src/iec62304/changes.yaml (units:).']]
def rule = manifest.rules.find { it.id == 'REGRESSION-COVERAGE' }
assert rule.levels == [A: 'OFF', B: 'OFF', C: 'ERROR'] && rule.verdict == 'FAILED'

def report = json.parse(new File(basedir, 'target/iec62304/regression-report.json'))
assert report.coverageTolerance == 0.01
def coverage = report.differences.findAll { it.kind == 'UNIT_COVERAGE' }
assert coverage.find { it.subject == 'DOSE-CALC' } == [kind: 'UNIT_COVERAGE', subject: 'DOSE-CALC',
        before: 'lines 100.00%, branches 100.00%', now: 'lines 94.11%, branches 100.00%', rule: 'REGRESSION-COVERAGE',
        justification: null]
// OCCLUSION's coverage did not change (REMAINING-TIME's fall may be listed: the report lists differences; the rule judges)
assert !coverage*.subject.contains('OCCLUSION')
// the same code change is also in the change impact (judged by REGRESSION-IMPACT, off in this IT)
assert report.differences.findAll { it.kind != 'IMPACT' }.every { it.kind == 'UNIT_COVERAGE' }
return true
