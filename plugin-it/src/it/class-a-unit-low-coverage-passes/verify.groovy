import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] IEC 62304 check: software safety class A, 1 requirements, 1 test cases, 2 units, 0 shipped SOUP, 53 rules')
assert lines.contains('[INFO] IEC 62304 verdict: PASSED (0 errors, 0 warnings)')
assert !lines.any { it.contains('UNIT-') || it.contains('ARCH-') }

def units = new JsonSlurper().parse(new File(basedir, 'target/iec62304/unit-verification.json'))
assert units.items*.safetyClass == ['A']
assert units.units*.id == ['com.example.diary.DiaryExport', 'com.example.diary.InfusionDiary']
// class A: no criteria and verdict NOT_REQUIRED, whatever the coverage; the record still shows what was measured
assert units.units*.criteria == [null, null]
assert units.units*.verdict == ['NOT_REQUIRED', 'NOT_REQUIRED']
def export = units.units[0]
assert export.coverage == [lines: [covered: 0, total: 7], branches: [covered: 0, total: 2]]
assert export.tests == []
def diary = units.units[1]
assert diary.coverage == [lines: [covered: 6, total: 8], branches: [covered: 1, total: 2]]
assert diary.tests == [[class: 'com.example.diary.InfusionDiaryTest', name: 'sumsTheVolumesOfOneDay', outcome: 'PASSED']]

def manifest = new JsonSlurper().parse(new File(basedir, 'target/iec62304/manifest.json'))
assert manifest.verdict == 'PASSED'
// the evidence shows the unit rules were not in force for class A
assert manifest.rules.findAll { it.id.startsWith('UNIT-') }*.levels*.A.every { it == 'OFF' }
assert manifest.rules.find { it.id == 'UNIT-COVERAGE' }.levels == [A: 'OFF', B: 'ERROR', C: 'ERROR']
assert manifest.rules.findAll { it.id.startsWith('UNIT-') }*.verdict.every { it == 'OFF' }
return true
