package io.factwire.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The vocabulary of generic weapon nouns ({@code lexicon/weapon-heads}) and the military words that qualify
 * them ({@code lexicon/weapon-modifiers}), and how to read a phrase of them ending at a token: "three
 * short-range ballistic missiles" ends in "short-range ballistic missiles".
 */
final class WeaponNouns {
    private static final int MAX_MODIFIERS = 4;

    /** A head noun's singular form, and whether it is a weapon without a military word before it. */
    record Head(String singular, boolean alone) {}

    /** A phrase of modifiers and a head noun: the indices of its first token and of its head. */
    record Phrase(int firstToken, int headToken) {}

    private final Map<String, Head> heads = new HashMap<>();
    private final Set<String> modifiers;
    private final Set<String> blockers;

    WeaponNouns(Lexicon lexicon) {
        for (String line : lexicon.lines("weapon-heads")) {
            String[] columns = line.split("\t");
            String[] forms = columns[0].split("\\|");
            String singular = forms[0];
            String plural = forms.length > 1 ? forms[1] : plural(singular);
            Head head =
                    new Head(singular, columns.length > 1 && columns[1].strip().equals("alone"));
            heads.put(singular, head);
            heads.put(plural, head);
        }
        modifiers = lexicon.lowerSet("weapon-modifiers");
        blockers = lexicon.lowerSet("weapon-head-blockers");
    }

    Head head(Token token) {
        return heads.get(token.lower());
    }

    boolean isModifier(Token token) {
        return modifiers.contains(token.lower());
    }

    /**
     * The weapon phrase whose head is {@code tokens.get(k)}, or null: the head needs a military word before it
     * unless it is a weapon alone, and a word that gives the noun another sense ("think tank") rules it out.
     */
    Phrase phraseEndingAt(Document doc, List<Token> tokens, int k, int sentenceStart) {
        Token last = tokens.get(k);
        Head head = head(last);
        if (head == null || !plainWord(last, sentenceStart)) {
            return null;
        }
        String body = doc.body();
        int first = k;
        while (first > 0 && k - first < MAX_MODIFIERS) {
            Token before = tokens.get(first - 1);
            if (!adjacent(body, before, tokens.get(first))) {
                break;
            }
            if (blockers.contains(before.lower())) {
                return null;
            }
            if (!isModifier(before) || !plainWord(before, sentenceStart)) {
                break;
            }
            first--;
        }
        if (first == k && !head.alone()) {
            return null;
        }
        return new Phrase(first, k);
    }

    /** "short-range ballistic missiles" → "short-range ballistic missile"; "IEDs" → "IED". */
    String name(List<Token> tokens, int first, int headToken) {
        StringBuilder name = new StringBuilder();
        for (int i = first; i < headToken; i++) {
            name.append(tokens.get(i).lower()).append(' ');
        }
        Token last = tokens.get(headToken);
        String singular = heads.get(last.lower()).singular();
        return name.append(isAcronym(last.text()) ? singular.toUpperCase(Locale.ROOT) : singular)
                .toString();
    }

    /** Only a space between two tokens: a phrase does not run over punctuation. */
    static boolean adjacent(String body, Token left, Token right) {
        if (right.start() <= left.end()) {
            return false;
        }
        for (int i = left.end(); i < right.start(); i++) {
            if (body.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Lower case, an acronym ("IEDs", "FPV"), or capitalised only because it opens the sentence. */
    private static boolean plainWord(Token token, int sentenceStart) {
        String text = token.text();
        return text.equals(token.lower()) || isAcronym(text) || token.start() == sentenceStart;
    }

    private static boolean isAcronym(String text) {
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!(c == 's' && i == text.length() - 1)) {
                return false;
            }
        }
        return upper >= 2;
    }

    private static String plural(String singular) {
        if (singular.endsWith("s") || singular.endsWith("x") || singular.endsWith("ch") || singular.endsWith("sh")) {
            return singular + "es";
        }
        if (singular.endsWith("y")
                && singular.length() > 1
                && "aeiou".indexOf(singular.charAt(singular.length() - 2)) < 0) {
            return singular.substring(0, singular.length() - 1) + "ies";
        }
        return singular + "s";
    }
}
