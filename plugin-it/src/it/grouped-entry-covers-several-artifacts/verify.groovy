import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] IEC 62304 check: software safety class C, 1 requirements, 2 test cases, 1 units, 3 shipped SOUP, 53 rules')
assert lines.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 0 warnings)')
assert !lines.any { it.contains('SOUP-') }

def json = new JsonSlurper()
def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.verdict == 'PASSED'
assert manifest.rules.findAll { it.id.startsWith('SOUP-') && it.id != 'SOUP-CHANGE' }*.verdict == ['PASSED'] * 9

def soup = json.parse(new File(basedir, 'target/iec62304/soup-list.json'))
def shipped = soup.components.findAll { it.shipped }
// one entry, written as a package URL with a wildcard, covers both artifacts; each is listed with it
assert shipped*.name == ['jackson-annotations', 'jackson-core']
shipped.each {
    assert it.subMap(['group', 'version', 'scope', 'entry', 'title', 'manufacturer', 'manufacturerSource', 'verdict']) ==
            [group: 'com.fasterxml.jackson.core', version: '2.17.2', scope: 'compile', entry: 'com.fasterxml.jackson.core:*',
             title: 'Jackson JSON processor (streaming core and annotations)', manufacturer: 'FasterXML',
             manufacturerSource: 'SBOM publisher', verdict: 'PASSED']
    assert it.risk == [hazards: ['HAZ-CONFIG-01'], level: null, rationale: null]
    assert it.anomalyReview.version == '2.17.2'
}
assert soup.components.find { it.name == 'iec62304-annotations' }.verdict == 'NOT_SHIPPED'
def csv = new File(basedir, 'target/iec62304/soup-list.csv').readLines()
assert csv.findAll { it.contains(',com.fasterxml.jackson.core:*,') }.size() == 2
assert new File(basedir, 'target/iec62304/index.html').text.contains('com.fasterxml.jackson.core:jackson-annotations')
return true
