import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def json = { name -> new JsonSlurper().parse(new File(basedir, 'target/iec62304/' + name)) }
def untested = 'TRACE-TESTED REQ-ALARM-001: "Occlusion alarm" (class C) has no verifying test. Add @Verifies("REQ-ALARM-001") to the test that checks it. [IEC 62304 5.1.1 c; 5.7.1]'

// 1: the expired waiver accepts nothing: the violation counts again, and the waiver itself is an error
assert lines.contains('[ERROR] ' + untested)
def expired = lines.find { it.startsWith('[ERROR] WAIVER-EXPIRED W-2026-001: ') }
assert expired != null
assert expired ==~ /\[ERROR\] WAIVER-EXPIRED W-2026-001: waiver W-2026-001 \(TRACE-TESTED REQ-ALARM-001\) expired on 2020-01-31, before this build's reference date \d{4}-\d{2}-\d{2} \(the day the build ran\); it no longer accepts the violation \(1 finding\), which counts again\. Fix the violation, or renew the waiver in src\/iec62304\/waivers-expired\.yaml with a new approval and a later expiry date\. \[IEC 62304 8\.2\.1; 9\.2\]/
assert log.contains('IEC 62304 gates failed with 2 violation(s) at level ERROR:')
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (2 errors, 0 warnings)')

// 2: a waiver of a release-integrity rule is a BUILD ERROR naming file and line
assert log.contains("src/iec62304/waivers-release-git.yaml:2: field 'rule' of waiver W-9: RELEASE-GIT can never be waived: it decides whether the evidence itself can be trusted (never waivable: APPROVAL-STALE, REGRESSION-BASELINE, RELEASE-APPROVED, RELEASE-ARCHIVED, RELEASE-GIT, RELEASE-REPRODUCIBLE, RELEASE-SNAPSHOT, RELEASE-VERIFIED, WAIVER-EXPIRED, WAIVER-UNUSED). Fix the build instead")

// 3: the waiver's approval names other content: it accepts nothing, and APPROVAL-STALE names the fingerprint to approve
assert log.contains("[WARNING] APPROVAL-STALE W-2026-001: waiver W-2026-001 (TRACE-TESTED REQ-ALARM-001, src/iec62304/waivers-unapproved.yaml line 3) is not approved for what it would accept now: the approval by Dr. Jane Roe (Quality manager) on 2026-01-10 (line 3) approved v1:0000000000000000000000000000000000000000000000000000000000000000 (the waiver or the violation it accepts changed after the approval). Its content fingerprint with the 1 violation it names in this build is v1:117abe2072d18949ea144ce565d3c346ec99ca8b9e2dea1bf7b70559edce187c. It accepts nothing, so the violation counts.")
assert lines.count('[ERROR] ' + untested) == 2 // builds 1 and 3
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (1 errors, 2 warnings)')

// 4: the waiver in force accepts the violation (WAIVED, listed with its waiver); the unused one warns; the build passes
assert lines.contains('[WARNING] WAIVED ' + untested + ' Waiver W-2026-001 (approved by Dr. Jane Roe, Quality manager, on 2026-01-10; expires 2099-12-31): The pressure test rig is being rebuilt; the alarm is verified by inspection VR-7 until then.')
assert lines.contains("[WARNING] WAIVER-UNUSED W-2026-002: waiver W-2026-002 (TRACE-TESTED REQ-DOSE-001) matches no violation: TRACE-TESTED reports nothing about 'REQ-DOSE-001' in this build. If the problem is resolved, remove the waiver from src/iec62304/waivers.yaml; if the subject was renamed, correct it. [IEC 62304 8.2.4; 9.5]")
assert lines.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 1 warnings, 1 waived)')
assert lines.count { it.contains('BUILD SUCCESS') } == 1

// the evidence of run 4
def manifest = json('manifest.json')
assert manifest.verdict == 'PASSED'
assert manifest.rules.size() == 53
def tested = manifest.rules.find { it.id == 'TRACE-TESTED' }
assert [tested.verdict, tested.errors, tested.warnings, tested.waived] == ['WAIVED', 0, 0, 1]
assert manifest.rules.find { it.id == 'WAIVER-UNUSED' }.verdict == 'WARNED'
assert manifest.rules.find { it.id == 'WAIVER-EXPIRED' }.verdict == 'PASSED'
def waived = manifest.violations.find { it.rule == 'TRACE-TESTED' }
assert [waived.level, waived.waivedLevel, waived.waiver.id, waived.waiver.approvedBy, waived.waiver.role, waived.waiver.expires] == ['WAIVED', 'ERROR', 'W-2026-001', 'Dr. Jane Roe', 'Quality manager', '2099-12-31']
assert manifest.inputs.find { it.path == 'src/iec62304/waivers.yaml' }.sha256 ==~ /[0-9a-f]{64}/
assert manifest.files*.path.containsAll(['waivers.csv', 'waivers.json'])
def waivers = json('waivers.json')
assert waivers.waivers[0].fingerprint == 'v1:117abe2072d18949ea144ce565d3c346ec99ca8b9e2dea1bf7b70559edce187c' && waivers.waivers[0].approvals*.current == [true]
assert waivers.waivers.collect { it.id + ' ' + it.status + ' ' + it.violations.size() } == ['W-2026-001 APPLIED 1', 'W-2026-002 UNUSED 0']
assert [waivers.summary.applied, waivers.summary.unused, waivers.summary.expired, waivers.summary.violationsWaived] == [1, 1, 0, 1]
def csv = new File(basedir, 'target/iec62304/waivers.csv').readLines()
assert csv[0] == 'id,rule,subject,status,approvedBy,role,date,expires,rationale,violations,findings,fingerprint'
assert csv[1].endsWith(',v1:117abe2072d18949ea144ce565d3c346ec99ca8b9e2dea1bf7b70559edce187c')
assert csv[1].startsWith('W-2026-001,TRACE-TESTED,REQ-ALARM-001,APPLIED,Dr. Jane Roe,Quality manager,2026-01-10,2099-12-31,')
def checklist = json('release-checklist.json')
assert checklist.waived.collect { it.rule + ' ' + it.subject + ' ' + it.waiver.id } == ['TRACE-TESTED REQ-ALARM-001 W-2026-001']
assert checklist.items[0].evidence.endsWith('; 1 violation WAIVED, not counted as remaining, accepted by waiver W-2026-001 (waivers.json)')
def index = new File(basedir, 'target/iec62304/index.html').text
assert index.contains('<h2>Waivers (2)</h2>')
assert index.contains('<td class="WAIVED">WAIVED</td><td><a href="https://iec62304.github.io/iec62304-maven-plugin/rules/TRACE-TESTED.html">TRACE-TESTED</a></td><td><a href="#req-REQ-ALARM-001"><code>REQ-ALARM-001</code></a>')
assert index.contains('<strong>Waived</strong> (would be ERROR) by W-2026-001, approved by Dr. Jane Roe (Quality manager) on 2026-01-10, expires 2099-12-31')
return true
