// A report from an earlier build, before the code was last changed and compiled: it says the alarm test passed.
def dir = new File(basedir, 'target/surefire-reports')
dir.mkdirs()
def report = new File(dir, 'TEST-com.example.pump.OcclusionAlarmTest.xml')
report.text = '''<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="com.example.pump.OcclusionAlarmTest" time="0.1" tests="2" errors="0" skipped="0" failures="0">
  <testcase name="alarmsAbove300" classname="com.example.pump.OcclusionAlarmTest" time="0.05"/>
  <testcase name="silentAt300" classname="com.example.pump.OcclusionAlarmTest" time="0.05"/>
</testsuite>
'''
report.setLastModified(java.time.Instant.parse('2020-01-01T00:00:00Z').toEpochMilli())
return true
