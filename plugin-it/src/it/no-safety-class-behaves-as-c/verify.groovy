import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def manifest = { new JsonSlurper().parse(new File(basedir, 'target/iec62304/manifest.json')) }

assert lines.contains('[WARNING] No <safetyClass> declared: the software system is treated as class C (IEC 62304 4.3). Declare <safetyClass>A|B|C</safetyClass> in the plugin configuration.')
assert lines.contains('[ERROR] TRACE-IMPLEMENTED REQ-ALARM-001: "Occlusion alarm" (class C) has no implementation. Add @Implements("REQ-ALARM-001") to the class or method that implements it. [IEC 62304 5.3.1; 7.3.3]')
assert log.contains('[INFO] IEC 62304 check: software safety class C, 2 requirements, 2 test cases, 2 units, 0 shipped SOUP, 53 rules')
assert manifest().safetyClass == [class: 'C', source: 'default: no class declared (IEC 62304 4.3)']
assert log.count('No <safetyClass> declared') == 1
return true
