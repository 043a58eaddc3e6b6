import groovy.json.JsonSlurper

// Issue 12 item 5: a release that keeps its baseline's outputTimestamp is judged against the previous release's
// date; before the fix it passed with 0 warnings, and the reviews and change records dated after it went unseen.
def lines = new File(basedir, 'build.log').readLines()
def judged = '(2026-10-01, project.build.outputTimestamp of this release build)'
assert lines.contains('[WARNING] RELEASE-REPRODUCIBLE it.iec62304:pump-regression:1.1.0: keeps project.build.outputTimestamp 2026-10-01T08:00:00Z of its baseline 1.0.0, so the release is dated as the previous one and SOUP anomaly reviews are judged against that date. Set it to this release\'s date (mvn release:prepare does). [IEC 62304 5.8.5]')
// its SOUP review (2026-09-20) predates 2026-10-01; one dated after it would fail SOUP-ANOMALY-REVIEW
assert !lines.any { it.startsWith('[WARNING] SOUP-ANOMALY-REVIEW') || it.startsWith('[ERROR] SOUP-ANOMALY-REVIEW') }
assert lines.contains('[WARNING] src/iec62304/changes.yaml:3: change record CR-2026-014 is dated 2026-11-02, after the date this build judges dates against ' + judged + '. Correct the date, or set project.build.outputTimestamp to this release\'s date.')
assert lines.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 4 warnings)') // 2 of them: the change records are not approved

def json = new JsonSlurper()
def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.releaseBuild == true
assert manifest.buildTimestamp == '2026-10-01T08:00:00Z'
assert manifest.baseline.buildTimestamp == '2026-10-01T08:00:00Z'
assert manifest.referenceDate == [date: '2026-10-01', basis: 'project.build.outputTimestamp of this release build',
        why: 'a release judges against its own timestamp, so a rebuild of it reaches the same verdict']
assert manifest.violations.collect { it.rule + ' ' + it.level } as Set ==
        ['RELEASE-REPRODUCIBLE WARN', 'RELEASE-APPROVED WARN'] as Set
assert json.parse(new File(basedir, 'target/iec62304/soup-list.json')).buildDate == '2026-10-01'
return true
