import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def manifest = { new JsonSlurper().parse(new File(basedir, 'target/iec62304/manifest.json')) }

assert log.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 0 warnings)')
def matrix = new JsonSlurper().parse(new File(basedir, 'target/iec62304/trace-matrix.json'))
assert matrix.requirements*.status == ['VERIFIED', 'VERIFIED', 'VERIFIED']
def dose = matrix.requirements.find { it.id == 'REQ-DOSE-001' }.verifiedBy
assert dose*.test == ['com.example.pump.DoseCalculatorTest#rateIsStable', 'com.example.pump.DoseCalculatorTest#rateIsVolumeOverDuration']
assert dose*.invocations == [3, 3]
def invalid = matrix.requirements.find { it.id == 'REQ-DOSE-002' }.verifiedBy
assert invalid*.test == ['com.example.pump.DoseCalculatorTest$WhenDurationIsInvalid#rejects']
assert invalid*.invocations == [3]
def alarm = matrix.requirements.find { it.id == 'REQ-ALARM-001' }.verifiedBy
assert alarm*.test == ['com.example.pump.OcclusionAlarmTest$AbovePressureLimit#alarms', 'com.example.pump.OcclusionAlarmTest$AtPressureLimit#staysSilent']
assert alarm*.outcome == ['PASSED', 'PASSED']
return true
