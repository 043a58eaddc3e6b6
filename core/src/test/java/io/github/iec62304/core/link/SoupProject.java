package io.github.iec62304.core.link;

import io.github.iec62304.core.SoupSettings;
import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.soup.Sbom;
import io.github.iec62304.core.model.soup.SbomComponent;
import io.github.iec62304.core.model.soup.SbomVulnerability;
import io.github.iec62304.core.model.soup.SoupEntry;
import io.github.iec62304.core.model.soup.SoupRegister;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the SOUP evidence of a small project, one fact at a time: SBOM components with the scope the build
 * resolved them in, register entries, vulnerabilities. Everything else is an empty project of the given class.
 */
public final class SoupProject {

    /** How messages name the register. */
    public static final String REGISTER = "src/iec62304/soup.yaml";
    /** The build date reviews are judged against, unless changed. */
    public static final LocalDate BUILD_DATE = LocalDate.of(2026, 11, 1);

    private final SafetyClass systemClass;
    private final List<SbomComponent> components = new ArrayList<>();
    private final List<SbomVulnerability> vulnerabilities = new ArrayList<>();
    private final List<SoupEntry> entries = new ArrayList<>();
    private final Map<String, String> scopes = new HashMap<>();
    private final Set<String> ownModules = new HashSet<>();
    private LocalDate buildDate = BUILD_DATE;
    private Period reviewMaxAge = SoupSettings.DEFAULT_REVIEW_MAX_AGE;
    private boolean sbom = true;
    private boolean release;
    private io.github.iec62304.core.model.soup.Vex vex;

    public SoupProject(SafetyClass systemClass) {
        this.systemClass = systemClass;
    }

    /** @return a component as cyclonedx-maven-plugin lists it: purl as bom-ref, scope required, no manufacturer */
    public static SbomComponent component(String coordinates, String version) {
        return component(coordinates, version, "required", "", "");
    }

    /** @return a component with its SBOM scope and its manufacturer ({@code ""} for none) and where that came from */
    public static SbomComponent component(String coordinates, String version, String sbomScope, String manufacturer,
                                          String manufacturerSource) {
        String[] ga = coordinates.split(":");
        String purl = "pkg:maven/" + ga[0] + "/" + ga[1] + "@" + version + "?type=jar";
        return new SbomComponent(ga[0], ga[1], version, purl, purl, sbomScope, manufacturer, manufacturerSource,
                List.of("Apache-2.0"), "", "");
    }

    /** @return the bom-ref {@link #component(String, String)} gives */
    public static String ref(String coordinates, String version) {
        return component(coordinates, version).bomRef();
    }

    /** A component the build resolved in compile scope. */
    public SoupProject ships(String coordinates, String version) {
        return component(component(coordinates, version), "compile");
    }

    /** A component and the Maven scope the build resolved it in, or {@code null} when the build did not. */
    public SoupProject component(SbomComponent c, String resolvedScope) {
        components.add(c);
        if (resolvedScope != null) {
            scopes.put(c.coordinates(), resolvedScope);
        }
        return this;
    }

    /** One of the build's own modules. */
    public SoupProject ownModule(String coordinates) {
        ownModules.add(coordinates);
        return this;
    }

    public SoupProject entry(Entry e) {
        entries.add(e.build(2 + 10 * entries.size()));
        return this;
    }

    /** A vulnerability with its analysis state ({@code ""} for none) and the bom-refs it affects. */
    public SoupProject vulnerability(String id, String state, String... refs) {
        vulnerabilities.add(new SbomVulnerability(id, List.of(refs), state, ""));
        return this;
    }

    public SoupProject buildDate(LocalDate date) {
        this.buildDate = date;
        return this;
    }

    public SoupProject reviewMaxAge(Period age) {
        this.reviewMaxAge = age;
        return this;
    }

    /** A release build, judged against {@link #buildDate} as its release timestamp's date. */
    public SoupProject release() {
        this.release = true;
        return this;
    }

    /** A VEX file read apart from the SBOM. */
    public SoupProject vex(io.github.iec62304.core.model.soup.Vex value) {
        this.vex = value;
        return this;
    }

    /** No SBOM was read (every SOUP rule off). */
    public SoupProject noSbom() {
        this.sbom = false;
        return this;
    }

    public SoupModel model() {
        return SoupLinker.link(sbom ? new Sbom("target/bom.json", "json", "1.6", "", components, vulnerabilities)
                : null, vex, new SoupRegister(REGISTER, entries), scopes, ownModules, buildDate, reviewMaxAge);
    }

    public Evidence evidence() {
        Evidence e = new UnitProject(systemClass).evidence();
        Evidence dev = new Evidence(e.systemClass(), e.catalog(), e.scan(), e.tests(), e.trace(), e.units(), model());
        if (!release) {
            return dev;
        }
        io.github.iec62304.core.model.release.ReleaseFacts r = dev.release();
        return new Evidence(dev.systemClass(), dev.catalog(), dev.scan(), dev.tests(), dev.trace(), dev.units(),
                dev.soup(), dev.regression(), dev.anomalies(), new io.github.iec62304.core.model.release.ReleaseFacts(
                true, "version 1.0.0 is not a SNAPSHOT", "com.acme:pump:1.0.0", "1.0.0", true, List.of(), null, true,
                true, true, r.environment(), new io.github.iec62304.core.project.ReferenceDate(buildDate,
                io.github.iec62304.core.project.ReferenceDate.Basis.RELEASE_TIMESTAMP), false, null));
    }

    public GateReport evaluate(RuleLevels levels) {
        return Gates.evaluate(Gates.all(), evidence(), levels);
    }

    /** @return the log lines of the SOUP rules' violations */
    public List<String> lines() {
        return lines("SOUP-");
    }

    /** @return the log lines of the violations of rules whose id starts with {@code prefix} */
    public List<String> lines(String prefix) {
        return evaluate(RuleLevels.defaults()).violations().stream().filter(v -> v.ruleId().startsWith(prefix))
                .map(Violation::format).toList();
    }

    /** A register entry, complete unless changed: it meets every SOUP rule for its version. */
    public static final class Entry {
        private final String component;
        private final String runtime;
        private String title = "Title";
        private String manufacturer = "Acme";
        private String version;
        private String functional = "Parse the configuration at start-up, < 50 ms.";
        private String system = "Java 17; 2 MB heap.";
        private SoupEntry.Risk risk = new SoupEntry.Risk(List.of("HAZ-1"), null, null);
        private String anomalyList = "https://example.org/issues";
        private SoupEntry.AnomalyReview review;
        private SoupEntry.Support support = SoupEntry.Support.SUPPORTED;
        private SoupEntry.EndOfSupport endOfSupport = new SoupEntry.EndOfSupport(null);
        private List<io.github.iec62304.core.model.approval.Approval> approvals = List.of();

        private Entry(String component, String runtime, String version) {
            this.component = component;
            this.runtime = runtime;
            this.version = version;
            this.review = new SoupEntry.AnomalyReview(version, BUILD_DATE.minusMonths(2), "J. Doe",
                    "No open issue affects the features we use.");
        }

        /** @param pattern {@code group:artifact}, {@code *} allowed */
        public static Entry component(String pattern, String version) {
            return new Entry(pattern, null, version);
        }

        public static Entry runtime(String name, String version) {
            return new Entry(null, name, version);
        }

        public Entry title(String value) {
            title = value;
            return this;
        }

        public Entry manufacturer(String value) {
            manufacturer = value;
            return this;
        }

        public Entry version(String value) {
            version = value;
            return this;
        }

        public Entry functionalRequirements(String value) {
            functional = value;
            return this;
        }

        public Entry systemRequirements(String value) {
            system = value;
            return this;
        }

        public Entry risk(SoupEntry.Risk value) {
            risk = value;
            return this;
        }

        public Entry anomalyList(String value) {
            anomalyList = value;
            return this;
        }

        public Entry review(SoupEntry.AnomalyReview value) {
            review = value;
            return this;
        }

        /** @param value the level of support, or {@code null} for none given */
        public Entry support(SoupEntry.Support value) {
            support = value;
            return this;
        }

        /** @param value the end of support ({@code null} date: none announced), or {@code null} for none given */
        public Entry endOfSupport(SoupEntry.EndOfSupport value) {
            endOfSupport = value;
            return this;
        }

        /** A review of that version on that date, by J. Doe, with a result. */
        public Entry reviewed(String reviewedVersion, LocalDate date) {
            return review(new SoupEntry.AnomalyReview(reviewedVersion, date, "J. Doe", "Nothing applies."));
        }

        public Entry approvals(io.github.iec62304.core.model.approval.Approval... value) {
            approvals = List.of(value);
            return this;
        }

        public SoupEntry build(int line) {
            return new SoupEntry(component, runtime, title, manufacturer, null, version, functional, system, risk,
                    anomalyList, review, support, endOfSupport, approvals, line);
        }
    }
}
