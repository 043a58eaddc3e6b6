import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[ERROR] ARCH-CLASS-RATIONALE item DISPLAY (class A): is below the system\'s class C without a rationale. Add \'rationale:\' stating the segregation that justifies the lower class. [IEC 62304 4.3]')
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (1 errors, 0 warnings)')
assert !lines.any { it.contains('UNIT-') || it.contains('TRACE-') || it.contains('ARCH-IMPLEMENTS-CLASS') }

def units = new JsonSlurper().parse(new File(basedir, 'target/iec62304/unit-verification.json'))
assert units.items.collect { [it.id, it.safetyClass, it.rationale] } == [['DOSING', 'C', null], ['DISPLAY', 'A', null]]
def display = units.units.find { it.id == 'com.example.pump.display.RemainingTime' }
assert display.item == 'DISPLAY' && display.safetyClass == 'A'
assert display.criteria == null && display.classC == null
assert display.verdict == 'NOT_REQUIRED'
assert units.units.find { it.id == 'com.example.pump.dosing.DoseCalculator' }.verdict == 'PASSED'
def manifest = new JsonSlurper().parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.violations*.subject == ['item DISPLAY (class A)']
return true
