import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[ERROR] ARCH-IMPLEMENTS-CLASS com.example.pump.display.RemainingTime#confirmationText: implements REQ-DOSE-002 (class C) but belongs to item DISPLAY (class A). Move it to an item of class C or raise the class of DISPLAY. [IEC 62304 4.3; 5.3.1]')
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (1 errors, 0 warnings)')
// the class A requirement in the same class is fine; the lowered class has its rationale
assert !lines.any { it.contains('REQ-DISP-001') || it.contains('ARCH-CLASS-RATIONALE') || it.contains('UNIT-') || it.contains('TRACE-') }

def units = new JsonSlurper().parse(new File(basedir, 'target/iec62304/unit-verification.json'))
assert units.items.find { it.id == 'DISPLAY' }.rationale.startsWith('Display texts only render values that DOSING has computed')
assert units.units.find { it.id == 'com.example.pump.display.RemainingTime' }.verdict == 'NOT_REQUIRED'
def matrix = new JsonSlurper().parse(new File(basedir, 'target/iec62304/trace-matrix.json'))
def confirm = matrix.requirements.find { it.id == 'REQ-DOSE-002' }
assert confirm.safetyClass == 'C' && confirm.status == 'VERIFIED'
assert confirm.implementedBy == ['com.example.pump.display.RemainingTime#confirmationText']
return true
