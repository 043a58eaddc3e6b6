import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def manifest = { new JsonSlurper().parse(new File(basedir, 'target/iec62304/manifest.json')) }

def installed = new File(localRepositoryPath, 'it/iec62304/bundle-installed-with-classifier/1.0.0-SNAPSHOT/bundle-installed-with-classifier-1.0.0-SNAPSHOT-iec62304-evidence.zip')
assert installed.isFile()
assert installed.bytes == new File(basedir, 'target/bundle-installed-with-classifier-1.0.0-SNAPSHOT-iec62304-evidence.zip').bytes
return true
