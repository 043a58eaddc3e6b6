package io.github.iec62304.core.model.conformity;

import io.github.iec62304.core.model.SafetyClass;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clauses of IEC 62304:2006+A1:2015 the conformity table lists: every sub-clause of clauses 4 to 9 (development,
 * maintenance, risk management, configuration management, problem resolution), the classes it applies to per Table
 * A.1, the rules that decide it and the record a team keeps for the rest. Data held once: the rules name their
 * clauses, this catalogue names their rules, and a test keeps the two in step. Titles are paraphrases, never the
 * standard's text.
 */
public final class ClauseCatalog {

    /** The edition the catalogue follows. */
    public static final String EDITION = "IEC 62304:2006+A1:2015";

    private static final Set<SafetyClass> ABC = EnumSet.allOf(SafetyClass.class);
    private static final Set<SafetyClass> BC = EnumSet.of(SafetyClass.B, SafetyClass.C);
    private static final Set<SafetyClass> C = EnumSet.of(SafetyClass.C);

    private static final String DEV_PLAN = "software development plan";
    private static final String RISK_FILE = "risk management file (ISO 14971)";
    private static final String ARCHITECTURE = "software architecture document";
    private static final String DETAILED_DESIGN = "detailed design of units and interfaces";
    private static final String INTEGRATION = "integration plan and integration test records";
    private static final String PROBLEMS = "problem reports and their investigation";
    private static final String MAINTENANCE = "software maintenance plan";
    private static final String CHANGES = "change requests with analysis and approval";
    private static final String CM_PLAN = "configuration management plan";

    private static final String TRACE = "trace-matrix.json";
    private static final String RECORDS = "verification-records.json";
    private static final String TESTS = "test-record.json";
    private static final String UNITS = "unit-verification.json";
    private static final String SOUP = "soup-list.json";
    private static final String RISKS = "risk-trace.json";
    private static final String REGRESSION = "regression-report.json";
    private static final String ANOMALIES = "anomalies.json";
    private static final String CHECKLIST = "release-checklist.json";
    private static final String MANIFEST = "manifest.json";
    private static final String WAIVERS = "waivers.json";

    /** The title of each top clause, for the table's headings. */
    public static final Map<String, String> HEADINGS = Map.of("4", "General requirements",
            "5", "Software development process", "6", "Software maintenance process",
            "7", "Software risk management process", "8", "Software configuration management process",
            "9", "Software problem resolution process");

    private static final List<Clause> ALL = build();

    private ClauseCatalog() {
    }

    /** @return every clause, in the standard's order */
    public static List<Clause> all() {
        return ALL;
    }

    private static List<Clause> build() {
        List<Clause> c = new ArrayList<>();
        // 4 General requirements
        c.add(manual("4.1", "The manufacturer runs a quality management system", ABC,
                "quality management system records (e.g. ISO 13485)"));
        c.add(manual("4.2", "The risk management process follows ISO 14971", ABC, RISK_FILE));
        c.add(decided("4.3", "Each software system and item has a safety class, lower classes justified", ABC,
                rules("ARCH-CLASS-RATIONALE", "ARCH-IMPLEMENTS-CLASS", "RISK-CONTROL-CLASS", "RISK-CLASS"),
                "safety classification rationale", MANIFEST, UNITS, RISKS));
        c.add(manual("4.4", "Legacy software is assessed before it is reused", ABC,
                "legacy software assessment, where legacy software is used"));
        // 5.1 Software development planning
        c.add(decided("5.1.1", "A development plan covers the lifecycle, including traceability between "
                + "system requirements, software requirements, tests and risk controls", ABC,
                rules("TRACE-TESTED", "TRACE-DANGLING", "TRACE-PARENT", "TRACE-SYSTEM", "VERIFY-RECORDED",
                        "VERIFY-RECORD-DANGLING"), DEV_PLAN, TRACE, RECORDS));
        c.add(manual("5.1.2", "The development plan is kept up to date", ABC, DEV_PLAN));
        c.add(manual("5.1.3", "The plan refers to system design and development", ABC, DEV_PLAN));
        c.add(manual("5.1.4", "Standards, methods and tools are planned", C, DEV_PLAN));
        c.add(manual("5.1.5", "Integration and integration testing are planned", BC, DEV_PLAN));
        c.add(manual("5.1.6", "Verification is planned: tasks, milestones, acceptance criteria", ABC, DEV_PLAN));
        c.add(manual("5.1.7", "Software risk management is planned", ABC, DEV_PLAN));
        c.add(manual("5.1.8", "Documentation is planned", ABC, DEV_PLAN));
        c.add(manual("5.1.9", "Configuration management is planned", ABC, CM_PLAN));
        c.add(manual("5.1.10", "Supporting items (tools) that need control are identified", BC, CM_PLAN));
        c.add(decided("5.1.11", "Configuration items are under control before they are verified", BC,
                rules("RELEASE-GIT"), CM_PLAN, MANIFEST, CHECKLIST));
        c.add(manual("5.1.12", "Common software defects are identified and avoided", BC, DEV_PLAN));
        // 5.2 Software requirements analysis
        c.add(decided("5.2.1", "Software requirements are defined from the system requirements", ABC,
                rules("TRACE-SYSTEM"), "software requirements specification", TRACE));
        c.add(manual("5.2.2", "Software requirements have the required content", ABC,
                "software requirements specification"));
        c.add(decided("5.2.3", "Risk control measures implemented in software are software requirements", BC,
                rules("RISK-CONTROL-IMPLEMENTED"), null, RISKS, TRACE));
        c.add(manual("5.2.4", "The device risk analysis is re-evaluated against the requirements", ABC, RISK_FILE));
        c.add(manual("5.2.5", "The system requirements are updated where the software requirements change them", ABC,
                "system requirements and their change history"));
        c.add(decided("5.2.6", "Software requirements are verified: traceable, unique, testable", ABC,
                rules("TRACE-PARENT", "TRACE-SYSTEM"), "requirements review record", TRACE));
        // 5.3 Software architectural design
        c.add(decided("5.3.1", "The requirements are turned into an architecture of software items", BC,
                rules("TRACE-IMPLEMENTED", "ARCH-ASSIGNED", "ARCH-IMPLEMENTS-CLASS"), ARCHITECTURE, TRACE, UNITS));
        c.add(manual("5.3.2", "Interfaces of the software items are designed", BC, ARCHITECTURE));
        c.add(decided("5.3.3", "Functional and performance requirements of each SOUP item are stated", BC,
                rules("SOUP-REQUIREMENTS"), null, SOUP));
        c.add(decided("5.3.4", "System hardware and software each SOUP item needs are stated", BC,
                rules("SOUP-REQUIREMENTS"), null, SOUP));
        c.add(manual("5.3.5", "Segregation needed for risk control is identified", C, ARCHITECTURE));
        c.add(manual("5.3.6", "The architecture is verified", BC, "architecture review record"));
        // 5.4 Software detailed design
        c.add(decided("5.4.1", "The software is divided into units", BC, rules("ARCH-ASSIGNED"), null, UNITS));
        c.add(manual("5.4.2", "Each unit has a detailed design", C, DETAILED_DESIGN));
        c.add(manual("5.4.3", "The interfaces of units have a detailed design", C, DETAILED_DESIGN));
        c.add(manual("5.4.4", "The detailed design is verified", C, "detailed design review record"));
        // 5.5 Software unit implementation and verification
        c.add(manual("5.5.1", "Each unit is implemented", ABC, "source code under version control"));
        c.add(decided("5.5.2", "A unit verification process is set up", BC, rules("UNIT-TESTED"),
                "unit verification procedure", UNITS));
        c.add(decided("5.5.3", "Acceptance criteria of each unit are set", BC, rules("UNIT-COVERAGE"),
                "unit acceptance criteria in the development plan", UNITS));
        c.add(decided("5.5.4", "Class C units meet the additional acceptance criteria", C,
                rules("UNIT-CLASS-C-RECORD"), null, UNITS));
        c.add(decided("5.5.5", "Each unit is verified against its criteria and the result recorded", BC,
                rules("UNIT-COVERAGE", "UNIT-TESTED", "UNIT-TESTS-PASS", "REGRESSION-COVERAGE"), null, UNITS,
                TESTS, REGRESSION));
        // 5.6 Software integration and integration testing
        c.add(manual("5.6.1", "Units are integrated as the plan says", BC, INTEGRATION));
        c.add(manual("5.6.2", "The integration is verified", BC, INTEGRATION));
        c.add(manual("5.6.3", "The integrated items are tested", BC, INTEGRATION));
        c.add(manual("5.6.4", "Integration tests check the required behaviour", BC, INTEGRATION));
        c.add(manual("5.6.5", "Integration test procedures are evaluated", BC, INTEGRATION));
        c.add(decided("5.6.6", "Regression tests show no new defect after integration", BC,
                rules("REGRESSION-TEST", "REGRESSION-BASELINE"), null, REGRESSION, TESTS));
        c.add(manual("5.6.7", "Integration test records hold result, tester and date", BC, INTEGRATION));
        c.add(manual("5.6.8", "Anomalies found in integration go to problem resolution", BC, PROBLEMS));
        // 5.7 Software system testing
        c.add(decided("5.7.1", "Every software requirement has tests that pass", ABC,
                rules("TRACE-TESTED", "TRACE-PASSED", "VERIFY-RECORDED", "VERIFY-RECORD-PASSED"), null, TRACE,
                TESTS, RECORDS));
        c.add(manual("5.7.2", "Anomalies found in system testing go to problem resolution", ABC, PROBLEMS));
        c.add(decided("5.7.3", "After a change, the affected tests are repeated", ABC,
                rules("REGRESSION-TEST", "REGRESSION-REQUIREMENT", "REGRESSION-LINK", "REGRESSION-BASELINE",
                        "VERIFY-RECORD-CURRENT"), null, REGRESSION, RECORDS));
        c.add(decided("5.7.4", "The system test results are evaluated", ABC,
                rules("TRACE-PASSED", "VERIFY-RECORD-PASSED", "VERIFY-RECORD-CURRENT"), null, TRACE, TESTS,
                RECORDS));
        c.add(manual("5.7.5", "System test records hold result, version, environment, tester and date", ABC,
                "system test record (test-record.json holds what ran, version and environment)", TESTS,
                MANIFEST));
        // 5.8 Software release
        c.add(decided("5.8.1", "Verification is complete and its results evaluated before release", ABC,
                rules("RELEASE-VERIFIED", "RELEASE-APPROVED", "RISK-RESIDUAL"), null, CHECKLIST, MANIFEST, RISKS));
        c.add(decided("5.8.2", "Known residual anomalies are documented", ABC,
                rules("VERIFY-RECORD-PASSED", "ANOMALY-EVALUATED"), null, ANOMALIES, CHECKLIST));
        c.add(decided("5.8.3", "Known residual anomalies are evaluated and acceptable", BC,
                rules("ANOMALY-EVALUATED", "ANOMALY-ACCEPTABLE", "APPROVAL-STALE"), null, ANOMALIES, CHECKLIST));
        c.add(decided("5.8.4", "The released version is documented", ABC,
                rules("RELEASE-SNAPSHOT", "RELEASE-APPROVED"), null, CHECKLIST, MANIFEST));
        c.add(decided("5.8.5", "How the released software was built is documented", BC,
                rules("RELEASE-REPRODUCIBLE"), null, MANIFEST, CHECKLIST));
        c.add(manual("5.8.6", "All planned activities and tasks are complete", BC, "release procedure record",
                CHECKLIST));
        c.add(decided("5.8.7", "The released software and its documentation are archived", ABC,
                rules("RELEASE-ARCHIVED"), null, CHECKLIST));
        c.add(decided("5.8.8", "The released software can be delivered without corruption", ABC,
                rules("RELEASE-ARCHIVED"), null, MANIFEST, CHECKLIST));
        // 6 Software maintenance process
        c.add(decided("6.1", "A maintenance plan covers feedback, problems, changes and SOUP upkeep", ABC,
                rules("SOUP-END-OF-SUPPORT"), MAINTENANCE, SOUP));
        c.add(manual("6.2.1", "Feedback is monitored, documented and evaluated for safety", ABC,
                "feedback and complaint records"));
        c.add(manual("6.2.2", "Problems found after release go to problem resolution", ABC, PROBLEMS));
        c.add(manual("6.2.3", "Change requests are analysed", ABC, CHANGES));
        c.add(manual("6.2.4", "Change requests are approved", ABC, CHANGES));
        c.add(manual("6.2.5", "Users and regulators are told of changes as required", ABC,
                "records of communication to users and regulators"));
        c.add(manual("6.3.1", "Modifications follow the established processes", ABC, CHANGES));
        c.add(manual("6.3.2", "Modified software is released as 5.8 requires", ABC, "release records"));
        // 7 Software risk management process
        c.add(manual("7.1.1", "Items that could contribute to a hazardous situation are identified", BC, RISK_FILE));
        c.add(decided("7.1.2", "Causes of that contribution are identified, SOUP failure among them", BC,
                rules("RISK-SOUP-HAZARD", "SOUP-RISK"), RISK_FILE, RISKS, SOUP));
        c.add(decided("7.1.3", "Published anomaly lists of each SOUP are evaluated", BC,
                rules("SOUP-ANOMALY-REVIEW", "SOUP-VULNERABILITY", "SOUP-END-OF-SUPPORT"), null, SOUP));
        c.add(manual("7.1.4", "Potential causes are documented in the risk management file", BC, RISK_FILE));
        c.add(manual("7.2.1", "Risk control measures are defined for each cause", BC, RISK_FILE));
        c.add(decided("7.2.2", "Risk controls implemented in software are requirements of the right class", BC,
                rules("RISK-CONTROL-IMPLEMENTED", "RISK-CONTROL-CLASS"), null, RISKS, TRACE));
        c.add(decided("7.3.1", "Each risk control measure is verified", BC,
                rules("RISK-CONTROL-VERIFIED", "RISK-RESIDUAL"), RISK_FILE, RISKS, TRACE));
        c.add(decided("7.3.3", "Hazard, cause, control, requirement and test are traceable", BC,
                rules("TRACE-IMPLEMENTED", "RISK-REFERENCES"), null, RISKS, TRACE));
        c.add(decided("7.4.1", "Changes, SOUP changes among them, are analysed for safety", ABC,
                rules("SOUP-CHANGE"), CHANGES, REGRESSION, SOUP));
        c.add(decided("7.4.2", "The effect of changes on existing risk controls is analysed", BC,
                rules("RISK-CHANGE", "REGRESSION-SUSPECT", "REGRESSION-IMPACT"), null, REGRESSION, RISKS));
        c.add(decided("7.4.3", "The risk management activities a change calls for are repeated", BC,
                rules("RISK-CHANGE", "REGRESSION-IMPACT"), RISK_FILE, REGRESSION, RISKS));
        // 8 Software configuration management process
        c.add(decided("8.1.1", "Configuration items and their versions are uniquely identified", ABC,
                rules("RELEASE-SNAPSHOT"), CM_PLAN, MANIFEST, CHECKLIST));
        c.add(decided("8.1.2", "Each SOUP item is identified by title, manufacturer and designator", ABC,
                rules("SOUP-REGISTERED", "SOUP-MANUFACTURER", "SOUP-VERSION", "SOUP-UNUSED"), null, SOUP));
        c.add(manual("8.1.3", "The system configuration documentation is identified", ABC,
                "system configuration documentation"));
        c.add(decided("8.2.1", "Configuration items change only through approved change requests", ABC,
                rules("REGRESSION-IMPACT", "APPROVAL-STALE", "RELEASE-APPROVED", "WAIVER-EXPIRED"), CHANGES,
                REGRESSION, WAIVERS));
        c.add(manual("8.2.2", "Approved changes are implemented as approved", ABC, CHANGES));
        c.add(decided("8.2.3", "Changes are verified, repeating verification they invalidate", ABC,
                rules("REGRESSION-SUSPECT", "REGRESSION-LINK"), null, REGRESSION));
        c.add(decided("8.2.4", "Each change can be traced to its request and approval", ABC,
                rules("WAIVER-UNUSED"), CHANGES, REGRESSION, WAIVERS));
        c.add(manual("8.3", "The history of configuration items is kept and retrievable", ABC,
                "configuration status records (version control history)"));
        // 9 Software problem resolution process
        c.add(manual("9.1", "Problems are written up with type, scope and criticality", ABC, PROBLEMS));
        c.add(decided("9.2", "Problems are investigated and their causes found", ABC, rules("WAIVER-EXPIRED"),
                PROBLEMS, WAIVERS, ANOMALIES));
        c.add(manual("9.3", "Relevant parties are told of the problem", ABC, PROBLEMS));
        c.add(manual("9.4", "Fixes go through change control", ABC, CHANGES));
        c.add(decided("9.5", "Problem reports and their resolution are kept", ABC, rules("WAIVER-UNUSED"),
                PROBLEMS, WAIVERS, ANOMALIES));
        c.add(manual("9.6", "Problems are analysed for trends", ABC, "trend analysis of problem reports"));
        c.add(decided("9.7", "Resolutions are verified, regression tests included", ABC,
                rules("REGRESSION-TEST", "REGRESSION-REQUIREMENT", "REGRESSION-LINK", "REGRESSION-COVERAGE"),
                null, REGRESSION, TESTS));
        c.add(manual("9.8", "Test documentation holds results, anomalies, version and tester", ABC,
                "test documentation", TESTS));
        return List.copyOf(c);
    }

    private static List<String> rules(String... ids) {
        return List.of(ids);
    }

    private static Clause decided(String number, String title, Set<SafetyClass> classes, List<String> rules,
                                  String record, String... evidence) {
        return new Clause(number, title, classes, rules, record, List.of(evidence));
    }

    private static Clause manual(String number, String title, Set<SafetyClass> classes, String record,
                                 String... evidence) {
        return new Clause(number, title, classes, List.of(), record, List.of(evidence));
    }
}
