package io.factwire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Equipment named by a generic noun rather than a model: "drones", "a howitzer", "short-range ballistic
 * missiles", "armoured personnel carriers". A noun that needs a military word ("vehicles", "boats", "systems")
 * counts only with one before it. Runs after the named-equipment finder, so "Leopard 2 tanks" stays one fact.
 */
final class WeaponNounFinder implements FactFinder {
    private static final String RULE = "equipment.generic-noun";
    private final WeaponNouns nouns;

    WeaponNounFinder(WeaponNouns nouns) {
        this.nouns = nouns;
    }

    @Override
    public List<Fact> find(Document doc, Claims claimed) {
        List<Fact> found = new ArrayList<>();
        for (Span sentence : doc.sentences()) {
            List<Token> tokens = doc.tokensIn(sentence.start(), sentence.end());
            int previousFirst = -1;
            for (int k = 0; k < tokens.size(); k++) {
                WeaponNouns.Phrase phrase = nouns.phraseEndingAt(doc, tokens, k, sentence.start());
                if (phrase == null) {
                    continue;
                }
                int first = firstFree(tokens, phrase, claimed);
                if (first < 0) {
                    continue;
                }
                // "missile launchers": the noun used as a modifier gives way to the phrase it begins.
                if (previousFirst >= first) {
                    found.remove(found.size() - 1);
                }
                found.add(FactFinder.named(
                        doc,
                        FactType.EQUIPMENT,
                        tokens.get(first).start(),
                        tokens.get(k).end(),
                        nouns.name(tokens, first, k),
                        RULE));
                previousFirst = first;
            }
        }
        return found;
    }

    /** The first token of the phrase no earlier finder took; -1 when the head itself is taken. */
    private static int firstFree(List<Token> tokens, WeaponNouns.Phrase phrase, Claims claimed) {
        int end = tokens.get(phrase.headToken()).end();
        for (int i = phrase.firstToken(); i <= phrase.headToken(); i++) {
            if (!claimed.overlaps(tokens.get(i).start(), end)) {
                return i;
            }
        }
        return -1;
    }
}
