def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] 1 shipped component(s) have no entry in src/iec62304/soup.yaml; their starter entries are in target/iec62304-soup-additions.yaml. Your register was not changed: copy them in and fill every field marked TO FILL.')

// the team's register is untouched: same bytes, same modification time (saved by prebuild.groovy)
def register = new File(basedir, 'src/iec62304/soup.yaml')
assert register.bytes == new File(basedir, 'soup.yaml.before').bytes
assert Long.toString(register.lastModified()) == new File(basedir, 'soup.yaml.before-modified').text
assert !new File(basedir, 'src/iec62304').listFiles()*.name.any { it != 'soup.yaml' && it != 'requirements.yaml' }

// only the component the register does not cover (jackson-core); slf4j-api already has its entry
def additions = new File(basedir, 'target/iec62304-soup-additions.yaml').text
assert additions == '''\
# SOUP register entries written by mvn iec62304:soup-register from target/bom.json.
# Check what came from the SBOM. Fill every field marked TO FILL: for class B and C the
# build fails until they are filled (IEC 62304 5.3.3, 5.3.4, 7.1.2 c, 7.1.3).
# SOUP no SBOM lists (the Java runtime, an OS) needs an entry too: '- runtime: <name>'.
# Copy the entries below the next line into the 'soup:' list of your register.
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
# unedited since written, sha256 of the lines above: ''' + java.security.MessageDigest.getInstance('SHA-256')
        .digest(additions.substring(0, additions.lastIndexOf('# unedited')).getBytes('UTF-8'))
        .encodeHex().toString() + '\n'
assert !additions.contains('slf4j')
return true
