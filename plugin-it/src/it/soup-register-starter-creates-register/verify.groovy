def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] Wrote src/iec62304/soup.yaml with 2 starter entries. Fill every field marked TO FILL.')
// the goal only writes the register: no check ran, no evidence, no additions file
assert !lines.any { it.contains('IEC 62304 verdict') }
assert !new File(basedir, 'target/iec62304').exists()
assert !new File(basedir, 'target/iec62304-soup-additions.yaml').exists()

// pre-filled from the SBOM: title (name), manufacturer (publisher), website, version, and jackson-core's issue
// tracker as its anomaly list; what only a person can state is empty and marked TO FILL with its clause.
// Test-scope JUnit and the provided annotations do not ship, so they get no entry.
def register = new File(basedir, 'src/iec62304/soup.yaml').text
assert register == '''\
# SOUP register entries written by mvn iec62304:soup-register from target/bom.json.
# Check what came from the SBOM. Fill every field marked TO FILL: for class B and C the
# build fails until they are filled (IEC 62304 5.3.3, 5.3.4, 7.1.2 c, 7.1.3).
# SOUP no SBOM lists (the Java runtime, an OS) needs an entry too: '- runtime: <name>'.
soup:
  - component: "pkg:maven/com.fasterxml.jackson.core/jackson-core"
    title: jackson-core
    manufacturer: FasterXML    # from the SBOM publisher: check it
    website: "https://github.com/FasterXML/jackson-core"
    version: "2.17.2"
    functionalRequirements:    # TO FILL (5.3.3): what the device needs from it, including performance
    systemRequirements:        # TO FILL (5.3.4): the hardware and software it needs
    risk:                      # TO FILL (7.1.2 c): hazards: [...], or level: and rationale:
    anomalyList: "https://github.com/FasterXML/jackson-core/issues"    # from the SBOM issue tracker
    anomalyReview:             # TO FILL (7.1.3): version, date, reviewer, result of evaluating that list for 2.17.2
  - component: "pkg:maven/org.slf4j/slf4j-api"
    title: slf4j-api
    manufacturer: QOS.ch    # from the SBOM publisher: check it
    website: "http://www.slf4j.org"
    version: "2.0.17"
    functionalRequirements:    # TO FILL (5.3.3): what the device needs from it, including performance
    systemRequirements:        # TO FILL (5.3.4): the hardware and software it needs
    risk:                      # TO FILL (7.1.2 c): hazards: [...], or level: and rationale:
    anomalyList:               # TO FILL (7.1.3): where its known anomalies are published
    anomalyReview:             # TO FILL (7.1.3): version, date, reviewer, result of evaluating that list for 2.0.17
'''
// four fields to fill for jackson-core (its SBOM named an issue tracker), five for slf4j-api
assert register.count('# TO FILL') == 9
return true
