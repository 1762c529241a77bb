package io.factwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Maximal runs of capitalised words, the candidates for names: joined by single spaces, hyphens, a title's full
 * stop ("Gen. Ivan Petrov") or name connectors ("of", "of the", "de", "von"); split at a possessive unless an
 * organisation or formation word follows ("Velmar People’s Army"); without sentence-start words in front.
 */
final class NameRuns {
    private static final Set<String> QUANTIFIERS =
            Set.of("most", "some", "all", "many", "much", "each", "none", "both");
    private final Gazetteer gazetteer;
    private final Set<String> orgWords;
    private final Set<String> unitWords;
    private final Set<String> titles;
    private final Set<String> commonCapitalized;
    private final Set<String> connectors;
    /** The first word of each connector. */
    private final Set<String> connectorFirstWords;

    private final Set<String> placePrefixes;
    private final Predicate<String> commonWord;

    NameRuns(Lexicon lexicon, Gazetteer gazetteer, Predicate<String> commonWord) {
        this.commonWord = commonWord;
        this.placePrefixes = lexicon.set("place-prefixes");
        this.gazetteer = gazetteer;
        this.orgWords = lexicon.set("org-words");
        this.unitWords = lexicon.set("unit-words");
        this.titles = lexicon.lowerSet("person-titles");
        this.commonCapitalized = lexicon.set("common-capitalized");
        this.connectors = lexicon.lowerSet("name-connectors");
        Set<String> firstWords = new java.util.HashSet<>();
        connectors.forEach(c -> firstWords.add(c.split(" ")[0]));
        this.connectorFirstWords = Set.copyOf(firstWords);
    }

    /** Maximal runs of capitalised words, joined by single spaces or name connectors ("of", "de", "von"). */
    List<List<Token>> in(String body, List<Token> tokens, ExtractionBudget budget) {
        List<List<Token>> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            budget.check();
            Token token = tokens.get(i);
            if (!token.capitalized()) {
                i++;
                continue;
            }
            List<Token> run = new ArrayList<>(List.of(token));
            int j = i + 1;
            while (j < tokens.size()) {
                budget.check();
                Token last = run.get(run.size() - 1);
                Token next = tokens.get(j);
                if (isPossessive(last) && !continuesAfterPossessive(last, next)
                        || last.text().endsWith("-based")) {
                    break; // "a Velmar-based Tarn Institute": the place and the institute are two names
                }
                if (next.capitalized()
                        && (gapIs(body, last, next, " ")
                                || gapIs(body, last, next, "-")
                                || (gapIs(body, last, next, ". ") && isTitle(last)))) {
                    run.add(next);
                    j++;
                    continue;
                }
                int afterConnector = connectorEnd(body, tokens, j, last);
                if (afterConnector > j) {
                    run.addAll(tokens.subList(j, afterConnector + 1));
                    j = afterConnector + 1;
                    continue;
                }
                int conjunct = conjunctEnd(body, tokens, j, run);
                if (conjunct > j) {
                    run.addAll(tokens.subList(j, conjunct + 1));
                    j = conjunct + 1;
                    continue;
                }
                break;
            }
            runs.add(trimRun(withoutOpeningNounOf(body, tokens, i, run)));
            i = j;
        }
        runs.removeIf(List::isEmpty);
        return runs;
    }

    /** Index of the capitalised word after a connector ("of", "of the") at {@code j}, or -1. */
    private int connectorEnd(String body, List<Token> tokens, int j, Token last) {
        if (!gapIs(body, last, tokens.get(j), " ")
                || !connectorFirstWords.contains(tokens.get(j).lower())) {
            // No connector opens with the word: the words joined below could be none of them.
            return -1;
        }
        int k = j;
        StringBuilder words = new StringBuilder();
        while (k < tokens.size() && k - j < 2 && !tokens.get(k).capitalized()) {
            words.append(words.length() == 0 ? "" : " ").append(tokens.get(k).lower());
            k++;
        }
        if (k == j
                || k >= tokens.size()
                || !connectors.contains(words.toString())
                || !tokens.get(k).capitalized()) {
            return -1;
        }
        return gapIs(body, tokens.get(k - 1), tokens.get(k), " ") ? k : -1;
    }

    /** Whether the text between two words is {@code gap}, read in place. */
    private static boolean gapIs(String body, Token before, Token after, String gap) {
        return after.start() - before.end() == gap.length() && body.startsWith(gap, before.end());
    }

    /**
     * An organisation's name that goes on over "and" or a list: "the Ministry of Trade, Mines and Energy" and "the
     * Institute of Science and Technology" (an organisation word and "of" or "for" before); "the Osk Weavers and
     * Dyers Cooperative" (an organisation word closing the words after "and"). Returns the index of the last word
     * taken in (the loop then goes on over the following capitalised words), or -1. A title, a known place or a
     * possessive after "and" ends the name ("the Ministry of Defence and Interior Minister …").
     */
    private int conjunctEnd(String body, List<Token> tokens, int j, List<Token> run) {
        Token last = run.get(run.size() - 1);
        if (j >= tokens.size()) {
            return -1;
        }
        String gap = body.substring(last.end(), tokens.get(j).start());
        boolean headed = false;
        for (int k = 0; k + 1 < run.size() && !headed; k++) {
            headed = orgWords.contains(run.get(k).text())
                    && (run.get(k + 1).text().equals("of")
                            || run.get(k + 1).text().equals("for"));
        }
        if (headed && gap.equals(", ") && tokens.get(j).capitalized()) {
            // "…, Mines and Energy": capitalised items between commas, closed by "and" and a capitalised item
            int k = j;
            for (int items = 0; items < 4 && k < tokens.size(); items++) {
                while (k + 1 < tokens.size()
                        && tokens.get(k + 1).capitalized()
                        && body.substring(tokens.get(k).end(), tokens.get(k + 1).start())
                                .equals(" ")) {
                    k++;
                }
                if (!conjunctItem(tokens, j, k)) {
                    return -1;
                }
                if (k + 1 >= tokens.size()) {
                    return -1;
                }
                String sep =
                        body.substring(tokens.get(k).end(), tokens.get(k + 1).start());
                if (sep.equals(" ") && tokens.get(k + 1).text().equals("and")) {
                    int after = andItem(body, tokens, k + 1);
                    return after > 0 ? after : -1;
                }
                if (!sep.equals(", ") || !tokens.get(k + 1).capitalized()) {
                    return -1;
                }
                k++;
            }
            return -1;
        }
        if (!gap.equals(" ") || !tokens.get(j).text().equals("and")) {
            return -1;
        }
        if (headed) {
            return andItem(body, tokens, j);
        }
        // "the Osk Weavers and Dyers Cooperative": no organisation word before "and", one closing the words after
        if (run.size() < 2
                || run.stream().anyMatch(t -> orgWords.contains(t.text()) || !t.capitalized())
                || titles.contains(run.get(0).lower())
                || gazetteer.isPlace(joined(run))) {
            return -1;
        }
        int first = andItem(body, tokens, j);
        if (first < 0) {
            return -1;
        }
        int k = first;
        while (k + 1 < tokens.size()
                && k - first < 3
                && tokens.get(k + 1).capitalized()
                && body.substring(tokens.get(k).end(), tokens.get(k + 1).start())
                        .equals(" ")
                && !orgWords.contains(tokens.get(k).text())) {
            k++;
        }
        return orgWords.contains(tokens.get(k).text()) && k > first && conjunctItem(tokens, first, k) ? k : -1;
    }

    /** The capitalised word right after "and" at {@code and}, when it may go on a name; else -1. */
    private int andItem(String body, List<Token> tokens, int and) {
        int k = and + 1;
        if (k >= tokens.size()
                || !tokens.get(k).capitalized()
                || !body.substring(tokens.get(and).end(), tokens.get(k).start()).equals(" ")
                || !conjunctItem(tokens, k, k)
                || gazetteer.isPlace(tokens.get(k).text())) {
            return -1;
        }
        return k;
    }

    /** Words that may stand in an organisation's list of subjects: no title, no possessive, no acronym. */
    private boolean conjunctItem(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            if (titles.contains(t.lower()) || isPossessive(t) || t.allCaps() || commonCapitalized.contains(t.text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPossessive(Token token) {
        String t = token.text();
        return t.endsWith("’s") || t.endsWith("'s") || t.endsWith("’") || t.endsWith("'");
    }

    /** "Velmar People’s Army", "Farmers’ Party" go on; "Tarnland’s Osk" and "Molen’s Office" stop. */
    private boolean continuesAfterPossessive(Token last, Token next) {
        String bare = Words.stripPossessive(last.text());
        return !gazetteer.isPlace(bare) && (orgWords.contains(next.text()) || unitWords.contains(next.text()));
    }

    /**
     * "Residents of Velmar and Osk", "Most of Tarn": a plural noun or a quantifier that opens the sentence, then
     * "of", is no part of the name after it ("Ministry of Defence" and "Gulf of Osk" keep theirs).
     */
    private List<Token> withoutOpeningNounOf(String body, List<Token> tokens, int i, List<Token> run) {
        if (run.size() < 3 || !run.get(1).text().equals("of") || !run.get(2).capitalized()) {
            return run;
        }
        Token first = run.get(0);
        String lower = first.lower();
        boolean opensSentence = i == 0
                || body.substring(tokens.get(i - 1).end(), first.start())
                        .chars()
                        .anyMatch(ch -> ".!?:".indexOf(ch) >= 0);
        if (opensSentence
                && commonWord.test(lower)
                && (lower.endsWith("s") && !lower.endsWith("ss") || QUANTIFIERS.contains(lower))
                && !orgWords.contains(first.text())
                && !unitWords.contains(first.text())
                && !placePrefixes.contains(first.text())
                && !titles.contains(lower)) {
            return run.subList(2, run.size());
        }
        return run;
    }

    private boolean isTitle(Token token) {
        return titles.contains(token.lower());
    }

    /** Drops sentence-start words ("During", "The") from the front of a run, and a possessive from its end. */
    private List<Token> trimRun(List<Token> run) {
        int from = 0;
        // The joined length is kept as words drop off, so a run longer than any place is never joined.
        int joinedLength = run.size() - 1;
        for (Token t : run) {
            joinedLength += t.text().length();
        }
        while (from < run.size()
                && commonCapitalized.contains(run.get(from).text())
                && (joinedLength > gazetteer.longestPlace()
                        || !gazetteer.isPlace(joined(run.subList(from, run.size()))))) {
            joinedLength -= run.get(from).text().length() + 1;
            from++;
        }
        List<Token> trimmed = new ArrayList<>(run.subList(from, run.size()));
        while (!trimmed.isEmpty() && !trimmed.get(trimmed.size() - 1).capitalized()) {
            trimmed.remove(trimmed.size() - 1);
        }
        if (!trimmed.isEmpty()) {
            Token last = trimmed.get(trimmed.size() - 1);
            if (isPossessive(last)) {
                String bare = Words.stripPossessive(last.text());
                trimmed.set(trimmed.size() - 1, new Token(bare, last.start(), last.start() + bare.length()));
            }
        }
        return trimmed;
    }

    static String joined(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
