package io.github.iec62304.core.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The reported names closest to a name that matched nothing, for a "did you mean" in a message. */
final class NearestNames {

    private NearestNames() {
    }

    /**
     * @param wanted     the name that matched nothing
     * @param candidates the names there are, sorted (ties keep that order)
     * @param limit      at most this many
     * @return the candidates within an edit distance of a third of the wanted name's length (at least 3), nearest
     *         first; empty when none is that near
     */
    static List<String> of(String wanted, Collection<String> candidates, int limit) {
        String w = wanted.toLowerCase(Locale.ROOT);
        int max = Math.max(3, w.length() / 3);
        record Scored(String name, int distance) {
        }
        List<Scored> near = new ArrayList<>();
        for (String c : candidates) {
            if (Math.abs(c.length() - w.length()) > max) {
                continue;
            }
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d <= max) {
                near.add(new Scored(c, d));
            }
        }
        near.sort(Comparator.comparingInt(Scored::distance));
        return near.stream().limit(limit).map(Scored::name).toList();
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
