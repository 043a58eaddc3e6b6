import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def manifest = { new JsonSlurper().parse(new File(basedir, 'target/iec62304/manifest.json')) }

assert !log.contains('TRACE-IMPLEMENTED REQ')
assert log.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 0 warnings)')
def rule = manifest().rules.find { it.id == 'TRACE-IMPLEMENTED' }
assert rule.levels == [A: 'OFF', B: 'WARN', C: 'ERROR'] && rule.verdict == 'PASSED'
return true
