import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[ERROR] UNIT-TESTS-PASS unit com.example.pump.DoseCalculator (class B, item SYSTEM): test class com.example.pump.DoseCalculatorIT NOT RUN (no result in this build). Make every test of the unit run and pass. [IEC 62304 5.5.5]')
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (1 errors, 0 warnings)')
assert !lines.any { it.contains('TRACE-') || it.contains('UNIT-COVERAGE') || it.contains('UNIT-TESTED') }

def units = new JsonSlurper().parse(new File(basedir, 'target/iec62304/unit-verification.json'))
def dose = units.units.find { it.id == 'com.example.pump.DoseCalculator' }
assert dose.tests*.class.unique() == ['com.example.pump.DoseCalculatorTest']
assert dose.tests*.outcome.every { it == 'PASSED' }
assert dose.testClassesNotRun == ['com.example.pump.DoseCalculatorIT']
assert dose.verdict == 'FAILED'
def csv = new File(basedir, 'target/iec62304/unit-verification.csv').readLines()
assert csv.any { it.startsWith('com.example.pump.DoseCalculator,SYSTEM,B,') && it.endsWith(',3,1,,FAILED') }
return true
