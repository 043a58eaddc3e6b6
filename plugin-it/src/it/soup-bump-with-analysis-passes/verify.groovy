import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def json = new JsonSlurper()

assert lines.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 0 warnings)')
assert !lines.any { it =~ /^\[(ERROR|WARNING)\] [A-Z]+(-[A-Z0-9]+)+ / }

def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.verdict == 'PASSED'
assert manifest.rules.find { it.id == 'SOUP-CHANGE' }.verdict == 'PASSED'
assert manifest.inputs*.path.contains('src/iec62304/changes.yaml')

// the SOUP difference, with the analysis that justifies it
def report = json.parse(new File(basedir, 'target/iec62304/regression-report.json'))
assert report.summary == [baselineTests: 11, tests: 11, testsAdded: 0, baselineRequirements: 4, requirementsAdded: 0,
        differences: 1, justified: 1]
assert report.differences == [[kind: 'SOUP', subject: 'org.slf4j:slf4j-api', before: '2.0.16', now: '2.0.17',
        rule: 'SOUP-CHANGE', justification: [change: 'CR-2026-015',
        rationale: 'Release notes 2.0.16..2.0.17 read (bug fixes only); anomaly list reviewed; no API we use changed.',
        approvedBy: 'Change control board (minutes 2026-11-03)']]]
def csv = new File(basedir, 'target/iec62304/regression-report.csv').readLines()
assert csv[1] == 'SOUP,org.slf4j:slf4j-api,2.0.16,2.0.17,SOUP-CHANGE,CR-2026-015,"Release notes 2.0.16..2.0.17 read (bug fixes only); anomaly list reviewed; no API we use changed.",Change control board (minutes 2026-11-03)'
// the SOUP list shows what ships now
def slf4j = json.parse(new File(basedir, 'target/iec62304/soup-list.json')).components.find { it.name == 'slf4j-api' }
assert slf4j.version == '2.0.17' && slf4j.verdict == 'PASSED'
return true
