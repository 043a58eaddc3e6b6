import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def json = new JsonSlurper()
def gav = 'it.iec62304:release-not-reproducible-fails:1.0.0'

assert lines.contains('[INFO] IEC 62304 check: software safety class B, 2 requirements, 4 test cases, 2 units, 0 shipped SOUP, 53 rules')
assert lines.contains("[ERROR] RELEASE-REPRODUCIBLE ${gav}: has no project.build.outputTimestamp, so neither the build nor its evidence bundle is reproducible. Set it in the pom's <properties> (maven-release-plugin keeps it up to date). [IEC 62304 5.8.5]".toString())
assert lines.contains("[ERROR] RELEASE-ARCHIVED ${gav}: the evidence bundle is not attached (skipAttach), so it is not archived with the release. Remove iec62304.skipAttach. [IEC 62304 5.8.7; 5.8.8]".toString())
assert lines.contains("[ERROR] RELEASE-VERIFIED ${gav}: 2 violations at ERROR level remain (RELEASE-ARCHIVED 1, RELEASE-REPRODUCIBLE 1): verification is not complete. [IEC 62304 5.8.1]".toString())
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (3 errors, 1 warnings)')
assert !lines.any { it =~ /ANOMALY-|REGRESSION-|RELEASE-(SNAPSHOT|GIT)/ }

def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.releaseBuild == true
assert manifest.buildTimestamp == null
def rules = manifest.rules.collectEntries { [(it.id): it] }
assert rules['RELEASE-REPRODUCIBLE'].levels == [A: 'WARN', B: 'ERROR', C: 'ERROR']
assert rules['RELEASE-ARCHIVED'].levels == [A: 'ERROR', B: 'ERROR', C: 'ERROR']
assert rules['RELEASE-REPRODUCIBLE'].verdict == 'FAILED'
assert rules['RELEASE-ARCHIVED'].verdict == 'FAILED'
// how it was built is still recorded (5.8.5)
def env = manifest.buildEnvironment
assert env.java.version && env.java.vendor && env.java.vm
// the Maven that ran, whichever it is (3.9 or 4; issue 18: this asserted 3.x, which is no product behaviour)
assert env.maven ==~ /\d+\.\d+\.\d+(-[A-Za-z0-9.-]+)?/
assert System.getProperty('maven.version') == null || env.maven == System.getProperty('maven.version')
assert env.os.name && env.os.arch
assert env.plugins.any { it.startsWith('io.github.iec62304:iec62304-maven-plugin:') }
assert env.plugins.any { it.startsWith('org.apache.maven.plugins:maven-surefire-plugin:') }

def checklist = json.parse(new File(basedir, 'target/iec62304/release-checklist.json'))
def items = checklist.items.collectEntries { [(it.clause): it] }
assert items['5.8.5'].result == 'FAILED' && items['5.8.5'].rules == ['RELEASE-REPRODUCIBLE']
assert items['5.8.7'].result == 'FAILED' && items['5.8.7'].rules == ['RELEASE-ARCHIVED']
assert items['5.8.8'].result == 'FAILED' && items['5.8.8'].rules == ['RELEASE-ARCHIVED']
return true
