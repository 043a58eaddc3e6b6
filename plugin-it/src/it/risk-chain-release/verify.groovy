import groovy.json.JsonSlurper

// Issue 15: hazard -> cause -> risk control -> requirement -> passing test, judged in a release build
def lines = new File(basedir, 'build.log').readLines()
def json = new JsonSlurper()

// 1: the complete chain passes, every risk rule judged
def passed = json.parse(new File(basedir, 'runs/passed/manifest.json'))
assert passed.verdict == 'PASSED' && passed.releaseBuild == true
assert passed.rules.findAll { it.id.startsWith('RISK-') }.collect { [it.id, it.verdict] } == [
        ['RISK-REFERENCES', 'PASSED'], ['RISK-CONTROL-IMPLEMENTED', 'PASSED'], ['RISK-CONTROL-VERIFIED', 'PASSED'],
        ['RISK-CONTROL-CLASS', 'PASSED'], ['RISK-CLASS', 'PASSED'], ['RISK-SOUP-HAZARD', 'PASSED'],
        ['RISK-CHANGE', 'NOT_APPLICABLE'], ['RISK-RESIDUAL', 'PASSED']]
assert passed.inputs.any { it.path == 'src/iec62304/risks.yaml' }
// the chain as evidence: hazard -> controls (with status) -> requirement -> code (item, class) -> tests
def chain = json.parse(new File(basedir, 'runs/passed/risk-trace.json'))
assert chain.hazards.collect { [it.id, it.severity, it.demandedClass, it.residual.acceptable] } ==
        [['HAZ-OVERDOSE', 'critical', 'C', true]]
assert chain.controls.collect { [it.id, it.implementedIn, it.status, it.requirements*.id] } == [
        ['RC-OVERDOSE-01', 'software', 'VERIFIED', ['REQ-DOSE-001']],
        ['RC-MOTOR-01', 'hardware', 'NOT_SOFTWARE', []]]
def implementing = chain.controls[0].requirements[0]
assert implementing.implementedBy.collect { [it.location, it.item, it.itemClass] } ==
        [['com.example.pump.dosing.DoseCalculator#rateMlPerHour', 'DOSING', 'C']]
assert implementing.verifiedBy*.outcome == ['PASSED', 'PASSED']
def trace = json.parse(new File(basedir, 'runs/passed/trace-matrix.json'))
assert trace.requirements.find { it.id == 'REQ-DOSE-001' }.hazards == ['HAZ-OVERDOSE']
assert passed.files*.path.containsAll(['risk-trace.json', 'risk-trace.csv'])
assert new File(basedir, 'runs/passed/index.html').text.contains('<h2>Risk management (1 hazards, 2 risk controls)</h2>')

// 2: a control implemented in software without a requirement
assert lines.contains('[ERROR] RISK-CONTROL-IMPLEMENTED RC-OVERDOSE-01: "The rate is computed from the prescription and a zero duration is refused" (controls HAZ-OVERDOSE) is implemented in software, but no requirement of src/iec62304/requirements-without-control.yaml names it in riskControls. Write the requirement that implements it (riskControls: [RC-OVERDOSE-01]). [IEC 62304 5.2.3; 7.2.2 a]')
// 3: the control's test fails: the message names the hazard, the control, the requirement and the test
assert lines.contains('[ERROR] RISK-CONTROL-VERIFIED RC-OVERDOSE-01: "The rate is computed from the prescription and a zero duration is refused" controls HAZ-OVERDOSE but is not verified in this build: REQ-DOSE-001 is NOT_VERIFIED (com.example.pump.dosing.DoseCalculatorTest#rateIsVolumeOverDuration FAILED). A risk control counts only when every requirement implementing it is verified (see their TRACE-* findings). [IEC 62304 7.3.1]')
// 4: a dangling control id
assert lines.contains('[ERROR] RISK-REFERENCES REQ-DOSE-001: names risk control RC-OVERDOS-01 (riskControls), which is not in src/iec62304/risks.yaml (controls:). Correct the id, or declare the risk control. [IEC 62304 7.3.3]')
// 5: a class A item causing a critical hazard and implementing its control
assert lines.contains('[ERROR] RISK-CLASS DOSING: is class A but is a cause of hazard HAZ-OVERDOSE (Overdose, up to death; severity critical, which demands class C in src/iec62304/risks.yaml) and no control outside the software makes it acceptable. Raise the class of DOSING to C in src/iec62304/architecture-dosing-class-a.yaml, or record the risk after the controls outside the software as \'afterExternal\' of HAZ-OVERDOSE if they make it acceptable. [IEC 62304 4.3]')
assert lines.contains('[ERROR] RISK-CONTROL-CLASS com.example.pump.dosing.DoseCalculator#rateMlPerHour: implements REQ-DOSE-001, and so risk control RC-OVERDOSE-01 of hazard HAZ-OVERDOSE (severity critical, which demands class C in src/iec62304/risks.yaml), but belongs to item DOSING (class A). Move it to an item of class C, or raise the class of DOSING. If a control outside the software makes the risk acceptable on its own (4.3), record the risk after it as \'afterExternal\' of HAZ-OVERDOSE. [IEC 62304 4.3; 7.2.2]')
// 6: an unacceptable residual risk without a benefit-risk analysis fails the release
assert lines.contains('[ERROR] RISK-RESIDUAL HAZ-OVERDOSE: has an unacceptable residual risk (critical, occasional) and no benefit-risk analysis: it cannot be released. Reduce the risk further, or name the benefit-risk analysis that justifies it (residual.benefitRisk: document id) in src/iec62304/risks-unacceptable.yaml. [IEC 62304 7.3; 5.8]')
// 7: the control changed since the baseline without a change record ...
assert lines.contains('[ERROR] RISK-CHANGE RC-OVERDOSE-01: is a risk control changed since baseline 1.1.0: title \'The rate is computed from the prescription and a zero duration is refused\' -> \'The rate is computed from the prescription, and zero or negative durations are refused\'. Analyse its effect on the risk controls (7.4.2) and record it in a change record of release 1.1.0 in src/iec62304/changes.yaml (hazards: naming the hazard, riskControls: the control, or requirements: the requirement). [IEC 62304 7.4.2; 7.4.3]')
// 8: ... and passes with one, which the regression report shows
def changed = json.parse(new File(basedir, 'runs/changed/manifest.json'))
assert changed.verdict == 'PASSED'
assert changed.rules.find { it.id == 'RISK-CHANGE' }.verdict == 'PASSED'
def regression = json.parse(new File(basedir, 'runs/changed/regression-report.json'))
def difference = regression.differences.find { it.subject == 'RC-OVERDOSE-01' }
assert difference != null && difference.justification.change == 'CR-31'
return true
