import groovy.json.JsonSlurper

// A release whose outputTimestamp (2024-01-01) was set once and never updated, built from a commit of 2026-11-20:
// before the fix it judged the review of 2023-06-01 against 2024-01-01 and passed.
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[ERROR] SOUP-ANOMALY-REVIEW org.slf4j:slf4j-api: its anomaly review of 2023-06-01 is older than 12 months (judged against 2026-11-20, the committer date of this release\'s git commit). Review the anomaly list again. [IEC 62304 7.1.3]')
assert lines.any { it.startsWith('[WARNING] RELEASE-REPRODUCIBLE it.iec62304:pump-regression:1.1.0: has project.build.outputTimestamp 2024-01-01T00:00:00Z, older than its commit ') && it.endsWith(' (committed 2026-11-20T09:00:00Z): the timestamp is stale (set once and not updated), so the release and its evidence are dated before they were made; SOUP anomaly reviews are judged against 2026-11-20, the committer date of this release\'s git commit. Set it to this release\'s date (mvn release:prepare does). [IEC 62304 5.8.5]') }
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (2 errors, 4 warnings)') // 2 of them: the change records are not approved

def json = new JsonSlurper()
def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.releaseBuild == true
assert manifest.buildTimestamp == '2024-01-01T00:00:00Z'
assert manifest.git.commit ==~ /[0-9a-f]{40,64}/
assert manifest.git.dirty == false
assert manifest.referenceDate == [date: '2026-11-20', basis: 'the committer date of this release\'s git commit',
        why: 'project.build.outputTimestamp of this release dates before its commit, so it is stale; a release judges against the later of the two, which is fixed for the commit, so a rebuild of it reaches the same verdict']
assert manifest.violations.collect { it.rule + ' ' + it.level } as Set ==
        ['SOUP-ANOMALY-REVIEW ERROR', 'RELEASE-REPRODUCIBLE WARN', 'RELEASE-VERIFIED ERROR', 'RELEASE-APPROVED WARN'] as Set
assert json.parse(new File(basedir, 'target/iec62304/soup-list.json')).buildDate == '2026-11-20'
return true
