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
    private static final int TAIL_MARKER_WORDS = 4;
    private static final int LINKED_HEADLINE_WORDS = 16;
    private static final int TAIL_LINE_WORDS = 15;
    private static final int ARTICLE_PARAGRAPH_WORDS = 30;
    private static final Pattern LINK_LIST_START = Pattern.compile("(?i)list of \\d+ items");
    private static final Pattern LINK_LIST_END = Pattern.compile("(?i)end of list");
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
        boolean inLinkList = false;
        // The last paragraph that reads like article text, found once: every marker asks what follows it.
        int lastArticleParagraph = -1;
        for (int k = 0; k < paragraphs.size(); k++) {
            if (Words.count(paragraphs.get(k)) > ARTICLE_PARAGRAPH_WORDS) {
                lastArticleParagraph = k;
            }
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            String probe = paragraph.strip();
            // An inline list of links ("list of 3 items" … "end of list") is furniture from start to end.
            if (LINK_LIST_START.matcher(probe).matches()) {
                inLinkList = true;
            }
            if (inLinkList) {
                inLinkList = !LINK_LIST_END.matcher(probe).matches();
                continue;
            }
            // A bare marker ("Related", "Leave a Reply", "Comments (4)") in the second half starts the page's tail;
            // one with a link after it ("READ MORE: …") is a single line of furniture.
            boolean bareMarker = matchesAny(tailMarkers, probe) && Words.count(probe) <= TAIL_MARKER_WORDS;
            if (bareMarker && i >= paragraphs.size() / 2 && lastArticleParagraph <= i) {
                break;
            }
            if (bareMarker) {
                // "RELATED ARTICLE" mid-article: the headline links under it go with it.
                while (i + 1 < paragraphs.size() && looksLikeLinkedHeadline(paragraphs.get(i + 1).strip())) {
                    i++;
                }
                continue;
            }
            if (!matchesAny(anywhere, probe) && !matchesAny(tailMarkers, probe)) {
                kept.add(paragraph);
            }
        }
        dropTrailingFurniture(kept);
        return kept;
    }

    /**
     * The page's tail after the last paragraph of the article: short lines that are not sentences (author names,
     * tags, link lists, credits). A paragraph ending a sentence, or a quotation, ends the article.
     */
    private static void dropTrailingFurniture(List<String> kept) {
        while (kept.size() > 1) {
            String last = kept.get(kept.size() - 1).strip();
            boolean sentence = !last.isEmpty() && ".!?\"”’…".indexOf(last.charAt(last.length() - 1)) >= 0;
            if (sentence || Words.count(last) > TAIL_LINE_WORDS) {
                return;
            }
            kept.remove(kept.size() - 1);
        }
    }

    /** A headline in a list of links: short, and not a sentence. */
    private static boolean looksLikeLinkedHeadline(String text) {
        return !text.isEmpty() && Words.count(text) <= LINKED_HEADLINE_WORDS && ".!?:\"”".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    private static boolean matchesAny(Pattern pattern, String text) {
        return text.length() <= MAX_FURNITURE_CHARS && pattern.matcher(text).matches();
    }
}
