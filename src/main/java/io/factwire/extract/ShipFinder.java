package io.factwire.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ships by name and by class, as equipment: "HMS Invented" and later "the Invented"; "a Stormbird-class
 * frigate"; "two Type 45 destroyers". A name after a prefix that is also another acronym ("INS", "MV") counts
 * only in a sentence about vessels or weapons.
 */
final class ShipFinder implements FactFinder {
    private static final int MAX_NAME_WORDS = 4;
    private static final String CLASS_SUFFIX = "-class";
    private static final String NAMED = "equipment.ship-prefix";
    private static final String CLASS = "equipment.ship-class";
    private static final String LATER = "equipment.ship-later-mention";

    private final Map<String, Boolean> prefixes = new HashMap<>();
    private final Set<String> vesselWords;
    private final Set<String> notNameWords;
    private final WeaponNouns nouns;

    ShipFinder(Lexicon lexicon, WeaponNouns nouns) {
        for (String line : lexicon.lines("ship-prefixes")) {
            String[] columns = line.split("\t");
            prefixes.put(columns[0], columns.length > 1 && columns[1].strip().equals("distinct"));
        }
        vesselWords = lexicon.lowerSet("vessel-words");
        Set<String> stop = new HashSet<>(lexicon.set("common-capitalized"));
        stop.addAll(lexicon.set("not-name-words"));
        lexicon.lines("unit-words").forEach(w -> stop.add(capitalised(w)));
        lexicon.lines("org-words").forEach(w -> stop.add(capitalised(w)));
        notNameWords = Set.copyOf(stop);
        this.nouns = nouns;
    }

    @Override
    public List<Fact> find(Document doc, Claims claimed) {
        List<Fact> found = new ArrayList<>();
        Claims own = new Claims();
        Set<String> names = new LinkedHashSet<>();
        for (Span sentence : doc.sentences()) {
            List<Token> tokens = doc.tokensIn(sentence.start(), sentence.end());
            for (int k = 0; k < tokens.size(); k++) {
                int end = namedShipEnd(doc, tokens, k);
                String rule = NAMED;
                if (end < 0) {
                    end = classEnd(doc, tokens, k, sentence.start());
                    rule = CLASS;
                } else {
                    names.add(
                            doc.text(tokens.get(k + 1).start(), tokens.get(end).end()));
                }
                if (end < 0) {
                    continue;
                }
                int start = tokens.get(k).start();
                int stop = tokens.get(end).end();
                if (!claimed.overlaps(start, stop) && !own.overlaps(start, stop)) {
                    found.add(FactFinder.named(doc, FactType.EQUIPMENT, start, stop, doc.text(start, stop), rule));
                    own.add(start, stop);
                }
                k = end;
            }
        }
        found.addAll(laterMentions(doc, names, claimed, own));
        found.sort(Comparator.comparingInt(Fact::start));
        return found;
    }

    /** "HMS Invented Name": the index of the name's last token, or -1. */
    private int namedShipEnd(Document doc, List<Token> tokens, int k) {
        Boolean distinct = prefixes.get(tokens.get(k).text());
        if (distinct == null || k + 1 >= tokens.size()) {
            return -1;
        }
        int last = k;
        while (last + 1 < tokens.size()
                && last - k < MAX_NAME_WORDS
                && WeaponNouns.adjacent(doc.body(), tokens.get(last), tokens.get(last + 1))
                && isNameWord(tokens.get(last + 1).text())) {
            last++;
        }
        if (last == k || !distinct && !aboutVessels(tokens)) {
            return -1;
        }
        return last;
    }

    /**
     * "Stormbird-class frigate", "Kestrel II-class", "Type 45 destroyers": the index of the last token, or -1.
     * A class without a vessel noun after it still names equipment; a type number needs one.
     */
    private int classEnd(Document doc, List<Token> tokens, int k, int sentenceStart) {
        Token token = tokens.get(k);
        String body = doc.body();
        if (token.text().equals("Type")
                && k + 1 < tokens.size()
                && Character.isDigit(tokens.get(k + 1).text().charAt(0))
                && WeaponNouns.adjacent(body, token, tokens.get(k + 1))) {
            return weaponAfter(doc, tokens, k + 1, sentenceStart);
        }
        // The class word is the last of one to three capitalised words: start at the first of them.
        int classToken = k;
        while (classToken < tokens.size()
                && classToken - k < 3
                && !tokens.get(classToken).lower().endsWith(CLASS_SUFFIX)) {
            if (classToken + 1 >= tokens.size()
                    || !isNameWord(tokens.get(classToken).text())
                    || !WeaponNouns.adjacent(body, tokens.get(classToken), tokens.get(classToken + 1))) {
                return -1;
            }
            classToken++;
        }
        if (classToken >= tokens.size() || !tokens.get(classToken).lower().endsWith(CLASS_SUFFIX)) {
            return -1;
        }
        String stem = tokens.get(classToken).text();
        stem = stem.substring(0, stem.length() - CLASS_SUFFIX.length());
        if (stem.isEmpty() || !Character.isUpperCase(stem.charAt(0)) || notNameWords.contains(token.text())) {
            return -1;
        }
        int withNoun = weaponAfter(doc, tokens, classToken, sentenceStart);
        return withNoun < 0 ? classToken : withNoun;
    }

    /** The head of a weapon phrase right after token {@code k} ("… frigate", "… guided-missile destroyers"), or -1. */
    private int weaponAfter(Document doc, List<Token> tokens, int k, int sentenceStart) {
        int last = -1;
        for (int i = k + 1; i < tokens.size() && i - k <= 4; i++) {
            if (!WeaponNouns.adjacent(doc.body(), tokens.get(i - 1), tokens.get(i))) {
                break;
            }
            WeaponNouns.Phrase phrase = nouns.phraseEndingAt(doc, tokens, i, sentenceStart);
            if (phrase != null && phrase.firstToken() <= k + 1) {
                last = i;
            }
            if (!nouns.isModifier(tokens.get(i)) && nouns.head(tokens.get(i)) == null) {
                break;
            }
        }
        return last;
    }

    /** A ship named once with its prefix is the same ship when the name comes back alone. */
    private static List<Fact> laterMentions(Document doc, Set<String> names, Claims claimed, Claims own) {
        List<Fact> found = new ArrayList<>();
        String body = doc.body();
        for (String name : names) {
            for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length())) {
                int end = at + name.length();
                boolean wordBounded = (at == 0 || !Character.isLetterOrDigit(body.charAt(at - 1)))
                        && (end == body.length() || !Character.isLetterOrDigit(body.charAt(end)));
                if (wordBounded && !own.overlaps(at, end) && !claimed.overlaps(at, end)) {
                    found.add(FactFinder.named(doc, FactType.EQUIPMENT, at, end, name, LATER));
                    own.add(at, end);
                }
            }
        }
        return found;
    }

    private boolean aboutVessels(List<Token> sentence) {
        for (Token token : sentence) {
            if (vesselWords.contains(token.lower()) || nouns.head(token) != null) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word, a number ("5203") or an initial ("R."), not a word that names a body or a unit. */
    private boolean isNameWord(String word) {
        if (word.isEmpty()) {
            return false;
        }
        // The shape first: most words fail it, and it needs no look-up.
        char first = word.charAt(0);
        return (Character.isUpperCase(first) || Character.isDigit(first)) && !notNameWords.contains(word);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
