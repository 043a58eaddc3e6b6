import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def error = { String text -> assert lines.any { it.startsWith('[ERROR] Failed to execute goal') && it.contains(text) } : text }

// 1: judged from the shards: GlucoseLimitsTest ran on both shards (merged into one result), HighLimitTest on shard 2
assert lines.contains('[INFO] IEC 62304 check: software safety class B, 1 module (cgm-core), 2 requirements, 2 test cases, 1 units, 0 shipped SOUP, 53 rules')
assert lines.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 0 warnings)')
def json = new JsonSlurper()
def record = json.parse(new File(basedir, 'runs/shards/test-record.json'))
def low = record.testCases.find { it.id == 'com.example.cgm.GlucoseLimitsTest#lowBelow70' }
assert low.module == 'cgm-core' && low.outcome == 'PASSED'
assert low.reports == ['shards/1/cgm-core/target/surefire-reports/TEST-com.example.cgm.GlucoseLimitsTest.xml',
                       'shards/2/cgm-core/target/surefire-reports/TEST-com.example.cgm.GlucoseLimitsTest.xml']
def manifest = json.parse(new File(basedir, 'runs/shards/manifest.json'))
assert manifest.inputs.find { it.path == 'shards/2/cgm-core/target/surefire-reports/TEST-com.example.cgm.HighLimitTest.xml' }.module == 'cgm-core'

// 2 and 3: a shard that never reported is named
error('shards/3: shard directory not found: this shard\'s test reports were never collected')
error('shards/empty: holds no test report (TEST-*.xml) at any of the modules\' report paths')
// 4 and 5: without shards, a device module whose tests did not run, or were not compiled, is named
error('cgm-core/target/test-classes: module cgm-core has 2 test method(s) but no test report in cgm-core/target/surefire-reports or cgm-core/target/failsafe-reports: its tests did not run in this build')
error('The test sources of device module cgm-core (cgm-core/src/test/java) were not compiled')
error('were not compiled in this build (-Dmaven.test.skip?)')
// 6-8: a module of the reactor the device module does not depend on
error('The device gate in cgm-device does not see reactor module(s) cgm-tool: add each as a dependency of cgm-device')
def excluded = json.parse(new File(basedir, 'runs/excluded/manifest.json'))
assert excluded.verdict == 'PASSED' && excluded.modules == ['cgm-core']
assert !excluded.inputs*.path.any { it.startsWith('cgm-tool/') }
error("<excludedModules> names 'cgm-tol', which is not a module of this reactor (its modules: cgm-core, cgm-device, cgm-tool, reactor-shards)")
return true
