import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def json = new JsonSlurper()

def findings = lines.findAll { it =~ /^\[(ERROR|WARNING)\] [A-Z]+(-[A-Z0-9]+)+ / }
// merging REQ-DOSE-002 into REQ-DOSE-001 also reworded REQ-DOSE-001 and changed the class C unit DOSE-CALC that
// implements risk control RC-OVERDOSE-01: those are findings of their own (issue 16), each of one subject
assert findings.collect { (it =~ /^\[ERROR\] (\S+ \S+):/)[0][1] }.sort() == ['REGRESSION-IMPACT DOSE-CALC',
        'REGRESSION-IMPACT RC-OVERDOSE-01', 'REGRESSION-REQUIREMENT REQ-DOSE-002', 'REGRESSION-SUSPECT REQ-DOSE-001']
assert findings.findAll { it.contains('REGRESSION-REQUIREMENT') } == ['[ERROR] REGRESSION-REQUIREMENT REQ-DOSE-002: was in baseline 1.0.0\'s catalog and has been removed. Record the change in a change record of release 1.1.0 in src/iec62304/changes.yaml (requirements:). [IEC 62304 5.7.3; 9.7 d]']
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (4 errors, 0 warnings)')
// the tests that verified it still pass (now for REQ-DOSE-001): no test regressed
assert !log.contains('REGRESSION-TEST')

def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.violations.findAll { it.rule == 'REGRESSION-REQUIREMENT' } == [[rule: 'REGRESSION-REQUIREMENT', clause: '5.7.3; 9.7 d', level: 'ERROR', subject: 'REQ-DOSE-002',
        message: 'was in baseline 1.0.0\'s catalog and has been removed. Record the change in a change record of release 1.1.0 in src/iec62304/changes.yaml (requirements:).']]
// no changes.yaml: an optional file, not an input
assert !manifest.inputs*.path.contains('src/iec62304/changes.yaml')

def report = json.parse(new File(basedir, 'target/iec62304/regression-report.json'))
assert report.summary == [baselineTests: 11, tests: 11, testsAdded: 0, baselineRequirements: 4, requirementsAdded: 0,
        differences: 4, justified: 0]
assert report.differences.findAll { it.kind == 'REQUIREMENT' } == [[kind: 'REQUIREMENT', subject: 'REQ-DOSE-002', before: 'VERIFIED', now: 'REMOVED',
        rule: 'REGRESSION-REQUIREMENT', justification: null]]
return true
