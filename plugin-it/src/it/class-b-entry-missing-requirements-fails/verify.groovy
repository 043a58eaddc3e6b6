import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] IEC 62304 check: software safety class B, 1 requirements, 2 test cases, 1 units, 2 shipped SOUP, 53 rules')
// the subject is the register entry: the fix goes there, whatever artifacts it covers
assert lines.contains('[ERROR] SOUP-REQUIREMENTS org.slf4j:slf4j-api: has no functionalRequirements (5.3.3: what the device needs from it, including performance). Add it to src/iec62304/soup.yaml. [IEC 62304 5.3.3; 5.3.4]')
assert lines.contains('[ERROR] SOUP-REQUIREMENTS org.slf4j:slf4j-api: has no systemRequirements (5.3.4: the hardware and software it needs to work). Add it to src/iec62304/soup.yaml. [IEC 62304 5.3.3; 5.3.4]')
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (2 errors, 0 warnings)')

def json = new JsonSlurper()
def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.violations*.rule == ['SOUP-REQUIREMENTS', 'SOUP-REQUIREMENTS']
assert manifest.violations*.subject == ['org.slf4j:slf4j-api', 'org.slf4j:slf4j-api']
assert manifest.rules.find { it.id == 'SOUP-REQUIREMENTS' }.subMap(['levels', 'verdict', 'errors']) ==
        [levels: [A: 'OFF', B: 'ERROR', C: 'ERROR'], verdict: 'FAILED', errors: 2]
assert manifest.rules.findAll { it.id.startsWith('SOUP-') && !(it.id in ['SOUP-REQUIREMENTS', 'SOUP-CHANGE']) }*.verdict.every { it == 'PASSED' }
assert manifest.rules.find { it.id == 'SOUP-CHANGE' }.verdict == 'NOT_APPLICABLE'  // no baseline

def soup = json.parse(new File(basedir, 'target/iec62304/soup-list.json'))
def slf4j = soup.components.find { it.name == 'slf4j-api' }
assert slf4j.entry == 'org.slf4j:slf4j-api' && slf4j.shipped
assert slf4j.functionalRequirements == null && slf4j.systemRequirements == null
assert slf4j.risk == [hazards: [], level: 'low', rationale: 'logging is diagnostic only; no dose or alarm decision reads the log.']
assert slf4j.verdict == 'FAILED'
assert soup.runtime*.verdict == ['PASSED']
return true
