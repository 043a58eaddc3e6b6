def log = new File(basedir, 'build.log').text

// the tests ran (no agent); 2 units need coverage: DoseCalculator and OcclusionAlarm (class B, with code).
// Not counted: RemainingTime (class A item) and PressureSensor (an interface, no code).
assert new File(basedir, 'target/surefire-reports/TEST-com.example.pump.alarm.OcclusionAlarmTest.xml').isFile()
assert log.contains('on project missing-exec-with-b-c-units-build-error: target/jacoco.exec: no JaCoCo execution data, but 2 unit(s) of class B or C need coverage (IEC 62304 5.5.5). Bind jacoco-maven-plugin\'s prepare-agent goal before the tests, or point <coverageFiles> at your .exec files. -> [Help 1]')
assert log.contains('MojoExecutionException')
assert !log.contains('\tat io.github.iec62304')
assert !log.contains('IEC 62304 verdict')
assert !new File(basedir, 'target/jacoco.exec').exists()
assert !new File(basedir, 'target/iec62304').exists()
assert !new File(basedir, 'target/iec62304.partial').exists()
assert !new File(basedir, 'target/missing-exec-with-b-c-units-build-error-1.0.0-SNAPSHOT-iec62304-evidence.zip').exists()
return true
