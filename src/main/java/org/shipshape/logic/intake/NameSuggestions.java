package org.shipshape.logic.intake;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the known names closest to a mistyped one (Damerau-Levenshtein distance, ignoring case). */
public final class NameSuggestions {
    private final List<String> names;

    public NameSuggestions(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** Up to {@code limit} known names, closest first. */
    public List<String> closestTo(String typed, int limit) {
        String wanted = typed.trim().toLowerCase(Locale.ROOT);
        record Scored(String name, int distance) {
        }
        return names.stream()
                .map(name -> new Scored(name, score(wanted, name.toLowerCase(Locale.ROOT))))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(limit)
                .map(Scored::name)
                .toList();
    }

    /**
     * How far a typed name is from a known one: the distance to the whole name, or to its beginning (plus one,
     * as people often type only the first words: "Kichenware" for "Kitchenware, stainless steel").
     */
    private static int score(String wanted, String name) {
        if (!wanted.isEmpty() && name.contains(wanted)) {
            return 1;
        }
        int best = distance(wanted, name);
        for (int length = Math.max(1, wanted.length() - 2); length <= Math.min(name.length() - 1,
                wanted.length() + 2); length++) {
            best = Math.min(best, distance(wanted, name.substring(0, length)) + 1);
        }
        return best;
    }

    /**
     * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbouring
     * letters each cost one ("Kichten" is two steps from "Kitchen").
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
