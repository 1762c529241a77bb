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
    private final Pattern anywhere;
    private final Pattern tailMarkers;

    BoilerplateFilter(Lexicon lexicon) {
        List<String> anywhereLines = new ArrayList<>();
        List<String> tailLines = new ArrayList<>();
        for (String line : lexicon.lines("boilerplate")) {
            if (line.startsWith("tail:")) {
                tailLines.add("(?:" + line.substring(5) + ")");
            } else {
                anywhereLines.add("(?:" + line + ")");
            }
        }
        // One alternation per kind: a paragraph is matched once, not once per pattern.
        anywhere = Pattern.compile(String.join("|", anywhereLines), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        tailMarkers = Pattern.compile(String.join("|", tailLines), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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

    private static boolean matchesAny(Pattern pattern, String text) {
        return text.length() <= MAX_FURNITURE_CHARS && pattern.matcher(text).matches();
    }
}
