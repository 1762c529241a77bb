package io.factwire.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a capitalised run that the world gazetteer holds names a place where it stands. A name that is also a
 * common English word or a given name ("Mobile", "Nice", "Florence") needs a cue: a locative before it ("near
 * X", "the town of X"), a division or country after it ("X, Country"), an apposition ("X, a town in …"), a
 * dateline, or a large population ("X" of a million people or more, away from the start of a sentence). Other
 * names count as they are, unless they are small towns only, which need a cue as well.
 */
final class WorldPlaces {
    /** People at which an ambiguous name counts without a cue: news names such cities without saying what they are. */
    static final int LARGE = 1_000_000;
    /** Towns smaller than this share their names with too many surnames to count without a cue. */
    static final int SMALL_TOWN = 1_000;

    private final Set<String> commonWords;
    private final Set<String> givenNames;
    private final Set<String> commonCapitalized;
    private final Set<String> cues;
    private final Set<String> placeNouns;
    private final Set<String> monthNames;
    private final Set<String> numberWords;
    private final Set<String> troopNouns;
    private final Set<String> divisionWords;
    private final Gazetteer gazetteer;

    WorldPlaces(Lexicon lexicon, Gazetteer gazetteer, Set<String> monthNames) {
        this.commonWords = lexicon.lowerSet("common-words");
        this.givenNames = lexicon.lowerSet("given-names");
        this.commonCapitalized = lexicon.lowerSet("common-capitalized");
        this.cues = lexicon.lowerSet("place-cue-words");
        this.placeNouns = lexicon.lowerSet("place-suffixes");
        this.monthNames = monthNames;
        Set<String> numbers = new java.util.HashSet<>();
        for (String line : lexicon.lines("number-words")) {
            numbers.add(line.split(" ")[0].toLowerCase(Locale.ROOT));
        }
        this.numberWords = Set.copyOf(numbers);
        this.troopNouns = lexicon.lowerSet("troop-nouns");
        this.divisionWords = lexicon.set("division-words");
        this.gazetteer = gazetteer;
    }

    /** The gazetteer's entry for a name when it is a place, not only a demonym; else null. */
    WorldGazetteer.Entry entry(String name) {
        WorldGazetteer.Entry entry = WorldGazetteer.get().find(name);
        return entry == null || entry.kinds() == WorldGazetteer.DEMONYM ? null : entry;
    }

    /**
     * The entry for a run of words: the whole name's, or for "Orvena Province" (a division followed by a word of
     * its kind) the division's.
     */
    WorldGazetteer.Entry entry(List<Token> run, String name) {
        WorldGazetteer.Entry entry = entry(name);
        if (entry == null
                && run.size() >= 2
                && divisionWords.contains(run.get(run.size() - 1).text())) {
            WorldGazetteer.Entry bare = entry(NameRuns.joined(run.subList(0, run.size() - 1)));
            if (bare != null && (bare.is(WorldGazetteer.REGION) || bare.is(WorldGazetteer.DISTRICT))) {
                return bare;
            }
        }
        return entry;
    }

    /**
     * True when {@code run} (the words at {@code index} .. {@code after - 1} of {@code tokens}), whose gazetteer
     * entry is {@code entry}, names a place in its context. {@code dateline} tells whether the run opens the lead.
     */
    boolean isPlace(
            Document doc,
            List<Token> tokens,
            List<Token> run,
            WorldGazetteer.Entry entry,
            int index,
            int after,
            boolean dateline) {
        if (run.size() > 5
                || monthNames.contains(run.get(0).text())
                || run.stream().anyMatch(WorldPlaces::acronymLike)) {
            return false;
        }
        boolean cued = dateline || cueBefore(doc.body(), tokens, index) || placeAfter(doc.body(), tokens, after);
        if (cued) {
            return true;
        }
        if (ambiguous(run)) {
            return entry.population() >= LARGE && !opensSentence(doc, run.get(0).start());
        }
        boolean onlyTown = (entry.kinds() & ~(WorldGazetteer.TOWN | WorldGazetteer.DEMONYM)) == 0;
        return !onlyTown || entry.population() >= SMALL_TOWN;
    }

    /** A number right before the name ("12 X guns", "two X launchers"): things are counted, places are not. */
    boolean counted(List<Token> tokens, int index) {
        if (index <= 0) {
            return false;
        }
        Token before = tokens.get(index - 1);
        String word = before.lower();
        boolean number = numberWords.contains(word)
                || !word.isEmpty() && word.chars().allMatch(c -> Character.isDigit(c) || c == ',');
        return number && before.end() + 1 == tokens.get(index).start();
    }

    /** Fighters right after the name ("X militiamen", "X fighters"): the name is their group's. */
    boolean namesGroup(String body, List<Token> tokens, int after) {
        return after > 0
                && after < tokens.size()
                && !tokens.get(after).capitalized()
                && troopNouns.contains(tokens.get(after).lower())
                && tokens.get(after - 1).end() + 1 == tokens.get(after).start()
                && body.charAt(tokens.get(after - 1).end()) == ' ';
    }

    /** Whether the world gazetteer knows the word as a people's name ("Congolese"). */
    boolean demonym(String name) {
        WorldGazetteer.Entry entry = WorldGazetteer.get().find(name);
        return entry != null && entry.is(WorldGazetteer.DEMONYM);
    }

    /** Whether a lower-case word is a frequent English word. */
    boolean common(String lower) {
        return commonWords.contains(lower);
    }

    /** Every word of the name is a frequent English word, a given name or a word that opens sentences. */
    boolean ambiguous(List<Token> run) {
        for (Token t : run) {
            String lower = t.lower();
            if (!commonWords.contains(lower) && !givenNames.contains(lower) && !commonCapitalized.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /** "near X", "the town of X", "in X": a cue word or phrase right before the name. */
    boolean cueBefore(String body, List<Token> tokens, int index) {
        if (index <= 0
                || !body.substring(
                                tokens.get(index - 1).end(), tokens.get(index).start())
                        .equals(" ")) {
            return false;
        }
        StringBuilder lead = new StringBuilder();
        for (int k = index - 1; k >= 0 && k >= index - 3; k--) {
            if (k < index - 1
                    && !body.substring(tokens.get(k).end(), tokens.get(k + 1).start())
                            .equals(" ")) {
                break;
            }
            lead.insert(0, tokens.get(k).lower() + (lead.length() == 0 ? "" : " "));
            if (cues.contains(lead.toString())) {
                return true;
            }
        }
        return false;
    }

    /** "X, Country" or "X, a town in …": a known country or region, or a place noun, after a comma. */
    private boolean placeAfter(String body, List<Token> tokens, int after) {
        if (after >= tokens.size()
                || !body.substring(
                                tokens.get(after - 1).end(), tokens.get(after).start())
                        .equals(", ")) {
            return false;
        }
        Token next = tokens.get(after);
        if (next.lower().equals("a") || next.lower().equals("the")) {
            return after + 1 < tokens.size()
                    && placeNouns.contains(tokens.get(after + 1).lower());
        }
        if (!next.capitalized()) {
            return false;
        }
        StringBuilder words = new StringBuilder();
        for (int k = after; k < tokens.size() && k < after + 3 && tokens.get(k).capitalized(); k++) {
            if (k > after
                    && !body.substring(tokens.get(k - 1).end(), tokens.get(k).start())
                            .equals(" ")) {
                break;
            }
            words.append(words.length() == 0 ? "" : " ").append(tokens.get(k).text());
            String place = words.toString();
            WorldGazetteer.Entry e = WorldGazetteer.get().find(place);
            if ((gazetteer.isPlace(place) || e != null && (e.is(WorldGazetteer.COUNTRY) || e.is(WorldGazetteer.REGION)))
                    && !givenNames.contains(place.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "DoD", "MoD": two capitals in a row and a small letter are an acronym's, not a place name's. */
    private static boolean acronymLike(Token token) {
        String t = token.text();
        boolean capitals = false;
        boolean small = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            capitals |= i > 0 && Character.isUpperCase(c) && Character.isUpperCase(t.charAt(i - 1));
            small |= Character.isLowerCase(c);
        }
        return capitals && small;
    }

    private static boolean opensSentence(Document doc, int start) {
        int sentenceStart = doc.sentenceAt(start).start();
        return doc.body().substring(sentenceStart, start).chars().allMatch(c -> "\"“‘'([ ".indexOf(c) >= 0);
    }
}
