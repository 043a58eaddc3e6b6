import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def gav = 'it.iec62304:release-without-baseline-class-a-warns:1.1.0'

assert lines.contains('[INFO] IEC 62304 check: software safety class A, 2 requirements, 4 test cases, 2 units, 0 shipped SOUP, 53 rules')
assert lines.contains("[WARNING] REGRESSION-BASELINE ${gav}: is a release build with no <baseline>. Name the previous release's evidence (<baseline>1.0.0</baseline>, group:artifact:version, or a zip file), or write <baseline>none</baseline> for the first release. [IEC 62304 5.6.6; 5.7.3]".toString())
assert lines.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 2 warnings)')
assert lines.contains('[INFO] BUILD SUCCESS')
assert !lines.any { it =~ /RELEASE-|ANOMALY-|REGRESSION-(TEST|REQUIREMENT|COVERAGE)|SOUP-CHANGE/ && !it.startsWith('[WARNING] RELEASE-APPROVED ') }

def manifest = new JsonSlurper().parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.releaseBuild == true
assert manifest.verdict == 'PASSED'
assert manifest.violations.findAll { it.rule != 'RELEASE-APPROVED' } == [[rule: 'REGRESSION-BASELINE', clause: '5.6.6; 5.7.3', level: 'WARN', subject: gav,
        message: "is a release build with no <baseline>. Name the previous release's evidence (<baseline>1.0.0</baseline>, group:artifact:version, or a zip file), or write <baseline>none</baseline> for the first release."]]
assert manifest.violations.find { it.rule == 'RELEASE-APPROVED' }.level == 'WARN'
def rules = manifest.rules.collectEntries { [(it.id): it] }
assert rules['RELEASE-VERIFIED'].verdict == 'PASSED'
assert rules['REGRESSION-TEST'].reason == 'no baseline declared'
return true
