import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def json = new JsonSlurper()
def gav = 'it.iec62304:release-outside-git-fails:1.0.0'

assert lines.contains('[INFO] IEC 62304 check: software safety class B, 2 requirements, 4 test cases, 2 units, 0 shipped SOUP, 53 rules')
assert lines.contains("[ERROR] RELEASE-GIT ${gav}: is not built from a git work tree, so no commit can be recorded. Build from the release tag, or set <releaseWithoutGit>true</releaseWithoutGit> and record the revision in your configuration management. [IEC 62304 5.1.11]".toString())
assert lines.contains("[ERROR] RELEASE-VERIFIED ${gav}: 1 violation at ERROR level remains (RELEASE-GIT 1): verification is not complete. [IEC 62304 5.8.1]".toString())
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (2 errors, 1 warnings)')
assert !lines.any { it =~ /ANOMALY-|REGRESSION-|RELEASE-(SNAPSHOT|REPRODUCIBLE|ARCHIVED)/ }

def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.releaseBuild == true
assert manifest.git == null || manifest.git.commit == null
def rules = manifest.rules.collectEntries { [(it.id): it] }
assert rules['RELEASE-GIT'].levels == [A: 'WARN', B: 'ERROR', C: 'ERROR']
assert rules['RELEASE-GIT'].verdict == 'FAILED'
assert manifest.violations*.rule == ['RELEASE-GIT', 'RELEASE-VERIFIED', 'RELEASE-APPROVED']

def checklist = json.parse(new File(basedir, 'target/iec62304/release-checklist.json'))
def items = checklist.items.collectEntries { [(it.clause): it] }
assert items['5.8.4'].result == 'FAILED'
assert items['5.8.4'].rules == ['RELEASE-SNAPSHOT', 'RELEASE-GIT']
return true
