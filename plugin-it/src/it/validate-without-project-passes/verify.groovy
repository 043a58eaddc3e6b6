// validate in a directory without a project: every shipped reference case gives its expected outcome, and the
// record names the environment, the jars with their sha256 and every case
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] PASS good-development')
assert log =~ /\[INFO\] Validation PASSED: \d+ reference cases gave their expected verdicts\. File the record in your QMS: .*iec62304-validation.validation-record\.md/
assert !log.contains('[ERROR]')
assert !log.contains('Unknown keyword')

def dir = new File(basedir, 'iec62304-validation')
assert dir.list().sort() == ['validation-record.json', 'validation-record.md']
def record = new JsonSlurper().parse(new File(dir, 'validation-record.json'))
assert record.format == 'iec62304-validation/1'
assert record.result == 'PASS'
assert record.cases.size() >= 30
assert record.cases.every { it.result == 'PASS' && it.shippedCase && it.expected.verdict == it.actual.verdict }
assert record.cases.find { it.name == 'good-development' }.actual.verdict == 'PASSED'
assert record.cases.find { it.name == 'build-error-malformed-catalog' }.actual.verdict == 'BUILD ERROR'
assert record.rules.size() == 53
assert record.rules.every { !it.cases.isEmpty() || it.notCovered }
assert record.environment.mavenVersion ==~ /\d+\.\d+\.\d+.*/
assert record.environment.javaVersion == System.getProperty('java.version') || record.environment.javaVersion
['plugin', 'core'].each { role ->
    def jar = record.artifacts.find { it.role == role }
    assert jar.location.endsWith('.jar') : jar
    assert jar.sha256 ==~ /[0-9a-f]{64}/
    assert jar.sha256 == new File(jar.location).bytes.digest('SHA-256')
}
assert record.manifestSha256 ==~ /[0-9a-f]{64}/
def md = new File(dir, 'validation-record.md').text
assert md.contains('**Result: PASS**')
assert md.contains('| RELEASE-GIT | ')
return true
