package io.github.iec62304.core.link;

import io.github.iec62304.core.model.soup.Sbom;
import io.github.iec62304.core.model.soup.SbomComponent;
import io.github.iec62304.core.model.soup.SoupEntry;
import io.github.iec62304.core.model.soup.SoupRegister;
import io.github.iec62304.core.model.soup.Vex;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the SBOM with the register. Whether a component ships comes from the build's resolved dependency scopes
 * (compile and runtime ship; test, provided and system do not): cyclonedx-maven-plugin marks every component
 * {@code required}, test scope included. Components of the build's own reactor are never SOUP.
 */
public final class SoupLinker {

    private static final Set<String> SHIPPING_SCOPES = Set.of("compile", "runtime");

    private SoupLinker() {
    }

    /**
     * @param sbom           the SBOM, or {@code null}
     * @param register       the register
     * @param resolvedScopes {@code group:artifact} to the Maven scope the build resolved it in
     * @param ownModules     {@code group:artifact} of the build's own modules
     * @param buildDate      the date reviews are judged against
     * @param reviewMaxAge   how old an anomaly review may be
     */
    public static SoupModel link(Sbom sbom, SoupRegister register, Map<String, String> resolvedScopes,
                                 Set<String> ownModules, LocalDate buildDate, Period reviewMaxAge) {
        return link(sbom, null, register, resolvedScopes, ownModules, buildDate, reviewMaxAge);
    }

    /**
     * @param sbom           the SBOM, or {@code null}
     * @param vex            a VEX kept apart from the SBOM, or {@code null}: its analyses apply to the SBOM's
     *                       components (see {@link VulnerabilityJoin})
     * @param register       the register
     * @param resolvedScopes {@code group:artifact} to the Maven scope the build resolved it in
     * @param ownModules     {@code group:artifact} of the build's own modules
     * @param buildDate      the date reviews are judged against
     * @param reviewMaxAge   how old an anomaly review may be
     */
    public static SoupModel link(Sbom sbom, Vex vex, SoupRegister register, Map<String, String> resolvedScopes,
                                 Set<String> ownModules, LocalDate buildDate, Period reviewMaxAge) {
        List<SoupEntry> componentEntries = register.entries().stream().filter(e -> e.component() != null).toList();
        EntryIndex entries = new EntryIndex(componentEntries);
        List<SoupModel.Component> components = new ArrayList<>();
        Map<String, SbomComponent> byRef = new HashMap<>();
        for (SbomComponent c : sbom == null ? List.<SbomComponent>of() : sbom.components()) {
            String resolved = resolvedScopes.get(c.coordinates());
            boolean shipped = !ownModules.contains(c.coordinates()) && (resolved != null
                    ? SHIPPING_SCOPES.contains(resolved) : !"excluded".equals(c.sbomScope()));
            SoupEntry entry = entries.coverOf(c.coordinates());
            boolean fromSbom = !c.manufacturer().isEmpty();
            boolean fromRegister = !fromSbom && entry != null && entry.manufacturer() != null;
            components.add(new SoupModel.Component(c, shipped, resolved != null ? resolved
                    : "sbom:" + (c.sbomScope().isEmpty() ? "unspecified" : c.sbomScope()), entry,
                    fromSbom ? c.manufacturer() : fromRegister ? entry.manufacturer() : "",
                    fromSbom ? c.manufacturerSource() : fromRegister ? "register" : "none"));
            if (!c.bomRef().isEmpty()) {
                byRef.put(c.bomRef(), c);
            }
        }
        components.sort(Comparator.comparing((SoupModel.Component c) -> c.component().coordinates())
                .thenComparing(c -> c.component().version()));
        Set<SoupEntry> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        components.stream().filter(SoupModel.Component::shipped).forEach(c -> used.add(c.entry()));
        List<SoupEntry> unused = componentEntries.stream().filter(e -> !used.contains(e)).toList();
        Set<SbomComponent> shipped = new java.util.HashSet<>();
        components.stream().filter(SoupModel.Component::shipped).forEach(c -> shipped.add(c.component()));
        VulnerabilityJoin join = new VulnerabilityJoin(byRef,
                components.stream().map(SoupModel.Component::component).toList(), shipped);
        if (sbom != null) {
            sbom.vulnerabilities().forEach(v -> join.fromSbom(v, sbom.source()));
        }
        if (vex != null) {
            vex.statements().forEach(s -> join.fromVex(s, vex.source()));
        }
        return new SoupModel(sbom, register, components,
                register.entries().stream().filter(e -> e.runtime() != null).toList(), unused, join.vulnerabilities(),
                buildDate, reviewMaxAge, vex, join.unmatched());
    }

    /**
     * The register's component entries, ready to be asked which one covers a component: the same answer as
     * {@link SoupEntry#covers} and {@link SoupEntry#specificity} (the most specific entry; the first in the register
     * among equals), without compiling a pattern per component and entry.
     */
    private static final class EntryIndex {
        private final Map<String, SoupEntry> exact = new HashMap<>();
        private final List<Map.Entry<java.util.regex.Pattern, SoupEntry>> wildcards = new ArrayList<>();

        EntryIndex(List<SoupEntry> entries) {
            for (SoupEntry e : entries) {
                if (e.specificity() == Integer.MAX_VALUE) {
                    exact.putIfAbsent(e.component(), e);
                } else {
                    wildcards.add(Map.entry(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(e.component())
                            .replace("*", "\\E.*\\Q")), e));
                }
            }
        }

        SoupEntry coverOf(String coordinates) {
            SoupEntry found = exact.get(coordinates);
            if (found != null) {
                return found;
            }
            for (Map.Entry<java.util.regex.Pattern, SoupEntry> w : wildcards) {
                if (w.getKey().matcher(coordinates).matches()
                        && (found == null || w.getValue().specificity() > found.specificity())) {
                    found = w.getValue();
                }
            }
            return found;
        }
    }
}
