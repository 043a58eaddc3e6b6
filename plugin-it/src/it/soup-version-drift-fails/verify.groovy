import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] IEC 62304 check: software safety class C, 1 requirements, 2 test cases, 1 units, 2 shipped SOUP, 53 rules')
// the version named in the register, and the version its anomaly list was evaluated for: both name 2.0.16 and 2.0.17
assert lines.contains('[ERROR] SOUP-VERSION org.slf4j:slf4j-api:2.0.17: the register reviewed version 2.0.16 (entry org.slf4j:slf4j-api). Review 2.0.17 and update the entry. [IEC 62304 8.1.2 c]')
assert lines.contains('[ERROR] SOUP-ANOMALY-REVIEW org.slf4j:slf4j-api:2.0.17: its anomaly review is for version 2.0.16; review the published anomaly list for 2.0.17. [IEC 62304 7.1.3]')
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (2 errors, 0 warnings)')

def json = new JsonSlurper()
def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.violations*.rule.sort() == ['SOUP-ANOMALY-REVIEW', 'SOUP-VERSION']
assert manifest.violations*.subject == ['org.slf4j:slf4j-api:2.0.17', 'org.slf4j:slf4j-api:2.0.17']
assert manifest.rules.findAll { it.id.startsWith('SOUP-') }.collectEntries { [it.id, it.verdict] } == ['SOUP-REGISTERED': 'PASSED',
        'SOUP-MANUFACTURER': 'PASSED', 'SOUP-VERSION': 'FAILED', 'SOUP-UNUSED': 'PASSED', 'SOUP-REQUIREMENTS': 'PASSED',
        'SOUP-RISK': 'PASSED', 'SOUP-ANOMALY-REVIEW': 'FAILED', 'SOUP-VULNERABILITY': 'PASSED', 'SOUP-END-OF-SUPPORT': 'PASSED',
        'SOUP-CHANGE': 'NOT_APPLICABLE']

def soup = json.parse(new File(basedir, 'target/iec62304/soup-list.json'))
def slf4j = soup.components.find { it.name == 'slf4j-api' }
// the SBOM's version ships; the register's entry still covers it (the pattern has no version) and shows what was reviewed
assert slf4j.version == '2.0.17' && slf4j.shipped && slf4j.entry == 'org.slf4j:slf4j-api'
assert slf4j.anomalyReview == [version: '2.0.16', date: '2026-09-01', reviewer: 'J. Doe',
        result: 'No open issue affects the calls the pump makes (parameterised Logger.warn).']
assert slf4j.verdict == 'FAILED'
assert soup.runtime*.verdict == ['PASSED']
return true
