import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def json = new JsonSlurper()

// the register was updated (SOUP-VERSION and SOUP-ANOMALY-REVIEW pass); the change itself was never analysed
def findings = lines.findAll { it =~ /^\[(ERROR|WARNING)\] [A-Z]+(-[A-Z0-9]+)+ / }
assert findings == ['[ERROR] SOUP-CHANGE org.slf4j:slf4j-api: changed from 2.0.16 (baseline 1.0.0) to 2.0.17 with no change analysis. Add it to a change record of release 1.1.0 in src/iec62304/changes.yaml (soup: component org.slf4j:slf4j-api, version 2.0.17, analysis). [IEC 62304 7.4.1]']
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (1 errors, 0 warnings)')
// the runtime entry (Eclipse Temurin JRE 17.0.15) is the same as in the baseline
assert !log.contains('SOUP-CHANGE runtime:')

def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.violations*.rule == ['SOUP-CHANGE']
def verdicts = manifest.rules.collectEntries { [it.id, it.verdict] }
assert verdicts.findAll { it.key.startsWith('SOUP-') } == ['SOUP-REGISTERED': 'PASSED', 'SOUP-MANUFACTURER': 'PASSED',
        'SOUP-VERSION': 'PASSED', 'SOUP-UNUSED': 'PASSED', 'SOUP-REQUIREMENTS': 'PASSED', 'SOUP-RISK': 'PASSED',
        'SOUP-ANOMALY-REVIEW': 'PASSED', 'SOUP-VULNERABILITY': 'PASSED', 'SOUP-END-OF-SUPPORT': 'PASSED', 'SOUP-CHANGE': 'FAILED']
assert manifest.rules.find { it.id == 'SOUP-CHANGE' }.levels == [A: 'ERROR', B: 'ERROR', C: 'ERROR']

def report = json.parse(new File(basedir, 'target/iec62304/regression-report.json'))
assert report.summary.differences == 1 && report.summary.justified == 0
assert report.differences == [[kind: 'SOUP', subject: 'org.slf4j:slf4j-api', before: '2.0.16', now: '2.0.17',
        rule: 'SOUP-CHANGE', justification: null]]
return true
