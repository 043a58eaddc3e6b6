import groovy.json.JsonSlurper

// Issue 16: approvals bound to content (change records and the release)
def lines = new File(basedir, 'build.log').readLines()
def json = new JsonSlurper()
def cr = '[INFO] IEC 62304 content fingerprint of change record CR-41: v1:12762a0be7496eed229575d71fcd32d6981e044caf21ff0299b838c8cf0193a3'

// 1: the change record's approval names its content as it is: current; the release is not approved, which this team
//    made an error; the bundle records the release content fingerprint the approver is to approve
def first = json.parse(new File(basedir, 'runs/first/manifest.json'))
def print = first.contentFingerprint
assert print ==~ /v1:[0-9a-f]{64}/
assert first.verdict == 'FAILED'
assert first.releaseApproval == [file: null, version: '1.1.0', contentFingerprint: print, status: 'MISSING', approvals: []]
assert lines.contains(cr + ' (approvals: 1 current, 0 stale)')
assert lines.contains("[INFO] IEC 62304 release content fingerprint: ${print} (release approval of 1.1.0: MISSING)".toString())
assert lines.contains("[ERROR] RELEASE-APPROVED it.iec62304:approval-stale-and-release-approved:1.1.0: release 1.1.0 is not approved: no approval with meaning 'approval' in src/iec62304/release-approval.yaml names version 1.1.0. Its release content fingerprint is ${print}. Review this build's evidence, then add to src/iec62304/release-approval.yaml: '- version: 1.1.0', by, role, date, 'meaning: approval', 'fingerprint: ${print}'. [IEC 62304 5.8.1; 5.8.4; 8.2.1]".toString())
assert first.rules.find { it.id == 'APPROVAL-STALE' }.verdict == 'PASSED'
def firstApprovals = json.parse(new File(basedir, 'runs/first/regression-report.json')).approvals
assert firstApprovals.collect { "${it.approves} ${it.subject} ${it.meaning} ${it.status}".toString() } == ['change record CR-41 approval CURRENT']

// 2: approved for exactly that content, the release passes
def approved = json.parse(new File(basedir, 'runs/approved/manifest.json'))
assert approved.verdict == 'PASSED'
assert approved.contentFingerprint == print
assert approved.releaseApproval.status == 'CURRENT'
assert approved.releaseApproval.approvals.collect { "${it.by} ${it.date} ${it.meaning} ${it.fingerprint} ${it.status}".toString() } == ["A. Weber 2026-11-11 approval ${print} CURRENT".toString()]
assert approved.rules.find { it.id == 'RELEASE-APPROVED' }.verdict == 'PASSED'
assert lines.contains("[INFO] IEC 62304 release content fingerprint: ${print} (release approval of 1.1.0: CURRENT)".toString())
assert lines.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 0 warnings)')
def index = new File(basedir, 'runs/approved/index.html').text
assert index.contains('<h2>Approvals (2)</h2>')
assert index.contains("Release approval: <span class=\"CURRENT\">CURRENT</span>")

// 3: REQ-DOSE-001 reworded after the approvals: the change record's approval is stale, the release approval names
//    other content
def reworded = json.parse(new File(basedir, 'runs/reworded/manifest.json'))
assert reworded.verdict == 'FAILED'
def now = lines.find { it.startsWith(cr.substring(0, cr.indexOf(': v1:') + 2)) && it.endsWith('(approvals: 0 current, 1 stale)') }
assert now != null
def crNow = now.substring(now.indexOf(': v1:') + 2, now.indexOf(' (approvals'))
assert crNow != 'v1:12762a0be7496eed229575d71fcd32d6981e044caf21ff0299b838c8cf0193a3'
assert lines.contains("[ERROR] APPROVAL-STALE CR-41: change record CR-41 (src/iec62304/changes.yaml line 2): the approval by A. Weber (Head of quality) on 2026-11-10 approved content fingerprint v1:12762a0be7496eed229575d71fcd32d6981e044caf21ff0299b838c8cf0193a3, but the content is now ${crNow} (the record, or a requirement it names, changed after the approval), so it approves something that no longer exists. Review the change record as it is now and re-approve it: copy ${crNow} into the approval with the date of the new review. [IEC 62304 8.2.1; 5.8.3]".toString())
assert reworded.contentFingerprint != print
assert reworded.releaseApproval.status == 'STALE'
assert lines.contains("[ERROR] RELEASE-APPROVED it.iec62304:approval-stale-and-release-approved:1.1.0: release 1.1.0 was approved for other content: the approval by A. Weber (Head of quality) on 2026-11-11 (line 2) approved ${print}, but this build's release content fingerprint is ${reworded.contentFingerprint} (a requirement, a unit's code or the shipped SOUP changed after the approval). Review this build's evidence, then add to runs/release-approval.yaml: '- version: 1.1.0', by, role, date, 'meaning: approval', 'fingerprint: ${reworded.contentFingerprint}'. [IEC 62304 5.8.1; 5.8.4; 8.2.1]".toString())
def stale = json.parse(new File(basedir, 'runs/reworded/regression-report.json')).approvals
assert stale.collect { "${it.subject} ${it.fingerprint} ${it.contentNow} ${it.status}".toString() } == ["CR-41 v1:12762a0be7496eed229575d71fcd32d6981e044caf21ff0299b838c8cf0193a3 ${crNow} STALE".toString()]

// 4: a change record of the release with a review but no approval fails the release (the team raised the rule)
def unapproved = json.parse(new File(basedir, 'runs/unapproved/manifest.json'))
assert unapproved.verdict == 'FAILED' && unapproved.releaseApproval.status == 'CURRENT'
assert lines.contains("[ERROR] RELEASE-APPROVED CR-41: change record CR-41 of release 1.1.0 has no approval with meaning 'approval' (1 current, 0 stale): nothing records that the change was approved for what it says. Its content fingerprint is v1:12762a0be7496eed229575d71fcd32d6981e044caf21ff0299b838c8cf0193a3. Review the change record, then add to it in src/iec62304/changes-unapproved.yaml: 'approvals:' with by, role, date, 'meaning: approval', 'fingerprint: v1:12762a0be7496eed229575d71fcd32d6981e044caf21ff0299b838c8cf0193a3'. [IEC 62304 5.8.1; 5.8.4; 8.2.1]")
return true
