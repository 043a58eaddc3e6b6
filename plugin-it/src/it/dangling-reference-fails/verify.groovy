import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def manifest = { new JsonSlurper().parse(new File(basedir, 'target/iec62304/manifest.json')) }

assert lines.contains('[ERROR] TRACE-DANGLING com.example.pump.OcclusionAlarm: @Implements("REQ-ALARM-009") names no requirement in src/iec62304/requirements.yaml. Correct the id or add the requirement to the catalog. [IEC 62304 5.1.1 c]')
assert lines.contains('[ERROR] TRACE-DANGLING com.example.pump.OcclusionAlarmTest#alarmsAbove300: @Verifies("REQ-ALRAM-001") names no requirement in src/iec62304/requirements.yaml. Correct the id or add the requirement to the catalog. [IEC 62304 5.1.1 c]')
assert log.contains('IEC 62304 gates failed with 2 violation(s) at level ERROR:')
def matrix = new JsonSlurper().parse(new File(basedir, 'target/iec62304/trace-matrix.json'))
assert matrix.danglingReferences*.requirementId == ['REQ-ALARM-009', 'REQ-ALRAM-001']
return true
