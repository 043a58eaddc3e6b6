// issue 17: the evidence summary under the site's Project Reports, read from what verify wrote (no second gate run)
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 1 warnings)')
// the gates ran once, in verify: the report goal only reads the bundle
assert log.count('[INFO] IEC 62304 verdict:') == 1

def page = new File(basedir, 'target/site/iec62304.html')
assert page.isFile()
def html = page.text
assert html.contains('IEC 62304 evidence')
def compact = html.replaceAll('>\\s+<', '><')
assert compact.contains('<th>Verdict</th><th>Rules passed</th><th>failed</th><th>warned</th><th>waived</th><th>not applicable</th><th>off</th><th>Violations</th>')
assert compact.contains('<td>PASSED</td><td>10</td><td>0</td><td>1</td><td>0</td><td>28</td><td>14</td><td>1</td>')
assert compact.contains('<td>WARN</td><td>TRACE-IMPLEMENTED</td><td>5.3.1; 7.3.3</td><td>REQ-ALARM-001</td>')
assert !log.contains('maven-fluido-skin-2.0.0')
assert html.contains('TRACE-IMPLEMENTED') && html.contains('REQ-ALARM-001')
assert html.contains('href="iec62304/index.html"')
assert new File(basedir, 'target/site/iec62304/index.html').isFile()
assert new File(basedir, 'target/site/iec62304/manifest.json').isFile()

def reports = new File(basedir, 'target/site/project-reports.html')
assert reports.isFile() && reports.text.contains('href="iec62304.html"')
return true
