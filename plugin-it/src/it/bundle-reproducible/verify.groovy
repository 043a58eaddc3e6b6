import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def manifest = { new JsonSlurper().parse(new File(basedir, 'target/iec62304/manifest.json')) }

def first = new File(basedir, 'target/bundle-reproducible-1.0.0-SNAPSHOT-iec62304-evidence.zip')
def second = new File(basedir, 'target/second/bundle.zip')
assert first.isFile() && second.isFile()
assert first.bytes == second.bytes
def entry = new java.util.zip.ZipFile(first).withCloseable { it.getEntry('manifest.json').timeLocal }
assert entry == java.time.LocalDateTime.parse('2026-11-12T08:00:00')
return true
