import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] IEC 62304 check: software safety class C, 1 requirements, 2 test cases, 1 units, 2 shipped SOUP, 53 rules')
// the component with its version, the date, the date it is judged against, and what to do
assert lines.contains('[ERROR] SOUP-END-OF-SUPPORT org.slf4j:slf4j-api:2.0.17: reached its end of support on 2026-06-30 (judged against 2026-11-12, project.build.outputTimestamp of this release build): its maintainer no longer fixes its defects or vulnerabilities. Upgrade to a supported version (a SOUP change, with its change record). If this version must ship, take over its maintenance and say so in src/iec62304/soup.yaml (support: in-house, endOfSupport: until when you maintain it), with an anomaly review that finds its unfixed anomalies acceptable; the check cannot judge that review. [IEC 62304 6.1 f; 7.1.3]')
assert lines.findAll { it.startsWith('[ERROR] SOUP-') }.size() == 1
assert lines.any { it.startsWith('[ERROR] RELEASE-VERIFIED ') }

def json = new JsonSlurper()
def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.verdict == 'FAILED'
assert manifest.violations.findAll { it.rule.startsWith('SOUP-') }*.subject == ['org.slf4j:slf4j-api:2.0.17']
def rule = manifest.rules.find { it.id == 'SOUP-END-OF-SUPPORT' }
assert [rule.clause, rule.levels, rule.verdict] == ['6.1 f; 7.1.3', [A: 'WARN', B: 'ERROR', C: 'ERROR'], 'FAILED']

def soup = json.parse(new File(basedir, 'target/iec62304/soup-list.json'))
def slf4j = soup.components.find { it.name == 'slf4j-api' }
assert [slf4j.support, slf4j.endOfSupport, slf4j.verdict] == ['security-fixes-only', '2026-06-30', 'FAILED']
assert soup.runtime.collect { [it.support, it.endOfSupport, it.verdict] } == [['supported', 'none announced', 'PASSED']]
def html = new File(basedir, 'target/iec62304/index.html').text
assert html.contains('<th>Support</th><th>End of support</th>')
assert html.contains('<td>security-fixes-only</td><td>2026-06-30</td><td class="FAILED">FAILED</td>')
return true
