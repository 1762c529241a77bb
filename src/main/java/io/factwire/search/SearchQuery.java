package io.factwire.search;

import io.factwire.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a user types into an FTS5 query that cannot be malformed: words, {@code "exact phrases"} and
 * {@code prefix*} words, all of which must match. Every term is quoted for FTS5, so its operators and
 * punctuation are taken as text; a query FTS5 would reject never reaches it.
 */
final class SearchQuery {
    static final int MAX_LENGTH = 500;

    private SearchQuery() {
    }

    static String toFts(String q) {
        if (q == null || q.isBlank()) {
            throw new InvalidInputException("q", "Parameter 'q' is required: the words to search for.");
        }
        if (q.length() > MAX_LENGTH) {
            throw new InvalidInputException("q", "Parameter 'q' is longer than " + MAX_LENGTH + " characters.");
        }
        List<String> terms = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int close = q.indexOf('"', i + 1);
                if (close < 0) {
                    throw new InvalidInputException("q", "Parameter 'q' opens a phrase with \" and never closes it.");
                }
                addTerm(terms, q.substring(i + 1, close), false);
                i = close + 1;
            } else {
                int end = i;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') {
                    end++;
                }
                String word = q.substring(i, end);
                boolean prefix = word.endsWith("*");
                addTerm(terms, word.replaceAll("\\*+$", ""), prefix);
                i = end;
            }
        }
        if (terms.isEmpty()) {
            throw new InvalidInputException("q", "Parameter 'q' has no letters or digits to search for.");
        }
        return String.join(" AND ", terms);
    }

    /** Quotes the term for FTS5; one without a letter or digit would match nothing and is dropped. */
    private static void addTerm(List<String> terms, String text, boolean prefix) {
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return;
        }
        terms.add("\"" + text.replace("\"", "\"\"") + "\"" + (prefix ? "*" : ""));
    }
}
