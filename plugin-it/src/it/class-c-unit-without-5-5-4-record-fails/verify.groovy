import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[ERROR] UNIT-CLASS-C-RECORD unit com.example.pump.alarm.OcclusionAlarm (class C, item ALARMS): has no 5.5.4 record. Declare under classC which of a-h apply and why the others do not, on the unit or its item in src/iec62304/architecture.yaml. [IEC 62304 5.5.4]')
assert lines.contains('[ERROR] UNIT-CLASS-C-RECORD unit DOSE-CALC (class C, item DOSING): has an incomplete 5.5.4 record: c, g are neither applicable nor explained. Give each of a-h as applicable or with the reason it does not apply. [IEC 62304 5.5.4]')
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (2 errors, 0 warnings)')
assert !lines.any { it.contains('UNIT-COVERAGE') || it.contains('UNIT-TESTED') || it.contains('TRACE-') || it.contains('ARCH-') }

def units = new JsonSlurper().parse(new File(basedir, 'target/iec62304/unit-verification.json'))
assert units.units*.id == ['DOSE-CALC', 'com.example.pump.alarm.OcclusionAlarm']
def dose = units.units[0]
assert dose.classes == ['com.example.pump.dosing.DoseCalculator']
assert dose.classC == [applicable: ['b', 'd', 'h'], notApplicable: [
        a: 'stateless calculations; no sequence of events is handled here',
        e: 'no mutable state; every value is computed from the arguments',
        f: 'self-diagnostics belong to the pump\'s safety monitor, outside this unit']]
assert dose.verdict == 'FAILED'
def alarm = units.units[1]
assert alarm.classC == null
assert alarm.verdict == 'FAILED'
def csv = new File(basedir, 'target/iec62304/unit-verification.csv').readLines()
assert csv.any { it.startsWith('DOSE-CALC,DOSING,C,') && it.endsWith(',"applies: b, d, h; missing: c, g",FAILED') }
return true
