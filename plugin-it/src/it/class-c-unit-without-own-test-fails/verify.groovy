import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[ERROR] UNIT-TESTED unit com.example.pump.dosing.RateLimits (class C, item DOSING): has no test of its own. Add RateLimitsTest in package com.example.pump.dosing, or list its test classes under units[].tests in src/iec62304/architecture.yaml. [IEC 62304 5.5.2; 5.5.5]')
assert lines.contains('[INFO] IEC 62304 verdict: FAILED (1 errors, 0 warnings)')
assert !lines.any { it.contains('TRACE-') || it.contains('UNIT-COVERAGE') }

def units = new JsonSlurper().parse(new File(basedir, 'target/iec62304/unit-verification.json'))
assert units.items*.id == ['DOSING']
assert units.units*.id == ['com.example.pump.dosing.DoseCalculator', 'com.example.pump.dosing.RateLimits']
def calculator = units.units[0]
assert calculator.tests.size() == 4
assert calculator.verdict == 'PASSED'
def limits = units.units[1]
// fully covered by the calculator's tests ...
assert limits.coverage.lines.covered == limits.coverage.lines.total
assert limits.coverage.branches == [covered: 4, total: 4]
// ... but none of them is its own
assert limits.tests == []
assert limits.classC.applicable == ['b', 'd', 'h']
assert limits.verdict == 'FAILED'
return true
