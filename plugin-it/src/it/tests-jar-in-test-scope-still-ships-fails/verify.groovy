import groovy.json.JsonSlurper

// slf4j-api ships; its tests jar, a test dependency Maven lists after the jar, does not make it test scope:
// before the fix the build PASSED with 'false,test' in soup-list.csv (issue 12 item 1)

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] IEC 62304 check: software safety class B, 1 requirements, 2 test cases, 1 units, 2 shipped SOUP, 53 rules')
assert lines.contains('[ERROR] SOUP-REGISTERED org.slf4j:slf4j-api:2.0.17: ships but has no entry in src/iec62304/soup.yaml. Add one (mvn iec62304:soup-register writes a starter entry). [IEC 62304 8.1.2]')
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (1 errors, 0 warnings)')
// the failure summary Maven prints repeats it
assert lines.contains('[ERROR]   SOUP-REGISTERED org.slf4j:slf4j-api:2.0.17: ships but has no entry in src/iec62304/soup.yaml. Add one (mvn iec62304:soup-register writes a starter entry). [IEC 62304 8.1.2]')

def json = new JsonSlurper()
def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.verdict == 'FAILED'
// the only violation: an unregistered component is not also reported by the rules that read its entry
assert manifest.violations == [[rule: 'SOUP-REGISTERED', clause: '8.1.2', level: 'ERROR', subject: 'org.slf4j:slf4j-api:2.0.17',
        message: 'ships but has no entry in src/iec62304/soup.yaml. Add one (mvn iec62304:soup-register writes a starter entry).']]
assert manifest.inputs*.path.containsAll(['src/iec62304/soup.yaml', 'target/bom.json'])

def soup = json.parse(new File(basedir, 'target/iec62304/soup-list.json'))
assert soup.sbom.path == 'target/bom.json' && soup.sbom.specVersion == '1.6'
def slf4j = soup.components.find { it.name == 'slf4j-api' }
assert slf4j.subMap(['group', 'version', 'purl', 'shipped', 'scope', 'manufacturer', 'manufacturerSource', 'licenses', 'entry', 'title', 'verdict']) ==
        [group: 'org.slf4j', version: '2.0.17', purl: 'pkg:maven/org.slf4j/slf4j-api@2.0.17?type=jar', shipped: true, scope: 'compile',
         manufacturer: 'QOS.ch', manufacturerSource: 'SBOM publisher', licenses: ['MIT'], entry: null, title: null, verdict: 'FAILED']
// the Java runtime's entry covers no Maven component and is complete
assert soup.runtime*.name == ['Eclipse Temurin JRE'] && soup.runtime*.verdict == ['PASSED']
def csv = new File(basedir, 'target/iec62304/soup-list.csv').readLines()
assert csv.contains('org.slf4j:slf4j-api,2.0.17,true,compile,QOS.ch,SBOM publisher,MIT,,,,,,,,,FAILED')
return true
