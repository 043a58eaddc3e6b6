import groovy.json.JsonSlurper

def first = new File(basedir, 'runs/first.zip')
def second = new File(basedir, 'runs/second.zip')
def third = new File(basedir, 'target/third/bundle.zip')
assert first.isFile() && second.isFile() && third.isFile()

// the second build's test took at least 0.7 s (the first's a few ms), and JaCoCo recorded another session
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.pump.DoseCalculatorTest.xml').text
def time = (report =~ /testcase name="rateIsVolumeOverDuration" classname="[^"]*" time="([0-9.]+)"/)[0][1] as double
assert time >= 0.7
assert new File(basedir, 'target/jacoco.exec').isFile()

// ... and yet the bundles are the same bytes: they depend on what the tests showed, not on how long they took
assert first.bytes == second.bytes
assert second.bytes == third.bytes
def entry = new java.util.zip.ZipFile(first).withCloseable { it.getEntry('manifest.json').timeLocal }
assert entry == java.time.LocalDateTime.parse('2026-11-12T08:00:00')

def manifest = new JsonSlurper().parse(new File(basedir, 'runs/second/manifest.json'))
assert manifest.inputs.find { it.path == 'target/jacoco.exec' }.sha256Of == 'execution data'
assert manifest.inputs.find { it.path == 'target/surefire-reports/TEST-com.example.pump.DoseCalculatorTest.xml' }.sha256Of == 'test results'
def record = new JsonSlurper().parse(new File(basedir, 'runs/second/test-record.json'))
assert record.testCases.every { !it.containsKey('timeSeconds') }
return true
