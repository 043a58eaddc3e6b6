import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[ERROR] ARCH-ASSIGNED com.example.pump.units.Conversions: belongs to no software item. Add its package or class to an item in src/iec62304/architecture.yaml. [IEC 62304 5.3.1; 5.4.1]')
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (1 errors, 0 warnings)')
// the orphan is no unit, so no unit rule judges it; the registered units pass
assert lines.contains('[INFO] IEC 62304 check: software safety class C, 2 requirements, 6 test cases, 2 units, 0 shipped SOUP, 53 rules')
assert !lines.any { it.contains('UNIT-') || it.contains('TRACE-') }

def units = new JsonSlurper().parse(new File(basedir, 'target/iec62304/unit-verification.json'))
assert units.items*.id == ['DOSING', 'ALARMS']
assert units.items*.packages == [['com.example.pump.dosing'], ['com.example.pump.alarm']]
assert units.units*.id == ['com.example.pump.alarm.OcclusionAlarm', 'com.example.pump.dosing.DoseCalculator']
assert units.units*.item == ['ALARMS', 'DOSING']
assert units.units*.verdict == ['PASSED', 'PASSED']
assert units.unassignedClasses == [[class: 'com.example.pump.units.Conversions', problem: 'NO_ITEM', candidates: [], item: null]]
def manifest = new JsonSlurper().parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.inputs*.path.contains('src/iec62304/architecture.yaml')
assert manifest.violations == [[rule: 'ARCH-ASSIGNED', clause: '5.3.1; 5.4.1', level: 'ERROR', subject: 'com.example.pump.units.Conversions',
        message: 'belongs to no software item. Add its package or class to an item in src/iec62304/architecture.yaml.']]
return true
