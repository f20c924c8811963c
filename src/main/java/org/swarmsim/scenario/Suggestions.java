package org.swarmsim.scenario;

import java.util.Collection;

/** "Did you mean ...?" for misspelt keys and names, by Levenshtein edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The closest candidate to {@code given}, or null when nothing is close: within a third of the
     * length (at least 2 edits), or when one is a prefix of the other.
     */
    public static String closest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String g = given.toLowerCase(java.util.Locale.ROOT);
        for (String c : candidates) {
            String lc = c.toLowerCase(java.util.Locale.ROOT);
            int d = distance(g, lc);
            if ((lc.startsWith(g) || g.startsWith(lc)) && Math.min(g.length(), lc.length()) >= 3) {
                d = Math.min(d, 1);
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int limit = Math.max(2, given.length() / 3);
        return bestDistance <= limit && bestDistance < given.length() ? best : null;
    }

    /** " (did you mean 'x'?)" or "" when nothing is close. */
    public static String didYouMean(String given, Collection<String> candidates) {
        String c = closest(given, candidates);
        return c == null ? "" : "; did you mean '" + c + "'?";
    }

    /** Levenshtein distance (insertions, deletions, substitutions). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
