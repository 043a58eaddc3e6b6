package io.github.iec62304.core;

import io.github.iec62304.core.model.release.AnomalyRecord;
import io.github.iec62304.core.model.release.AnomalyRegister;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ChangeRecord;
import io.github.iec62304.core.project.ReferenceDate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Change records and anomaly evaluations dated after the date the build judges dates against: a typo in the date,
 * or a release that kept an old {@code project.build.outputTimestamp}. Warnings for the build log, one a record.
 * (A SOUP anomaly review dated after it fails SOUP-ANOMALY-REVIEW, which judges its age.)
 */
final class FutureDates {

    private FutureDates() {
    }

    /** @return one warning per record dated after {@code judged}, in file order */
    static List<String> of(ChangeLog changes, AnomalyRegister anomalies, ReferenceDate judged) {
        List<String> warnings = new ArrayList<>();
        for (ChangeRecord r : changes.records()) {
            check(warnings, changes.source(), r.line(), "change record " + r.id(), r.date(), judged);
        }
        for (AnomalyRecord r : anomalies.records()) {
            check(warnings, anomalies.source(), r.line(), "the evaluation of anomaly " + r.id(), r.date(), judged);
        }
        return warnings;
    }

    private static void check(List<String> warnings, String source, int line, String what, String date,
                              ReferenceDate judged) {
        LocalDate d = parse(date);
        if (d != null && d.isAfter(judged.date())) {
            warnings.add(source + ":" + line + ": " + what + " is dated " + d + ", after the date this build judges"
                    + " dates against (" + judged.describe() + "). Correct the date"
                    + (judged.basis() == ReferenceDate.Basis.RELEASE_TIMESTAMP
                    ? ", or set project.build.outputTimestamp to this release's date." : "."));
        }
    }

    private static LocalDate parse(String date) {
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null; // the readers refuse a date that is not ISO; nothing to compare here
        }
    }
}
