#!/usr/bin/env python3
"""Writes the files of every bad reference case from the base case (good-development): each case is the base plus the
files changed below, so after regenerate.sh rebuilt the base this script re-derives every overlay. expected.yaml is
never written here: it is reviewed by hand (run ReferenceCasesTest with -Dvalidation.print=true, read every violation,
then paste). Usage: core/src/validation/cases.py (then regenerate.sh --manifest-only)."""
import json, os, re, shutil, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'main', 'resources', 'io', 'github', 'iec62304',
                    'core', 'validation', 'cases')
BASE = os.path.join(ROOT, 'good-development', 'project')
REQS, ARCH, SOUP, RISKS = ('src/iec62304/requirements.yaml', 'src/iec62304/architecture.yaml',
                           'src/iec62304/soup.yaml', 'src/iec62304/risks.yaml')
RECORDS, ANOMALIES = 'src/iec62304/verification-records.yaml', 'src/iec62304/anomalies.yaml'
REPORTS = 'target/surefire-reports/TEST-com.example.infusion.'


def base(path, binary=False):
    with open(os.path.join(BASE, path), 'rb' if binary else 'r', encoding=None if binary else 'utf-8') as f:
        return f.read()


def sub(path, old, new, count=1):
    """path: a file of the base case, or a text already changed."""
    text = path if '\n' in path else base(path)
    if old not in text:
        sys.exit('%r not found in the base case: update cases.py' % old)
    return text.replace(old, new, count)


def drop_block(path, first_line, text=None):
    """Removes first_line and the lines after it that are indented deeper."""
    lines = (text if text is not None else base(path)).split('\n')
    i = lines.index(first_line)
    indent = len(first_line) - len(first_line.lstrip())
    j = i + 1
    while j < len(lines) and (lines[j].strip() == '' and j + 1 < len(lines) and (len(lines[j + 1]) - len(lines[j + 1].lstrip())) > indent
                              or len(lines[j]) - len(lines[j].lstrip()) > indent and lines[j].strip()):
        j += 1
    return '\n'.join(lines[:i] + lines[j:])


def patch_class(path, old, new):
    """A compiled class whose annotation names another id of the same length (a valid class file: same constant
    pool layout)."""
    data = base(path, True)
    assert len(old) == len(new) and old.encode() in data, (path, old)
    return data.replace(old.encode(), new.encode())


NEW_REQ = """  - id: REQ-DOSE-007
    title: Bolus volume limit
    text: >-
      The pump shall refuse a bolus larger than the bolus limit of the drug library for that drug.
    safetyClass: C
    parents: [SYS-REQ-004]

systemRequirements:"""
NEW_SYS = """systemRequirements:
  - id: SYS-REQ-010
    title: Air-in-line detection
    text: The pump shall stop the infusion and alarm when air is detected downstream.
"""
GUAVA = """
  - component: pkg:maven/com.google.guava/guava
    title: Guava
    manufacturer: Google LLC
    version: 33.4.0-jre
    functionalRequirements: Immutable collections for the drug library.
    systemRequirements: Java 8 or later.
    risk:
      level: low
      rationale: Used only to build the drug library at start-up.
    anomalyList: https://github.com/google/guava/issues
    anomalyReview:
      version: 33.4.0-jre
      date: 2026-10-15
      reviewer: Demo reviewer (fictitious device)
      result: No open issue affects immutable collections.
    support: supported
    endOfSupport: none announced
"""
VEX = {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "vulnerabilities": [{
    "id": "CVE-2026-99999", "source": {"name": "NVD"},
    "ratings": [{"severity": "high"}],
    "analysis": {"state": "in_triage"},
    "affects": [{"ref": "pkg:maven/org.slf4j/slf4j-api@2.0.17?type=jar"}]}]}
WAIVERS = """waivers:
  - id: W-2026-101
    rule: UNIT-COVERAGE
    subject: unit RATE-DISPLAY (class B, item DISPLAY)
    rationale: Display tests are being moved to the UI test rig.
    expires: 2026-06-30
    approvals:
      - by: Demo quality manager (fictitious device)
        role: Quality manager
        date: 2026-05-02
        meaning: approval
        fingerprint: v1:0000000000000000000000000000000000000000000000000000000000000000
  - id: W-2026-102
    rule: TRACE-TESTED
    subject: REQ-DOSE-001
    rationale: Accepted while the dose test was being rewritten.
    expires: 2099-12-31
    approvals:
      - by: Demo quality manager (fictitious device)
        role: Quality manager
        date: 2026-05-02
        meaning: approval
        fingerprint: v1:0000000000000000000000000000000000000000000000000000000000000000
"""


def failing_report():
    return sub(REPORTS + 'dosing.DoseLimitsTest.xml',
               '<testcase name="softLimitAboveHardLimitIsRejected" classname="com.example.infusion.dosing.DoseLimitsTest" time="0.012"/>',
               '<testcase name="softLimitAboveHardLimitIsRejected" classname="com.example.infusion.dosing.DoseLimitsTest" time="0.012">\n'
               '    <failure message="Expected java.lang.IllegalArgumentException to be thrown, but nothing was thrown." '
               'type="org.opentest4j.AssertionFailedError">org.opentest4j.AssertionFailedError: Expected '
               'java.lang.IllegalArgumentException to be thrown, but nothing was thrown.</failure>\n  </testcase>')


RELEASE = {'version': '1.1.0'}

# name: (description, base, settings, {path: content}, [removed paths])
CASES = {
    'trace-requirement-not-implemented-or-tested': (
        'A class C requirement added to the catalog that no code implements and no test verifies.',
        None, {}, {REQS: lambda: sub(REQS, 'systemRequirements:', NEW_REQ)}, []),
    'trace-requirement-removed-still-referenced': (
        'REQ-DISP-002 deleted from the catalog while code and tests still name it, and without a change record.',
        None, {}, {REQS: lambda: drop_block(REQS, '  - id: REQ-DISP-002')}, []),
    'trace-parent-unknown': (
        'A software requirement whose parent system requirement does not exist.',
        None, {}, {REQS: lambda: sub(REQS, '    riskControls: [RC-INPUT-01]\n', '    riskControls: [RC-INPUT-01]\n    parents: [SYS-REQ-099]\n')}, []),
    'trace-system-requirement-unallocated': (
        'A system requirement that no software requirement refines and that is not declared as not software.',
        None, {}, {REQS: lambda: sub(REQS, 'systemRequirements:\n', NEW_SYS)}, []),
    'tests-failing': (
        'A real surefire report of DoseLimitsTest with one test failing (the test of the hard/soft limit check).',
        None, {}, {REPORTS + 'dosing.DoseLimitsTest.xml': failing_report}, []),
    'tests-not-run': (
        'The surefire report of PrescriptionTest is missing: its tests did not run.',
        None, {}, {}, ['target/surefire-reports/TEST-com.example.infusion.dosing.PrescriptionTest.xml']),
    'test-verifies-another-requirement': (
        'DrugLibraryTest (compiled) now names REQ-DOSE-004 where release 1.0.0 named REQ-DOSE-005: the link to the '
        'requirement it verified is gone.',
        None, {}, {'target/test-classes/com/example/infusion/dosing/DrugLibraryTest.class.bin':
                   lambda: patch_class('target/test-classes/com/example/infusion/dosing/DrugLibraryTest.class.bin',
                                       'REQ-DOSE-005', 'REQ-DOSE-004')}, []),
    'requirement-reworded-without-change-record': (
        'The text of REQ-DOSE-004 changed since release 1.0.0 without a change record saying its tests still verify it.',
        None, {}, {REQS: lambda: sub(REQS, 'or a duration shorter than 1 minute', 'or a duration shorter than 5 minutes')}, []),
    'unit-class-c-record-missing': (
        'Item DOSING (class C) without its 5.5.4 record (which additional acceptance criteria apply).',
        None, {}, {ARCH: lambda: drop_block(ARCH, '    classC:')}, []),
    'unit-without-own-test': (
        'LimitStatus moved from unit DOSE-CALC into a unit of its own, LIMIT-STATUS, that no test class tests.',
        None, {}, {ARCH: lambda: sub(sub(ARCH, '      - com.example.infusion.dosing.LimitStatus\n', ''),
                                     '  - id: DRUG-LIBRARY\n', '  - id: LIMIT-STATUS\n    item: DOSING\n'
                                     '    classes: [com.example.infusion.dosing.LimitStatus]\n\n  - id: DRUG-LIBRARY\n')}, []),
    'arch-class-not-in-a-unit': (
        'UnknownDrugException is in no unit of the architecture.',
        None, {}, {ARCH: lambda: sub(ARCH, '      - com.example.infusion.dosing.UnknownDrugException\n', '')}, []),
    'arch-lowered-class-without-rationale': (
        'Item DISPLAY declared class B below the system class C without a rationale.',
        None, {}, {ARCH: lambda: drop_block(ARCH, '    rationale: >-')}, []),
    'arch-requirement-above-item-class': (
        'REQ-DISP-002 raised to class C while the item implementing it, DISPLAY, is class B.',
        None, {}, {REQS: lambda: sub(REQS, '    safetyClass: A\n', '    safetyClass: C\n')}, []),
    'soup-entry-incomplete': (
        'The SLF4J entry of the SOUP register without manufacturer (the SBOM names its publisher, so that is no '
        'violation), functional requirements and risk; the Java runtime entry without manufacturer (only the '
        'register can name it).',
        None, {}, {SOUP: lambda: drop_block(SOUP, '    risk:', drop_block(SOUP, '    functionalRequirements: >-',
                                                                              sub(sub(SOUP, '    manufacturer: QOS.ch Sarl\n', ''),
                                                                                  '    manufacturer: Eclipse Foundation (Adoptium working group)\n', '')))}, []),
    'soup-version-drift-and-old-review': (
        'The register names SLF4J 2.0.16 while 2.0.17 ships, and the runtime\'s anomaly review is older than 12 months.',
        None, {}, {SOUP: lambda: sub(sub(SOUP, '    version: 2.0.17\n', '    version: 2.0.16\n'),
                                     '      version: 17.0.15\n      date: 2026-10-15', '      version: 17.0.15\n      date: 2025-06-01') if False else
                   base(SOUP).replace('    version: 2.0.17\n', '    version: 2.0.16\n', 1).replace(
                       '      version: 17.0.15\n      date: 2026-10-15', '      version: 17.0.15\n      date: 2025-06-01')}, []),
    'soup-unregistered-component': (
        'The SBOM lists commons-lang3, which the build resolves in compile scope, and the register has no entry for it.',
        None, {'resolvedScopes': {'org.slf4j:slf4j-api': 'compile', 'org.apache.commons:commons-lang3': 'compile',
                                  'io.github.iec62304:iec62304-annotations': 'provided'}},
        {'target/bom.json': lambda: add_component()}, []),
    'soup-entry-unused': (
        'The register has an entry for Guava, which the device does not ship.',
        None, {}, {SOUP: lambda: sub(SOUP, '\n  # The Java runtime the pump installs', GUAVA + '\n  # The Java runtime the pump installs')}, []),
    'soup-past-end-of-support': (
        'The Java runtime\'s end of support (2026-06-30) is before the build.',
        None, {}, {SOUP: lambda: sub(SOUP, '    endOfSupport: 2027-10-01', '    endOfSupport: 2026-06-30')}, []),
    'soup-vulnerability-in-triage': (
        'A VEX document with a high vulnerability of SLF4J still in triage.',
        None, {'vexFile': 'src/iec62304/vex.json'}, {'src/iec62304/vex.json': lambda: json.dumps(VEX, indent=2) + '\n'}, []),
    'risk-reference-unknown': (
        'A requirement names a risk control (RC-INPUT-09) that the risk extract does not define.',
        None, {}, {REQS: lambda: sub(REQS, '    riskControls: [RC-INPUT-01]\n', '    riskControls: [RC-INPUT-01, RC-INPUT-09]\n')}, []),
    'build-error-risk-file-undefined-control': (
        'A hazard of the risk extract names a control the extract does not define: the file is inconsistent, BUILD '
        'ERROR naming file and line.',
        None, {}, {RISKS: lambda: sub(RISKS, 'controls: [RC-USE-01]', 'controls: [RC-USE-01, RC-USE-02]')}, []),
    'risk-control-not-implemented': (
        'A software risk control that no requirement implements.',
        None, {}, {RISKS: lambda: sub(sub_text(RISKS, 'controls: [RC-USE-01]', 'controls: [RC-USE-01, RC-USE-03]'),
                                      '  - id: RC-USE-01\n', '  - id: RC-USE-03\n    title: The rate is read back aloud\n'
                                      '    kind: protective-measure\n    implementedIn: software\n  - id: RC-USE-01\n')}, []),
    'risk-residual-unacceptable': (
        'HAZ-RATE-MISREAD remains probable after its controls (minor x probable is not acceptable) but is marked acceptable.',
        None, {}, {RISKS: lambda: sub(RISKS, '    before: occasional\n    after: remote\n', '    before: probable\n    after: probable\n')}, []),
    'risk-severity-above-item-class': (
        'HAZ-RATE-MISREAD raised to serious harm: its cause, item DISPLAY, and its control are only class B.',
        None, {}, {RISKS: lambda: sub(RISKS, '    severity: minor\n', '    severity: serious\n')}, []),
    'risk-soup-hazard-not-named': (
        'SLF4J causes HAZ-OCCLUSION-UNDETECTED, but its SOUP register entry does not name the hazard.',
        None, {}, {SOUP: lambda: sub(SOUP, '      hazards: [HAZ-OCCLUSION-UNDETECTED]\n', '')}, []),
    'verification-record-failed': (
        'Manual test record VR-2026-012 of REQ-ALARM-001 has result fail.',
        None, {}, {RECORDS: lambda: sub(RECORDS, '    date: 2026-11-06\n    result: pass', '    date: 2026-11-06\n    result: fail')}, []),
    'verification-record-dangling': (
        'Inspection record VR-2026-011 names REQ-DISP-099, which does not exist; REQ-DISP-003 then has no record.',
        None, {}, {RECORDS: lambda: sub(RECORDS, 'requirements: [REQ-DISP-003]', 'requirements: [REQ-DISP-099]')}, []),
    'verification-record-of-older-version': (
        'Manual test record VR-2026-012 was executed on version 1.0.0, not on the version being built.',
        None, {}, {RECORDS: lambda: sub(RECORDS, '    requirements: [REQ-ALARM-001]\n    version: 1.1.0', '    requirements: [REQ-ALARM-001]\n    version: 1.0.0')}, []),
    'waiver-expired-and-unused': (
        'On top of unit-coverage-below-criteria: a waiver of that violation that expired, and a waiver no violation uses.',
        'unit-coverage-below-criteria', {}, {'src/iec62304/waivers.yaml': lambda: WAIVERS}, []),
    'release-outside-git-unapproved-not-archived': (
        'Release build 1.1.0 outside a git work tree, without a release approval, not attached, using a SNAPSHOT '
        'that is not allowed, without outputTimestamp.',
        None, {'version': '1.1.0', 'outputTimestamp': None, 'attached': False,
               'snapshots': [{'coordinates': 'com.example:pump-hal:2.1.0-SNAPSHOT', 'kind': 'dependency', 'allowed': False}]},
        {}, []),
    'release-without-baseline': (
        'Release build 1.1.0 of a class C device that declares no baseline (previous release evidence).',
        None, {'version': '1.1.0', 'releaseWithoutGit': True, 'baseline': None, 'outputTimestamp': '2026-11-25T00:00:00Z'}, {}, []),
    'release-with-failing-test': (
        'Release build 1.1.0 with the failing test of tests-failing: verification is not complete.',
        'tests-failing', {'version': '1.1.0', 'releaseWithoutGit': True, 'outputTimestamp': '2026-11-25T00:00:00Z'}, {}, []),
    'release-anomalies-not-acceptable': (
        'Release build 1.1.0 dated like release 1.0.0 (it keeps 1.0.0\'s outputTimestamp, so the change records\' '
        'approvals are dated after it): residual anomaly PR-118 evaluated as not acceptable; resolved PR-097 without '
        'an evaluation, which a resolved anomaly does not need.',
        None, {'version': '1.1.0', 'releaseWithoutGit': True},
        {ANOMALIES: lambda: drop_block(ANOMALIES, '    evaluation: >-', base(ANOMALIES).replace(
            '    date: 2026-11-06\n    acceptable: yes', '    date: 2026-11-06\n    acceptable: no'))}, []),
    'regression-coverage-fell': (
        'The JaCoCo execution data of a real test run without DoseLimitsTest: the coverage of class C unit DRUG-LIBRARY '
        'fell below release 1.0.0\'s without a change record.',
        None, {}, {}, []),
    'rule-level-override': (
        'On top of unit-coverage-below-criteria, the plugin configuration lowers UNIT-COVERAGE to WARN and turns '
        'UNIT-TESTS-PASS off: the levels follow the configuration and the build passes.',
        'unit-coverage-below-criteria', {'rules': {'UNIT-COVERAGE': 'WARN', 'UNIT-TESTS-PASS': 'OFF'}}, {}, []),
    'build-error-malformed-catalog': (
        'A requirements catalog that is not valid YAML: BUILD ERROR naming the file and line, no verdict.',
        None, {}, {REQS: lambda: sub(REQS, '  - id: REQ-DOSE-002\n', '  - id: REQ-DOSE-002\n   title: [unclosed\n')}, []),
    'build-error-missing-execution-data': (
        'No JaCoCo execution data while class B and C units need coverage: BUILD ERROR.',
        None, {}, {}, ['target/jacoco.exec']),
}


def sub_text(path, old, new):
    return sub(path, old, new)


def add_component():
    bom = json.loads(base('target/bom.json'))
    bom['components'].append({"type": "library", "bom-ref": "pkg:maven/org.apache.commons/commons-lang3@3.17.0?type=jar",
                              "group": "org.apache.commons", "name": "commons-lang3", "version": "3.17.0",
                              "scope": "required", "purl": "pkg:maven/org.apache.commons/commons-lang3@3.17.0?type=jar"})
    return json.dumps(bom, indent=2) + '\n'


def yaml_scalar(v):
    if v is None:
        return 'null'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    return json.dumps(v)


def case_yaml(description, base_case, settings, removed):
    out = ['# Written by core/src/validation/cases.py.', 'description: >-']
    words, line = description.split(), '  '
    for w in words:
        if len(line) + len(w) > 118:
            out.append(line.rstrip())
            line = '  '
        line += w + ' '
    out.append(line.rstrip())
    out.append('base: ' + (base_case or 'good-development'))
    if settings:
        out.append('settings:')
        for k, v in settings.items():
            out.append('  %s: %s' % (k, json.dumps(v) if isinstance(v, (dict, list)) else yaml_scalar(v)))
    if removed:
        out.append('remove:')
        out.extend('  - ' + r for r in removed)
    return '\n'.join(out) + '\n'


for name, (description, base_case, settings, files, removed) in CASES.items():
    d = os.path.join(ROOT, name)
    keep = {}
    if name == 'regression-coverage-fell' and os.path.exists(os.path.join(d, 'project/target/jacoco.exec')):
        keep['target/jacoco.exec'] = open(os.path.join(d, 'project/target/jacoco.exec'), 'rb').read()
    if os.path.isdir(os.path.join(d, 'project')):
        shutil.rmtree(os.path.join(d, 'project'))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, 'case.yaml'), 'w', encoding='utf-8') as f:
        f.write(case_yaml(description, base_case, settings, removed))
    for path, content in list(files.items()) + [(p, (lambda b=b: b)) for p, b in keep.items()]:
        target = os.path.join(d, 'project', path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        data = content()
        with open(target, 'wb' if isinstance(data, bytes) else 'w', **({} if isinstance(data, bytes) else {'encoding': 'utf-8'})) as f:
            f.write(data)
    if not os.path.exists(os.path.join(d, 'expected.yaml')):
        with open(os.path.join(d, 'expected.yaml'), 'w') as f:
            # no verdict: an unreviewed case cannot be read, so ReferenceCasesTest and validate fail on it (a
            # placeholder 'verdict: PASSED' would pass a case whose bad input the tool wrongly passes)
            f.write('# TO REVIEW: run ReferenceCasesTest with -Dvalidation.print=true, then write verdict and violations\n'
                    'violations: []\n')
