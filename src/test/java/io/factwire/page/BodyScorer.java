package io.factwire.page;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The body score of the public article-extraction benchmarks: the text is cut into {@code \w+} tokens, each
 * page's word 4-gram shingles (counted with multiplicity) are compared, true and false positives are
 * normalised per page so every page weighs the same; precision and recall are averaged over pages and F1 is
 * taken from the two means.
 */
final class BodyScorer {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    record PageScore(String name, double precision, double recall) {}

    record Total(double precision, double recall, double f1) {}

    private BodyScorer() {}

    static PageScore score(String name, String expected, String actual) {
        Map<String, Integer> want = shingles(expected);
        Map<String, Integer> got = shingles(actual);
        int tp = 0;
        int gotCount = 0;
        int wantCount = 0;
        for (Map.Entry<String, Integer> g : got.entrySet()) {
            tp += Math.min(g.getValue(), want.getOrDefault(g.getKey(), 0));
            gotCount += g.getValue();
        }
        for (int c : want.values()) {
            wantCount += c;
        }
        // an empty prediction of an empty page is right; an empty prediction of a real page finds nothing
        double precision = gotCount == 0 ? (wantCount == 0 ? 1 : 0) : (double) tp / gotCount;
        double recall = wantCount == 0 ? 1 : (double) tp / wantCount;
        return new PageScore(name, precision, recall);
    }

    static Total total(List<PageScore> pages) {
        double p = pages.stream().mapToDouble(PageScore::precision).average().orElse(0);
        double r = pages.stream().mapToDouble(PageScore::recall).average().orElse(0);
        return new Total(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = WORD.matcher(text.toLowerCase(Locale.ROOT))
                .results()
                .map(java.util.regex.MatchResult::group)
                .toList();
        Map<String, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < N) {
            out.merge(String.join(" ", tokens), 1, Integer::sum);
            return out;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return out;
    }
}
