import groovy.json.JsonSlurper
import java.security.MessageDigest
import java.util.zip.ZipFile

// Issue 19: requirements verified by an inspection and a manual test protocol, in a release build
def lines = new File(basedir, 'build.log').readLines()
def json = new JsonSlurper()
def sha256 = { byte[] b -> MessageDigest.getInstance('SHA-256').digest(b).encodeHex().toString() }

// 1: REQ-DISP-001 has no test at all (its plan is an inspection) and REQ-ALARM-001 a test and a manual test: verified
def passed = json.parse(new File(basedir, 'runs/passed/manifest.json'))
assert passed.verdict == 'PASSED' && passed.releaseBuild == true
assert passed.rules.find { it.id == 'TRACE-TESTED' }.verdict == 'PASSED'
def matrix = json.parse(new File(basedir, 'runs/passed/trace-matrix.json'))
assert matrix.requirements.collect { [it.id, it.status, it.verification, it.records*.id] } == [
        ['REQ-DISP-001', 'VERIFIED', ['inspection'], ['VR-11']],
        ['REQ-ALARM-001', 'VERIFIED', ['test', 'manual-test'], ['VR-12']]]
def records = json.parse(new File(basedir, 'runs/passed/verification-records.json'))
assert records.summary == [records: 2, passed: 2, failed: 0, stale: 0]
def vr11 = records.records[0]
assert [vr11.id, vr11.method, vr11.protocol, vr11.protocolRevision, vr11.version, vr11.executedBy, vr11.date, vr11.result] ==
        ['VR-11', 'inspection', 'TP-DISP-004', 'B', '1.1.0', 'A. Tester', '2026-11-05', 'pass']
// the protocol file kept with the record: hashed in the manifest and copied into the bundle as it is
def protocol = new File(basedir, 'src/iec62304/records/VR-11-legibility.txt').bytes
assert vr11.attachments == [[path: 'records/VR-11-legibility.txt', sha256: sha256(protocol),
                             bundleFile: 'record-VR-11-VR-11-legibility.txt']]
assert passed.inputs.find { it.path == 'src/iec62304/records/VR-11-legibility.txt' }.sha256 == sha256(protocol)
def zip = new ZipFile(new File(basedir, 'runs/passed.zip'))
assert zip.getInputStream(zip.getEntry('record-VR-11-VR-11-legibility.txt')).bytes == protocol
assert zip.getEntry('verification-records.csv') != null
zip.close()
assert new File(basedir, 'runs/passed/index.html').text.contains('<h2>Verification records (2)</h2>')

// 2: a failed manual test names the record and leaves the requirement not verified
assert lines.contains('[ERROR] VERIFY-RECORD-PASSED REQ-ALARM-001: not verified (class B): record VR-12 (manual-test, protocol TP-ALARM-007 rev. B) failed in src/iec62304/records-failed.yaml. Fix the cause, execute the protocol again and replace the record. [IEC 62304 5.7.1; 5.7.4; 5.8.2]')
// 3: the passing automated test alone does not verify a requirement whose plan also names a manual test
assert lines.contains('[ERROR] VERIFY-RECORDED REQ-ALARM-001: "Alarm loudness" (class B) plans verification by manual-test, but no record of an executed manual-test names it in src/iec62304/records-without-manual-test.yaml. Execute the protocol and add the record (method: manual-test, requirements: [REQ-ALARM-001]). [IEC 62304 5.1.1 c; 5.7.1]')
// 4: an inspection of 1.0.0 fails the release of 1.1.0 ...
assert lines.contains('[ERROR] VERIFY-RECORD-CURRENT VR-11: inspection TP-DISP-004 rev. B was executed on 1.0.0, not on 1.1.0, and no change record of release 1.1.0 lists it; in this release build it verifies nothing (REQ-DISP-001 is NOT_VERIFIED). Execute the protocol on 1.1.0 and record it, or justify the record in a change record of release 1.1.0 in src/iec62304/changes.yaml (records: id VR-11, rationale). [IEC 62304 5.7.3; 5.7.4]')
// 5: ... and passes when a change record of 1.1.0 states why the changes do not affect it
def kept = json.parse(new File(basedir, 'runs/kept/verification-records.json')).records[0]
assert kept.verdict == 'PASSED' && kept.justifiedBy.change == 'CR-2026-021'
assert kept.why == 'passed; executed on 1.0.0, not on 1.1.0, and change record CR-2026-021 of release 1.1.0 keeps it'
assert json.parse(new File(basedir, 'runs/kept/manifest.json')).verdict == 'PASSED'
// 6: a record naming a requirement the catalog does not have
assert lines.contains('[ERROR] VERIFY-RECORD-DANGLING VR-13: names REQ-DISP-002, which is not in src/iec62304/requirements.yaml. Correct the id, or remove it from the record if the requirement was withdrawn. [IEC 62304 5.1.1 c]')
// 7: a kept protocol file that is missing is a BUILD ERROR with file and line, and no bundle stays
assert lines.any { it.startsWith('[ERROR] Failed to execute goal') && it.contains(': src/iec62304/records-missing-attachment.yaml:2: attachment \'records/VR-11-photos.pdf\' of verification record VR-11 not found') }
assert !new File(basedir, 'target/iec62304').exists()
return true
