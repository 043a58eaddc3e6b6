import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[ERROR] SOUP-MANUFACTURER runtime Eclipse Temurin JRE: no manufacturer in the register. Add \'manufacturer:\' to its entry in src/iec62304/soup.yaml ("community" plus \'website:\' for community projects). [IEC 62304 8.1.2 b]')
assert lines.contains('[ERROR] SOUP-RISK org.slf4j:slf4j-api: has no risk assessment (7.1.2 c). Add \'risk:\' with the hazards it can contribute to, or a level with its rationale, to src/iec62304/soup.yaml. [IEC 62304 7.1.2 c]')
assert lines.contains('[WARNING] SOUP-UNUSED org.apache.commons:commons-lang3: matches no shipped component. Remove the entry or check the SBOM. [IEC 62304 8.1.2]')
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (2 errors, 1 warnings)')
// slf4j-api's manufacturer comes from the SBOM (its publisher), so its entry needs none
assert !lines.any { it.contains('SOUP-MANUFACTURER org.slf4j') }

def manifest = new JsonSlurper().parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.rules.findAll { it.id in ['SOUP-MANUFACTURER', 'SOUP-RISK', 'SOUP-UNUSED'] }*.verdict == ['FAILED', 'WARNED', 'FAILED']
def soup = new JsonSlurper().parse(new File(basedir, 'target/iec62304/soup-list.json'))
def slf4j = soup.components.find { it.name == 'slf4j-api' }
assert slf4j.entry == 'org.slf4j:slf4j-api' && slf4j.manufacturerSource == 'SBOM publisher' && slf4j.verdict == 'FAILED'
assert soup.runtime*.verdict == ['FAILED']
return true
