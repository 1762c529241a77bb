package io.factwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops site furniture (comment forms, share prompts, related-link lists, newsletter prompts, copyright and
 * credit lines) from an article's paragraphs, by the general patterns in {@code lexicon/boilerplate.txt}.
 */
final class BoilerplateFilter {
    /** Site furniture is a line or two; longer paragraphs are article text and are not matched at all. */
    private static final int MAX_FURNITURE_CHARS = 200;
    private final List<Pattern> anywhere = new ArrayList<>();
    private final List<Pattern> tailMarkers = new ArrayList<>();

    BoilerplateFilter(Lexicon lexicon) {
        for (String line : lexicon.lines("boilerplate")) {
            boolean tail = line.startsWith("tail:");
            Pattern pattern = Pattern.compile(tail ? line.substring(5) : line,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            (tail ? tailMarkers : anywhere).add(pattern);
        }
    }

    /** The paragraphs that belong to the article, in order. */
    List<String> keepArticle(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            String probe = paragraph.strip();
            if (matchesAny(tailMarkers, probe) && i >= paragraphs.size() / 2 && probe.length() < 200) {
                break;
            }
            if (!matchesAny(anywhere, probe) && !matchesAny(tailMarkers, probe)) {
                kept.add(paragraph);
            }
        }
        return kept;
    }

    private static boolean matchesAny(List<Pattern> patterns, String text) {
        if (text.length() > MAX_FURNITURE_CHARS) {
            return false;
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }
}
