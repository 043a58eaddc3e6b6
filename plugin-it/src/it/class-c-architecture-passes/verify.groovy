import groovy.json.JsonSlurper
import java.util.zip.ZipFile

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] IEC 62304 check: software safety class C, 5 requirements, 10 test cases, 4 units, 0 shipped SOUP, 53 rules')
assert lines.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 0 warnings)')
// no error at all, and no finding of the plugin (issue 18: this refused any [WARNING], which a repository mirror's
// or Maven 4's own warnings break; what matters is that the gates report nothing)
assert !lines.any { it.startsWith('[ERROR]') || it =~ /^\[WARNING\] [A-Z]+(-[A-Z0-9]+)+ / || it.startsWith('[WARNING] IEC 62304') }

def json = new JsonSlurper()
def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.verdict == 'PASSED'
// the 11 trace, architecture and unit rules all passed; the SOUP gate is off here (its ITs bring an SBOM); the
// regression and release rules do not apply to a SNAPSHOT build without a baseline
def gates = manifest.rules.groupBy { it.id.replaceFirst(/-.*/, '') }
// the catalog declares no system requirements: the upward trace rules do not apply (issue 15)
def upward = ['TRACE-PARENT', 'TRACE-SYSTEM']
assert gates.TRACE.findAll { it.id in upward }*.verdict == ['NOT_APPLICABLE'] * 2
assert (gates.TRACE + gates.ARCH + gates.UNIT).findAll { !(it.id in upward) }.size() == 11
assert (gates.TRACE + gates.ARCH + gates.UNIT).findAll { !(it.id in upward) }*.verdict.every { it == 'PASSED' }
assert gates.SOUP.findAll { it.id != 'SOUP-CHANGE' }*.verdict == ['OFF'] * 9
assert (gates.SOUP.findAll { it.id == 'SOUP-CHANGE' } + gates.REGRESSION + gates.ANOMALY + gates.RELEASE)*.verdict ==
        ['NOT_APPLICABLE'] * 16
assert manifest.inputs*.path.containsAll(['src/iec62304/requirements.yaml', 'src/iec62304/architecture.yaml', 'target/jacoco.exec'])
def zip = new File(basedir, 'target/class-c-architecture-passes-1.0.0-SNAPSHOT-iec62304-evidence.zip')
assert new ZipFile(zip).withCloseable { z -> z.entries().collect { it.name } }.containsAll(['unit-verification.csv', 'unit-verification.json'])
assert new File(basedir, 'target/iec62304/index.html').text.contains('Unit verification')

def record = json.parse(new File(basedir, 'target/iec62304/unit-verification.json'))
// the plan: the pom's classB lineCoverage, defaults for the rest
assert record.criteria == [A: null,
        B: [lineCoverage: 0.85, branchCoverage: 0.7, ownTestRequired: true, testsMustPass: true],
        C: [lineCoverage: 0.9, branchCoverage: 0.85, ownTestRequired: true, testsMustPass: true]]
assert record.items.collect { [it.id, it.safetyClass, it.packages] } == [['DOSING', 'C', ['com.example.pump.dosing']],
        ['ALARMS', 'C', ['com.example.pump.alarm']], ['DISPLAY', 'B', ['com.example.pump.display']]]
assert record.items*.rationale[0..1] == [null, null]
assert record.items[2].rationale.startsWith('Display texts only render values computed and checked by DOSING and ALARMS')
assert record.unassignedClasses == []
assert record.units*.id == ['DOSE-CALC', 'OCCLUSION', 'SENSOR-PORT', 'com.example.pump.display.RemainingTime']
assert record.units*.verdict == ['PASSED', 'PASSED', 'NO_CODE', 'PASSED']
def classC = [lineCoverage: 0.9, branchCoverage: 0.85, ownTestRequired: true, testsMustPass: true, overrideRationale: null]

// DOSE-CALC: the calculator with its exception; tests by convention plus the mapped DoseScenariosTest
def dose = record.units[0]
assert dose.item == 'DOSING' && dose.safetyClass == 'C'
assert dose.classes == ['com.example.pump.dosing.DoseCalculator', 'com.example.pump.dosing.DoseLimitException']
assert dose.criteria == classC
assert dose.coverage == [lines: [covered: 14, total: 14], branches: [covered: 4, total: 4]]
assert dose.tests.collect { "${it.class}#${it.name} ${it.outcome}".toString() } == [
        'com.example.pump.dosing.DoseCalculatorTest#rateIsVolumeOverDuration PASSED',
        'com.example.pump.dosing.DoseCalculatorTest#zeroDurationIsRejected PASSED',
        'com.example.pump.dosing.DoseScenariosTest#maximumRateIsAllowed PASSED',
        'com.example.pump.dosing.DoseScenariosTest#rateAboveMaximumIsRefusedAndNamed PASSED']
assert dose.testClassesNotRun == []
// the item's 5.5.4 record
assert dose.classC.applicable == ['b', 'd', 'h']
assert dose.classC.notApplicable.keySet() as List == ['a', 'c', 'e', 'f', 'g']

// OCCLUSION: the alarm with its enum; its own 5.5.4 record overrides the item's
def occlusion = record.units[1]
assert occlusion.classes == ['com.example.pump.alarm.AlarmPriority', 'com.example.pump.alarm.OcclusionAlarm']
assert occlusion.coverage == [lines: [covered: 13, total: 13], branches: [covered: 6, total: 6]]
assert occlusion.tests.size() == 4 && occlusion.tests*.outcome.every { it == 'PASSED' }
assert occlusion.classC == [applicable: ['a', 'b', 'h'], notApplicable: [c: 'allocates nothing',
        d: 'sensor faults are detected by the sensor driver', e: 'the only field is final and set in the constructor',
        f: 'self-diagnostics belong to the pump\'s safety monitor', g: 'no buffers or native memory']]

// SENSOR-PORT: an interface, nothing to execute, so nothing to cover and no test needed
def port = record.units[2]
assert port.coverage == [lines: [covered: 0, total: 0], branches: [covered: 0, total: 0]]
assert port.tests == []
assert port.classC.applicable == ['b', 'h'] // the item's

// DISPLAY (class B): the plan's class B criteria with the item's justified line coverage override
def display = record.units[3]
assert display.item == 'DISPLAY' && display.safetyClass == 'B'
assert display.criteria.lineCoverage == 0.65
assert display.criteria.branchCoverage == 0.7
assert display.criteria.overrideRationale.startsWith('RemainingTime is a static utility whose private constructor only throws AssertionError')
assert display.coverage == [lines: [covered: 4, total: 6], branches: [covered: 2, total: 2]]
assert display.classC == null

def csv = new File(basedir, 'target/iec62304/unit-verification.csv').readLines()
assert csv[0] == 'unit,item,safety class,classes,line coverage,required line,branch coverage,required branch,tests,tests not passed,5.5.4 record,verdict'
assert csv[1] == 'DOSE-CALC,DOSING,C,"com.example.pump.dosing.DoseCalculator; com.example.pump.dosing.DoseLimitException",1.00,0.9,1.00,0.85,4,0,"applies: b, d, h",PASSED'
assert csv[4] == 'com.example.pump.display.RemainingTime,DISPLAY,B,com.example.pump.display.RemainingTime,0.66,0.65,1.00,0.7,2,0,,PASSED'
return true
