import groovy.json.JsonSlurper
import java.util.zip.ZipFile

def lines = new File(basedir, 'build.log').readLines()
def json = new JsonSlurper()
def check = '[INFO] IEC 62304 check: software safety class B, 3 modules (pump-core, pump-it, pump-ui), 3 requirements, 5 test cases, 3 units, 2 shipped SOUP, 53 rules'

// 1 and 2: one verdict for the device; a serial and a -T 4 build give the same bytes
assert lines.count(check) >= 2
assert lines.contains('[INFO] IEC 62304 evidence bundle: runs/serial.zip')
assert lines.contains('[INFO] IEC 62304 evidence bundle: runs/parallel.zip')
assert lines.count('[INFO] IEC 62304 verdict: PASSED (0 errors, 0 warnings)') == 2
def serial = new File(basedir, 'runs/serial.zip')
// the parallel build's bundle, as installed (its file in runs/ was withdrawn by the -pl build, see 3)
def installed = new File(basedir, '../../local-repo/it/iec62304/pump-device/1.0.0-SNAPSHOT/pump-device-1.0.0-SNAPSHOT-iec62304-evidence.zip')
assert serial.bytes == installed.bytes

// REQ-ALARM-001 is implemented in pump-core and verified only by pump-it's failsafe test: traced, and the matrix says where
def matrix = json.parse(new File(basedir, 'runs/serial/trace-matrix.json'))
assert matrix.requirements*.status == ['VERIFIED'] * 3
def alarm = matrix.requirements.find { it.id == 'REQ-ALARM-001' }
assert alarm.implementedIn == [[location: 'com.example.pump.core.OcclusionAlarm', module: 'pump-core']]
assert alarm.verifiedBy.collect { [it.test, it.module, it.outcome] } == [
        ['com.example.pump.core.OcclusionAlarmIT#alarmsAbove300', 'pump-it', 'PASSED'],
        ['com.example.pump.core.OcclusionAlarmIT#silentAt300', 'pump-it', 'PASSED']]
assert new File(basedir, 'runs/serial/index.html').text.contains('<code>com.example.pump.core.OcclusionAlarmIT#silentAt300</code> <small>(module pump-it)</small>')
assert new File(basedir, 'runs/serial/trace-matrix.csv').readLines()[0].endsWith(',verified by,outcome,linked by,implementation modules,test module')
assert new File(basedir, 'runs/serial/test-record.csv').readLines()[0].startsWith('module,class,')

// pump-it's jacoco-it.exec is the only coverage of OcclusionAlarm (pump-core's own tests never touch it): counted
def units = json.parse(new File(basedir, 'runs/serial/unit-verification.json'))
def occlusion = units.units.find { it.id == 'com.example.pump.core.OcclusionAlarm' }
assert occlusion.coverage.lines == [covered: 4, total: 4] && occlusion.coverage.branches == [covered: 2, total: 2]
assert occlusion.verdict == 'PASSED' && occlusion.modules == ['pump-core']
assert units.items.collect { [it.id, it.modules, it.safetyClass] } == [['CORE', ['pump-core'], 'B'], ['UI', ['pump-ui'], 'A']]

// every input with its module, paths relative to the reactor root; the device's modules listed
def manifest = json.parse(new File(basedir, 'runs/serial/manifest.json'))
assert manifest.modules == ['pump-core', 'pump-it', 'pump-ui'] // pump-device has no code: not a module of the device
def input = { p -> manifest.inputs.find { it.path == p } }
assert input('pump-it/target/jacoco-it.exec').module == 'pump-it'
assert input('pump-it/target/failsafe-reports/TEST-com.example.pump.core.OcclusionAlarmIT.xml').module == 'pump-it'
assert input('pump-core/target/classes').module == 'pump-core'
assert input('pump-device/src/iec62304/requirements.yaml').module == null
assert input('pump-device/target/bom.json') != null
// SOUP: slf4j-api is test-only in pump-core and ships with pump-ui: it ships; the device's own modules are never SOUP
def soup = json.parse(new File(basedir, 'runs/serial/soup-list.json'))
assert soup.components.findAll { it.shipped }*.name == ['slf4j-api']
assert soup.components.findAll { it.name.startsWith('pump-') }.collect { [it.name, it.shipped] } == [['pump-core', false], ['pump-ui', false]]

// one bundle for the device, installed with the aggregate module; no module has one of its own
def repo = new File(basedir, '../../local-repo/it/iec62304')
assert installed.isFile()
['pump-core', 'pump-ui', 'pump-it'].each { m ->
    assert !new File(repo, "${m}/1.0.0-SNAPSHOT").listFiles().any { it.name.contains('iec62304-evidence') }
}

// 3: the device module alone is not the device; the bundle an earlier run left at its place is withdrawn
// (before the fix it stayed, and looked like this run's evidence)
assert lines.any { it.contains('check-aggregate (device) on project pump-device: Device module(s) pump-core, pump-it, pump-ui were not built in this run (a partial build with -pl or -rf?)') }
assert lines.any { it.startsWith('[WARNING] Removed the evidence bundle of an earlier run (') && it.contains('runs/parallel.zip') }
assert !new File(basedir, 'runs/parallel.zip').exists() && !new File(basedir, 'runs/parallel').exists()

// 4: a failing integration test in pump-it fails the device, naming requirement, test and module; the regression
// against the first build's device bundle sees it too
assert lines.contains('[ERROR] TRACE-PASSED REQ-ALARM-001: not verified (class B): test com.example.pump.core.OcclusionAlarmIT#silentAt300 (module pump-it) FAILED (expected: <false> but was: <true>) in pump-it/target/failsafe-reports/TEST-com.example.pump.core.OcclusionAlarmIT.xml. Fix the code or the test until it passes; see the reports named above. [IEC 62304 5.7.1; 5.7.4]')
assert lines.contains('[ERROR] REGRESSION-TEST com.example.pump.core.OcclusionAlarmIT#silentAt300: passed in baseline 1.0.0-SNAPSHOT and is now FAILED (expected: <false> but was: <true>). Fix it, or retire it in a change record of release 1.0.0 in pump-device/src/iec62304/changes.yaml (tests:). [IEC 62304 5.6.6; 5.7.3; 9.7 d]')
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (6 errors, 0 warnings)')
def failing = json.parse(new File(basedir, 'runs/failing/manifest.json'))
assert failing.baseline.version == '1.0.0-SNAPSHOT'

// 5: a module the architecture forgets is a finding, not silence
assert lines.contains('[ERROR] ARCH-ASSIGNED com.example.pump.ui.RateDisplay: of module pump-ui belongs to no software item. Add the module (modules: [pump-ui]), its package or the class to an item in pump-device/src/iec62304/architecture-core-only.yaml. [IEC 62304 5.3.1; 5.4.1]')

// 6: without its register entry, slf4j-api (shipped by pump-ui, test-only in pump-core) fails
assert lines.contains('[ERROR] SOUP-REGISTERED org.slf4j:slf4j-api:2.0.17: ships but has no entry in pump-device/src/iec62304/soup-jre-only.yaml. Add one (mvn iec62304:soup-register writes a starter entry). [IEC 62304 8.1.2]')
return true
