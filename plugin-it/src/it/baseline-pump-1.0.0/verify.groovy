import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def json = new JsonSlurper()

// the first release: every gate passes
assert lines.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 1 warnings)')
// the one finding: the release is not approved (RELEASE-APPROVED warns by default; see the page Approvals)
assert lines.findAll { it =~ /^\[(ERROR|WARNING)\] [A-Z]+(-[A-Z0-9]+)+ / }.every { it.startsWith('[WARNING] RELEASE-APPROVED ') }
def manifest = json.parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.verdict == 'PASSED'
assert manifest.releaseBuild == true
assert manifest.baseline == null
def verdicts = manifest.rules.collectEntries { [it.id, it.verdict] }
assert verdicts.size() == 53
// <baseline>none</baseline>: nothing to compare with, said so
def regression = manifest.rules.findAll { it.id in ['REGRESSION-TEST', 'REGRESSION-REQUIREMENT', 'REGRESSION-SUSPECT',
        'REGRESSION-LINK', 'REGRESSION-IMPACT', 'REGRESSION-COVERAGE', 'SOUP-CHANGE'] }
assert regression.size() == 7
assert regression.every { it.verdict == 'NOT_APPLICABLE' && it.reason == 'baseline none: first release' }
def upward = manifest.rules.findAll { it.id in ['TRACE-PARENT', 'TRACE-SYSTEM'] } // no system requirements declared
assert upward*.verdict == ['NOT_APPLICABLE'] * 2
def risk = manifest.rules.findAll { it.id.startsWith('RISK-') } // no risk extract (RISK-CHANGE: no baseline either)
assert risk.size() == 8 && risk.every { it.verdict == 'NOT_APPLICABLE' }
def waivers = manifest.rules.findAll { it.id.startsWith('WAIVER-') } // no waiver register
assert waivers*.verdict == ['NOT_APPLICABLE'] * 2
def approvals = manifest.rules.findAll { it.id == 'APPROVAL-STALE' } // no record carries approvals
assert approvals*.reason == ['no change record of this release, no anomaly record and no SOUP entry has approvals, and there are no waivers']
// the release is not approved: RELEASE-APPROVED warns by default (see the page Approvals)
assert manifest.rules.find { it.id == 'RELEASE-APPROVED' }.verdict == 'WARNED' && manifest.releaseApproval.status == 'MISSING'
assert manifest.rules.findAll { !(it in regression) && !(it in upward) && !(it in risk) && !(it in waivers)
        && !(it in approvals) && it.id != 'RELEASE-APPROVED' }.every { it.verdict == 'PASSED' }
def report = json.parse(new File(basedir, 'target/iec62304/regression-report.json'))
assert report.baseline == null && report.notApplicable == 'baseline none: first release' && report.differences == []

// the 1.1.0 ITs resolve this as their baseline
def dir = new File(localRepositoryPath, 'it/iec62304/pump-regression/1.0.0')
assert new File(dir, 'pump-regression-1.0.0-iec62304-evidence.zip').bytes == new File(basedir, 'target/pump-regression-1.0.0-iec62304-evidence.zip').bytes
return true
