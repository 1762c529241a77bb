package io.factwire.search;

import io.factwire.search.SearchPage.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds in a text the spans a query's terms match, as the search index sees words: runs of letters, digits and
 * private-use characters, lower-cased, without diacritics, reduced by {@link PorterStemmer}; a phrase matches
 * its words in a row, a prefix term the start of a word's stem. FTS5's {@code highlight()} gives the same spans
 * (HighlightParityTest compares them), but it reads each hit through the search index's content view and
 * tokenises it in SQLite: that was half a search page's CPU, and reading title and body costs little.
 */
final class MatchMarker {
    private final List<String[]> phrases = new ArrayList<>();
    private final List<Boolean> prefixes = new ArrayList<>();
    /** The first letter of every stem of the query (ASCII ones; a word starting with another is folded). */
    private final StringBuilder firstLetters = new StringBuilder();

    MatchMarker(List<SearchQuery.Term> terms) {
        for (SearchQuery.Term term : terms) {
            List<String> words = stems(term.text());
            words.forEach(stem -> firstLetters.append(stem.isEmpty() ? ' ' : stem.charAt(0)));
            if (!words.isEmpty()) {
                phrases.add(words.toArray(String[]::new));
                prefixes.add(term.prefix());
            }
        }
    }

    /** The stems the index makes of the words of {@code text}. */
    static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        Words words = new Words(text);
        while (words.next()) {
            stems.add(PorterStemmer.stem(words.folded()));
        }
        return stems;
    }

    /** The matched spans of {@code text} in order, overlapping ones merged into one. */
    List<Span> spans(String text) {
        List<int[]> words = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        Words scan = new Words(text);
        while (scan.next()) {
            words.add(new int[] {scan.start, scan.end});
            char first = Character.toLowerCase(text.charAt(scan.start));
            if (first < 0x80 && firstLetters.indexOf(String.valueOf(first)) < 0) {
                stems.add(null); // most words: no stem of the query starts with their letter
                continue;
            }
            String folded = scan.folded();
            stems.add(couldMatch(folded) ? PorterStemmer.stem(folded) : null);
        }
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int end = -1;
            for (int p = 0; p < phrases.size(); p++) {
                String[] phrase = phrases.get(p);
                if (matchesAt(stems, i, phrase, prefixes.get(p))) {
                    end = Math.max(end, words.get(i + phrase.length - 1)[1]);
                }
            }
            if (end < 0) {
                continue;
            }
            int start = words.get(i)[0];
            Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && start < last.end()) {
                spans.set(spans.size() - 1, new Span(last.start(), Math.max(last.end(), end)));
            } else {
                spans.add(new Span(start, end));
            }
        }
        return spans;
    }

    private static boolean matchesAt(List<String> stems, int at, String[] phrase, boolean prefix) {
        if (at + phrase.length > stems.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            String stem = stems.get(at + k);
            if (stem == null) {
                return false;
            }
            boolean last = k == phrase.length - 1;
            if (!(last && prefix ? stem.startsWith(phrase[k]) : stem.equals(phrase[k]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word could stem to one of the query's stems: a stem keeps all but at most the last two letters
     * of the word's start (a suffix rule may rewrite them), so a word that differs earlier is never stemmed.
     */
    private boolean couldMatch(String folded) {
        for (String[] phrase : phrases) {
            for (String stem : phrase) {
                int keep = Math.max(1, Math.min(stem.length() - 2, folded.length()));
                if (folded.regionMatches(0, stem, 0, Math.min(keep, stem.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of a text, one at a time, with their offsets and folded form. */
    private static final class Words {
        private final String text;
        private int start;
        private int end;

        Words(String text) {
            this.text = text;
        }

        boolean next() {
            int i = end;
            while (i < text.length() && !isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i >= text.length()) {
                return false;
            }
            start = i;
            while (i < text.length() && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            end = i;
            return true;
        }

        String folded() {
            StringBuilder out = new StringBuilder(end - start);
            for (int i = start; i < end; ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (c < 0x80) {
                    out.append((char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
                } else {
                    String lower = new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
                    for (char d :
                            Normalizer.normalize(lower, Normalizer.Form.NFD).toCharArray()) {
                        if (Character.getType(d) != Character.NON_SPACING_MARK) {
                            out.append(d);
                        }
                    }
                }
            }
            return out.toString();
        }

        /** Letters, numbers and private-use characters make words; everything else separates them. */
        private static boolean isWordChar(int c) {
            if (c < 0x80) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            }
            return switch (Character.getType(c)) {
                case Character.UPPERCASE_LETTER,
                        Character.LOWERCASE_LETTER,
                        Character.TITLECASE_LETTER,
                        Character.MODIFIER_LETTER,
                        Character.OTHER_LETTER,
                        Character.DECIMAL_DIGIT_NUMBER,
                        Character.LETTER_NUMBER,
                        Character.OTHER_NUMBER,
                        Character.PRIVATE_USE -> true;
                default -> false;
            };
        }
    }
}
