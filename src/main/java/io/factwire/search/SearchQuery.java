package io.factwire.search;

import io.factwire.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a user types into an FTS5 query that cannot be malformed: words, {@code "exact phrases"} and
 * {@code prefix*} words, all of which must match; {@code OR} between two of them matches either, and a leading
 * {@code -} leaves out articles with that word or phrase. Every term is quoted for FTS5, so its operators and
 * punctuation are taken as text, and the operators are written by this class alone: a query FTS5 would reject
 * never reaches it.
 */
final class SearchQuery {
    static final int MAX_LENGTH = 500;

    private SearchQuery() {}

    /**
     * A term as typed ({@code text}, a word or the words of a phrase; {@code prefix} for {@code word*}) and quoted
     * for FTS5 ({@code fts}), left out when {@code negated}; {@code or} is the operator between two terms.
     */
    private record Token(String text, boolean prefix, String fts, boolean negated, boolean or) {}

    /** A term the query searches for (not one it leaves out), as typed: what a snippet marks. */
    record Term(String text, boolean prefix) {}

    /** The terms of {@code q} that a match can contain; {@code q} is one {@link #toFts} accepted. */
    static List<Term> searchedTerms(String q) {
        return tokens(q).stream()
                .filter(SearchQuery::isSearched)
                .map(token -> new Term(token.text(), token.prefix()))
                .toList();
    }

    static String toFts(String q) {
        if (q == null || q.isBlank()) {
            throw new InvalidInputException("q", "Parameter 'q' is required: the words to search for.");
        }
        if (q.length() > MAX_LENGTH) {
            throw new InvalidInputException("q", "Parameter 'q' is longer than " + MAX_LENGTH + " characters.");
        }
        List<Token> tokens = tokens(q);
        List<List<String>> groups = new ArrayList<>(); // terms of a group are ORed, groups ANDed
        List<String> excluded = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.or()) {
                continue;
            }
            if (token.negated()) {
                excluded.add(token.fts());
            } else if (i > 0 && tokens.get(i - 1).or() && !groups.isEmpty()) {
                groups.get(groups.size() - 1).add(token.fts());
            } else {
                groups.add(new ArrayList<>(List.of(token.fts())));
            }
        }
        if (groups.isEmpty()) {
            throw new InvalidInputException(
                    "q",
                    excluded.isEmpty()
                            ? "Parameter 'q' has no letters or digits to search for."
                            : "Parameter 'q' only leaves words out; give at least one word to search for.");
        }
        List<String> anded = groups.stream()
                .map(group -> group.size() == 1 ? group.get(0) : "(" + String.join(" OR ", group) + ")")
                .toList();
        StringBuilder fts =
                new StringBuilder("(").append(String.join(" AND ", anded)).append(")");
        excluded.forEach(term -> fts.append(" NOT ").append(term));
        return fts.toString();
    }

    /**
     * The terms of {@code q} in order, those without a letter or digit dropped; an {@code OR} counts as the
     * operator only between two terms that are searched for, and is dropped elsewhere.
     */
    private static List<Token> tokens(String q) {
        List<Token> raw = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = c == '-' && i + 1 < q.length() && !Character.isWhitespace(q.charAt(i + 1));
            if (negated) {
                i++;
                c = q.charAt(i);
            }
            if (c == '"') {
                int close = q.indexOf('"', i + 1);
                if (close < 0) {
                    throw new InvalidInputException("q", "Parameter 'q' opens a phrase with \" and never closes it.");
                }
                add(raw, q.substring(i + 1, close), false, negated);
                i = close + 1;
            } else {
                int end = i;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') {
                    end++;
                }
                String word = q.substring(i, end);
                if (word.equals("OR") && !negated) {
                    raw.add(new Token(null, false, null, false, true));
                } else {
                    add(raw, word.replaceAll("\\*+$", ""), word.endsWith("*"), negated);
                }
                i = end;
            }
        }
        List<Token> tokens = new ArrayList<>();
        for (int t = 0; t < raw.size(); t++) {
            boolean between = t > 0 && t + 1 < raw.size() && isSearched(raw.get(t - 1)) && isSearched(raw.get(t + 1));
            if (!raw.get(t).or() || between) {
                tokens.add(raw.get(t));
            }
        }
        return tokens;
    }

    private static boolean isSearched(Token token) {
        return !token.or() && !token.negated();
    }

    /** Quotes the term for FTS5; one without a letter or digit would match nothing and is dropped. */
    private static void add(List<Token> tokens, String text, boolean prefix, boolean negated) {
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return;
        }
        tokens.add(new Token(
                text, prefix, "\"" + text.replace("\"", "\"\"") + "\"" + (prefix ? "*" : ""), negated, false));
    }
}
