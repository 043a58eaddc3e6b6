package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.write.reqif.ReqifFile;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of the bundle but {@code manifest.json} (which needs their digests), by name: the JSON and CSV files,
 * {@code requirements.reqif}, {@code index.html} and the attachments (the SBOM copy); {@code conformity.json/.csv} and
 * the index name as evidence only files that are written. The risk trace only when a risk extract is declared, the
 * waivers only when a
 * waiver register exists. The large ones (the SOUP list, the index, the SBOM copy)
 * stream; the others are small and rendered whole.
 */
final class BundleFiles {

    private BundleFiles() {
    }

    /** @return every file but the manifest, by name, each written as a stream */
    static SortedMap<String, BundleFile> of(BundleContent content) {
        Evidence e = content.evidence();
        GateReport report = content.report();
        SortedMap<String, BundleFile> files = new TreeMap<>();
        RiskChain risks = RiskChain.of(e);
        files.put("trace-matrix.json", out -> out.write(TraceMatrixFiles.json(e.trace(), e.scan(), risks)));
        files.put("trace-matrix.csv", out -> out.write(TraceMatrixFiles.csv(e.trace(), e.scan(), risks)));
        if (e.trace().systems().declared()) {
            files.put("system-requirements.csv", out -> out.write(TraceMatrixFiles.systemCsv(e.trace())));
        }
        if (risks.declared()) { // a project without a risk extract keeps the files it had before
            files.put("risk-trace.json", out -> out.write(RiskTraceFiles.json(risks, e.scan())));
            files.put("risk-trace.csv", out -> out.write(RiskTraceFiles.csv(risks)));
        }
        files.put("requirements.reqif", out -> ReqifFile.write(out, content.project(), reqifTime(content),
                e.catalog(), e.trace()));
        files.put("verification-records.json", out -> out.write(VerificationRecordFiles.json(e.trace().records())));
        files.put("verification-records.csv", out -> out.write(VerificationRecordFiles.csv(e.trace().records())));
        files.put("test-record.json", out -> out.write(TestRecordFiles.json(e.tests(), e.scan())));
        files.put("test-record.csv", out -> out.write(TestRecordFiles.csv(e.tests(), e.scan())));
        files.put("unit-verification.json", out -> out.write(UnitVerificationFiles.json(e.units(), e.systemClass(),
                report, e.scan())));
        files.put("unit-verification.csv", out -> out.write(UnitVerificationFiles.csv(e.units(), report)));
        files.put("soup-list.json", out -> SoupListFiles.json(out, e.soup(), report, e.approvals()));
        files.put("soup-list.csv", out -> SoupListFiles.csv(out, e.soup(), report));
        files.put("regression-report.json", out -> out.write(ReleaseFiles.regressionJson(e.regression(),
                e.approvals())));
        files.put("regression-report.csv", out -> out.write(ReleaseFiles.regressionCsv(e.regression())));
        if (e.regression().baseline() != null && e.regression().impact().notComputed() == null) {
            files.put("change-impact.csv", out -> out.write(ReleaseFiles.impactCsv(e.regression())));
        }
        files.put("anomalies.json", out -> out.write(ReleaseFiles.anomaliesJson(e.anomalies(),
                e.release().releaseBuild(), e.approvals())));
        files.put("anomalies.csv", out -> out.write(ReleaseFiles.anomaliesCsv(e.anomalies())));
        files.put("release-checklist.json", out -> out.write(ReleaseFiles.checklistJson(e, report)));
        files.put("release-checklist.csv", out -> out.write(ReleaseFiles.checklistCsv(e, report)));
        if (e.waivers().present()) { // a project without a waiver register keeps the files it had before
            files.put("waivers.json", out -> out.write(WaiverFiles.json(e, report)));
            files.put("waivers.csv", out -> out.write(WaiverFiles.csv(e, report)));
        }
        // CI-native views of the same results (JUnit XML for test tabs, SARIF for code scanning): in the bundle, so
        // their digests are in the manifest and a CI tool's display can be traced back to the evidence
        files.put(JunitReport.NAME, out -> JunitReport.write(out, report, content.project().groupId() + ":"
                + content.project().artifactId()));
        files.put(SarifReport.NAME, out -> SarifReport.write(out, report, content.project().toolVersion()));
        files.put("conformity.json", out -> out.write(ConformityFiles.json(e, report, files.keySet())));
        files.put("conformity.csv", out -> out.write(ConformityFiles.csv(e, report, files.keySet())));
        content.attachments().forEach((name, attachment) -> files.put(name, attachment::copyTo));
        files.put("index.html", out -> IndexPage.write(out, content, files.keySet()));
        return files;
    }

    /** The ReqIF's CREATION-TIME: the build timestamp, else the start of the day the build judges against. */
    private static Instant reqifTime(BundleContent content) {
        Instant timestamp = content.project().buildTimestamp();
        return timestamp != null ? timestamp
                : content.evidence().release().referenceDate().date().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
