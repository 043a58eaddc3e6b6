import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] IEC 62304 check: software safety class A, 1 requirements, 2 test cases, 1 units, 2 shipped SOUP, 53 rules')
assert lines.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 2 warnings)')
// the register gives no level of support and no end of support: never silently fine, a warning for class A (FDA 524B)
assert lines.contains("[WARNING] SOUP-END-OF-SUPPORT org.slf4j:slf4j-api: has no support level or end of support (FDA premarket cybersecurity: the level of support and end-of-support date of every component). Add 'support:' (supported, security-fixes-only, in-house or unsupported) and 'endOfSupport:' (YYYY-MM-DD or none announced) to src/iec62304/soup.yaml. A release build fails on this (class B, C). [IEC 62304 6.1 f; 7.1.3]")
assert lines.contains("[WARNING] SOUP-END-OF-SUPPORT runtime Eclipse Temurin JRE: has no support level or end of support (FDA premarket cybersecurity: the level of support and end-of-support date of every component). Add 'support:' (supported, security-fixes-only, in-house or unsupported) and 'endOfSupport:' (YYYY-MM-DD or none announced) to src/iec62304/soup.yaml. A release build fails on this (class B, C). [IEC 62304 6.1 f; 7.1.3]")
assert lines.findAll { it.contains('SOUP-') }.size() == 2

def json = new JsonSlurper()
def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.verdict == 'PASSED'
// 8.1.2 applies to every class; 5.3.3, 5.3.4, 7.1.2 c and 7.1.3 (the register fields class A may leave out) do not
assert manifest.rules.findAll { it.id.startsWith('SOUP-') }.collectEntries { [it.id, it.levels.A + ' ' + it.verdict] } == [
        'SOUP-REGISTERED': 'ERROR PASSED', 'SOUP-MANUFACTURER': 'ERROR PASSED', 'SOUP-VERSION': 'ERROR PASSED',
        'SOUP-UNUSED': 'WARN PASSED', 'SOUP-REQUIREMENTS': 'OFF OFF', 'SOUP-RISK': 'OFF OFF',
        'SOUP-ANOMALY-REVIEW': 'OFF OFF', 'SOUP-VULNERABILITY': 'ERROR PASSED',
        'SOUP-END-OF-SUPPORT': 'WARN WARNED', 'SOUP-CHANGE': 'ERROR NOT_APPLICABLE']

def soup = json.parse(new File(basedir, 'target/iec62304/soup-list.json'))
// cyclonedx was told to include test scope and marks every component "required": the build's resolved scopes decide
def bom = json.parse(new File(basedir, 'target/bom.json'))
assert bom.components*.scope.unique() == ['required']
assert bom.components*.name.containsAll(['junit-jupiter', 'junit-jupiter-api', 'slf4j-api', 'iec62304-annotations'])
assert soup.components.size() == bom.components.size()
def byName = soup.components.collectEntries { [it.name, it] }
assert byName['slf4j-api'].subMap(['shipped', 'scope', 'entry', 'title', 'manufacturer', 'manufacturerSource', 'verdict']) ==
        [shipped: true, scope: 'compile', entry: 'org.slf4j:slf4j-api', title: 'SLF4J API', manufacturer: 'QOS.ch',
         manufacturerSource: 'SBOM publisher', verdict: 'PASSED']
// test scope (JUnit and what it brings) and provided scope (the annotations) do not ship: not SOUP, no entry needed
['junit-jupiter', 'junit-jupiter-api', 'junit-jupiter-engine', 'junit-jupiter-params', 'opentest4j'].each {
    assert byName[it].subMap(['shipped', 'scope', 'entry', 'verdict']) == [shipped: false, scope: 'test', entry: null, verdict: 'NOT_SHIPPED']
}
assert byName['iec62304-annotations'].subMap(['shipped', 'scope', 'entry', 'verdict']) ==
        [shipped: false, scope: 'provided', entry: null, verdict: 'NOT_SHIPPED']
assert soup.components.findAll { it.shipped }*.name == ['slf4j-api']
// the register's minimal entries: nothing else recorded, and for class A nothing else required
assert byName['slf4j-api'].subMap(['functionalRequirements', 'systemRequirements', 'risk', 'anomalyList', 'anomalyReview']).values().every { it == null }
assert soup.runtime == [[name: 'Eclipse Temurin JRE', manufacturer: 'Eclipse Foundation (Adoptium)', version: '17.0.15',
        title: 'Eclipse Temurin Java runtime', functionalRequirements: null, systemRequirements: null, risk: null,
        anomalyList: null, anomalyReview: null, support: null, endOfSupport: null, fingerprint: 'v1:17de77991fd9780781ba3bd17feabc315d1cc04d3cd250e3e954142a33bdf04d', approvals: [], verdict: 'PASSED']]
def csv = new File(basedir, 'target/iec62304/soup-list.csv').readLines()
assert csv.any { it ==~ /org\.junit\.jupiter:junit-jupiter-api,[0-9.]+,false,test,,none,EPL-2\.0,,,,,,,,,NOT_SHIPPED/ }

// issue 17: the conformity table of class A: the clauses Table A.1 does not require are N/A and say so (41 of
// them; one a rule still warns on)
def conformity = json.parse(new File(basedir, 'target/iec62304/conformity.json'))
assert conformity.safetyClass == 'A' && conformity.clauses.size() == 93
assert conformity.clauses.findAll { it.result == 'N/A' }.size() == 40
def clause = conformity.clauses.collectEntries { [it.clause, it] }
['5.3.3', '5.5.5', '7.1.2', '5.8.3'].each {
    assert clause[it].subMap(['result', 'reason', 'evidence']) ==
            [result: 'N/A', reason: 'not required for class A (IEC 62304 Table A.1)', evidence: []]
}
// 8.1.2 applies to every class, and its SOUP rules passed
assert clause['8.1.2'].result == 'PASS'
assert clause['8.1.2'].rules.collect { it.id + ' ' + it.verdict } == ['SOUP-REGISTERED PASSED', 'SOUP-MANUFACTURER PASSED',
        'SOUP-VERSION PASSED', 'SOUP-UNUSED PASSED']
assert clause['8.1.2'].evidence == ['soup-list.json']
// a warning is not hidden behind PASS: the missing end of support warns for class A
assert clause['6.1'].subMap(['result', 'reason', 'record']) ==
        [result: 'WARNED', reason: 'SOUP-END-OF-SUPPORT: 2 warnings', record: 'software maintenance plan']
// 7.1.3 is not required for class A, but SOUP-END-OF-SUPPORT warns for it: the warning shows there too, not N/A
assert clause['7.1.3'].subMap(['result', 'reason']) == [result: 'WARNED', reason: "not required for class A (IEC 62304 "
        + "Table A.1), but the project's rule levels check it: SOUP-ANOMALY-REVIEW not decided: off for the classes "
        + "in this build; SOUP-END-OF-SUPPORT: 2 warnings"]
assert conformity.summary.'N/A' == 40 && conformity.summary.WARNED == 2

return true
