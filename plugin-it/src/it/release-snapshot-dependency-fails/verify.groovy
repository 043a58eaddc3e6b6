import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def json = new JsonSlurper()
def gav = 'it.iec62304:release-snapshot-dependency-fails:1.0.0'

assert lines.contains('[INFO] IEC 62304 check: software safety class B, 2 requirements, 4 test cases, 2 units, 0 shipped SOUP, 53 rules')
assert lines.contains('[ERROR] RELEASE-SNAPSHOT it.iec62304:snapshot-lib:1.0-SNAPSHOT: is a SNAPSHOT dependency (compile) of a release build. Release it or use a released version, or list it in <allowedSnapshots> with your reasons. [IEC 62304 5.8.4; 8.1.1]')
assert lines.contains("[ERROR] RELEASE-VERIFIED ${gav}: 1 violation at ERROR level remains (RELEASE-SNAPSHOT 1): verification is not complete. [IEC 62304 5.8.1]".toString())
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (2 errors, 1 warnings)')
// the allowed SNAPSHOTs (plugin, annotations, IT parent) are no violation: one RELEASE-SNAPSHOT line only
assert lines.findAll { it.startsWith('[ERROR] RELEASE-SNAPSHOT ') }.size() == 1
assert !lines.any { it =~ /RELEASE-SNAPSHOT (io\.github\.iec62304|it\.iec62304:it-parent)/ }
assert !lines.any { it =~ /ANOMALY-|REGRESSION-|RELEASE-(GIT|REPRODUCIBLE|ARCHIVED)/ }

def checklist = json.parse(new File(basedir, 'target/iec62304/release-checklist.json'))
assert checklist.releaseBuild == true
def snapshots = checklist.snapshots.collectEntries { [(it.coordinates.replaceFirst(/:[^:]+$/, '')): it] }
assert snapshots['it.iec62304:snapshot-lib'] ==
        [coordinates: 'it.iec62304:snapshot-lib:1.0-SNAPSHOT', kind: 'dependency (compile)', allowed: false]
assert snapshots['it.iec62304:it-parent'] ==
        [coordinates: 'it.iec62304:it-parent:1.0.0-SNAPSHOT', kind: 'parent', allowed: true]
assert snapshots['io.github.iec62304:iec62304-annotations'].kind == 'dependency (provided)'
assert snapshots['io.github.iec62304:iec62304-annotations'].allowed == true
assert snapshots['io.github.iec62304:iec62304-maven-plugin'].kind == 'plugin'
assert snapshots['io.github.iec62304:iec62304-maven-plugin'].allowed == true
assert snapshots['io.github.iec62304:iec62304-maven-plugin'].coordinates.endsWith('-SNAPSHOT')
assert checklist.snapshots.findAll { !it.allowed }*.coordinates == ['it.iec62304:snapshot-lib:1.0-SNAPSHOT']
def items = checklist.items.collectEntries { [(it.clause): it] }
assert items['5.8.4'].result == 'FAILED'
assert items['5.8.4'].rules == ['RELEASE-SNAPSHOT', 'RELEASE-GIT']
def csv = new File(basedir, 'target/iec62304/release-checklist.csv').readLines()
assert csv[0] == 'clause,item,result,rules,evidence'

def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.violations.find { it.rule == 'RELEASE-SNAPSHOT' } == [rule: 'RELEASE-SNAPSHOT', clause: '5.8.4; 8.1.1',
        level: 'ERROR', subject: 'it.iec62304:snapshot-lib:1.0-SNAPSHOT',
        message: 'is a SNAPSHOT dependency (compile) of a release build. Release it or use a released version, or list it in <allowedSnapshots> with your reasons.']
return true
