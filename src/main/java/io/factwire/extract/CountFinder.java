package io.factwire.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Head counts: troops (deployed, sent, stationed) and casualties (killed, wounded, missing, captured), each
 * with its quantity: a value or a range, approximate when hedged ("roughly", "at least", "more than"). Numbers
 * of money, percentages, vehicles or time are neither.
 */
final class CountFinder implements FactFinder {
    private static final int CUE_WINDOW_BEFORE = 7;
    private static final int CUE_WINDOW_AFTER = 9;
    private static final int CLOSE_CUE = 3;
    private static final int BARE_CUE_BEFORE = 6;
    private static final int BARE_CUE_AFTER = 4;
    private static final Pattern RANGE_JOIN = Pattern.compile("\\G\\s*(?:-|–|—|to|and)\\s*");
    private static final Set<String> NUMBER_WORDS_THAT_MISLEAD = Set.of("one", "a", "an");
    private final NumberParser numbers;
    private final Map<String, String> hedges = new LinkedHashMap<>();
    private final Set<String> casualtyCues;
    private final Set<String> troopCues;
    private final Set<String> personNouns;
    private final Set<String> troopNouns;
    private final Set<String> nonCountUnits;

    CountFinder(Lexicon lexicon, NumberParser numbers) {
        this.numbers = numbers;
        lexicon.lines("hedges").stream()
                .sorted((a, b) -> b.length() - a.length())
                .forEach(line -> {
                    int split = line.lastIndexOf(' ');
                    hedges.put(line.substring(0, split), line.substring(split + 1));
                });
        casualtyCues = lexicon.lowerSet("casualty-cues");
        troopCues = lexicon.lowerSet("troop-cues");
        personNouns = lexicon.lowerSet("person-nouns");
        troopNouns = lexicon.lowerSet("troop-nouns");
        nonCountUnits = lexicon.lowerSet("non-count-units");
    }

    @Override
    public List<Fact> find(Document doc, Claims claimed) {
        String body = doc.body();
        List<Fact> counts = new ArrayList<>();
        // Troop nouns counted once over all words: whether a sentence names troops is then two look-ups.
        int[] troopNounsBefore = new int[doc.tokens().size() + 1];
        for (int i = 0; i < doc.tokens().size(); i++) {
            troopNounsBefore[i + 1] = troopNounsBefore[i]
                    + (troopNouns.contains(doc.tokens().get(i).lower()) ? 1 : 0);
        }
        for (Block block : doc.blocks()) {
            if (block.heading()) {
                continue;
            }
            List<Token> tokens = doc.tokensIn(block.start(), block.end());
            int consumed = block.start();
            for (int i = 0; i < tokens.size(); i++) {
                doc.budget().check();
                Token token = tokens.get(i);
                if (token.start() < consumed || claimed.overlaps(token.start(), token.end())) {
                    continue;
                }
                NumberParser.Parsed first = numbers.parse(body, token.start(), block.end());
                if (first == null
                        || NUMBER_WORDS_THAT_MISLEAD.contains(token.lower())
                                && !body.startsWith("dozen", first.end() - 5)) {
                    continue;
                }
                if (isPartOfLargerNumberOrWord(body, first) || isDecimal(body, first)) {
                    continue;
                }
                Fact fact = count(doc, tokens, first, block, claimed, troopNounsBefore);
                if (fact != null) {
                    counts.add(fact);
                    consumed = fact.end();
                } else {
                    consumed = first.end();
                }
            }
        }
        return counts;
    }

    /** "6.4" is a magnitude or a rate, not a head count; "1.5 million" is. */
    private static boolean isDecimal(String body, NumberParser.Parsed n) {
        int dot = body.indexOf('.', n.start());
        return dot > n.start()
                && dot < n.end() - 1
                && asciiDigits(body, n.start(), dot)
                && asciiDigits(body, dot + 1, n.end());
    }

    private static boolean asciiDigits(String body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body.charAt(i) < '0' || body.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPartOfLargerNumberOrWord(String body, NumberParser.Parsed n) {
        boolean before = n.start() > 0
                && (Character.isLetterOrDigit(body.charAt(n.start() - 1))
                        || body.charAt(n.start() - 1) == '$'
                        || body.charAt(n.start() - 1) == '€'
                        || body.charAt(n.start() - 1) == '£');
        boolean after = n.end() < body.length()
                && (Character.isLetterOrDigit(body.charAt(n.end()))
                        || body.charAt(n.end()) == '%'
                        // "a 31-year-old nurse", "a 90-day tour": a number joined to a word is an adjective.
                        || body.charAt(n.end()) == '-'
                                && n.end() + 1 < body.length()
                                && Character.isLetter(body.charAt(n.end() + 1)));
        return before || after;
    }

    private Fact count(
            Document doc,
            List<Token> tokens,
            NumberParser.Parsed first,
            Block block,
            Claims claimed,
            int[] troopNounsBefore) {
        String body = doc.body();
        Span sentence = doc.sentenceAt(first.start());
        int start = first.start();
        int end = first.end();
        Long value = first.value();
        Long min = null;
        Long max = null;

        Matcher join = RANGE_JOIN.matcher(body).region(end, block.end());
        if (join.lookingAt()) {
            NumberParser.Parsed second = numbers.parse(body, join.end(), block.end());
            String joiner = join.group().strip();
            String before =
                    body.substring(Math.max(block.start(), start - 9), start).toLowerCase(Locale.ROOT);
            boolean rangeWord = joiner.equals("-")
                    || joiner.equals("–")
                    || joiner.equals("—")
                    || (joiner.equals("and") && before.endsWith("between "))
                    || (joiner.equals("to") && before.endsWith("from "));
            if (second != null && rangeWord && second.value() > first.value()) {
                min = first.value();
                max = second.value();
                value = null;
                end = second.end();
                if (before.endsWith("between ") || before.endsWith("from ")) {
                    start -= before.endsWith("between ") ? "between ".length() : "from ".length();
                }
            }
        }

        String qualifier = null;
        String lead =
                body.substring(Math.max(sentence.start(), start - 20), start).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> hedge : hedges.entrySet()) {
            if (lead.endsWith(hedge.getKey() + " ")) {
                qualifier = hedge.getValue();
                start -= hedge.getKey().length() + 1;
                break;
            }
        }

        int numberEnd = end;
        int firstAfter = indexAtOrAfter(tokens, numberEnd);
        String noun = null;
        for (int k = firstAfter; k < tokens.size() && k < firstAfter + 5; k++) {
            Token t = tokens.get(k);
            String gap = body.substring(
                    k == firstAfter ? numberEnd : tokens.get(k - 1).end(), t.start());
            if (!gap.isBlank() && !gap.equals(" of ") || (k > firstAfter && !gap.equals(" "))) {
                break;
            }
            String lower = t.lower();
            String pair =
                    k + 1 < tokens.size() ? lower + " " + tokens.get(k + 1).lower() : lower;
            if (nonCountUnits.contains(lower) || nonCountUnits.contains(pair) || lower.startsWith("%")) {
                return null;
            }
            if (personNouns.contains(pair) && k + 1 < tokens.size()) {
                noun = pair;
                end = tokens.get(k + 1).end();
                break;
            }
            if (personNouns.contains(lower)) {
                noun = lower;
                end = t.end();
                break;
            }
            if (casualtyCues.contains(lower) || troopCues.contains(lower)) {
                break;
            }
        }
        if (claimed.overlaps(start, numberEnd)) {
            return null;
        }

        FactType type = classify(doc, tokens, first.start(), numberEnd, noun, sentence, troopNounsBefore);
        if (type == null) {
            return null;
        }
        boolean approximate = qualifier != null;
        Quantity quantity = min != null
                ? Quantity.range(min, max, approximate)
                : new Quantity(value, null, null, approximate, qualifier);
        return new Fact(
                type,
                body.substring(start, end),
                start,
                end,
                quantity,
                null,
                null,
                doc.sectionAt(start),
                min != null
                        ? "count.range"
                        : approximate
                                ? "count.hedged-number"
                                : noun != null ? "count.number-noun" : "count.number-in-context");
    }

    /**
     * Casualty words near the number win; a count of troops ("up to 12,000 troops") or a bare number needs them
     * close by ("40,000 troops were killed", "killed 20"). Otherwise troop nouns or deployment words make a troop
     * count, and anything else is no head count.
     */
    private FactType classify(
            Document doc,
            List<Token> tokens,
            int numberStart,
            int numberEnd,
            String noun,
            Span sentence,
            int[] troopNounsBefore) {
        int at = indexAtOrAfter(tokens, numberStart);
        int after = indexAtOrAfter(tokens, numberEnd);
        boolean troopNoun = noun != null && troopNouns.contains(noun);
        int nounEnd = after + (noun == null ? 0 : noun.split(" ").length + 2);
        boolean casualty = false;
        boolean troop = troopNoun;
        // A cue belongs to the nearest number: "of the two dozen men, nine were killed" counts the nine as killed.
        int from = at;
        while (from > 0 && from > at - CUE_WINDOW_BEFORE && !isNumberWord(tokens.get(from - 1))) {
            from--;
        }
        int to = after;
        while (to < tokens.size() && to < after + CUE_WINDOW_AFTER && !isNumberWord(tokens.get(to))) {
            to++;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!sentence.contains(t.start()) || (k >= at && k < after)) {
                continue;
            }
            String lower = t.lower();
            boolean cue = casualtyCues.contains(lower) || lower.startsWith("casualt");
            boolean close = k >= at - CLOSE_CUE && k <= nounEnd + CLOSE_CUE;
            casualty |= cue && (noun != null && !troopNoun || close);
            troop |= noun != null && troopCues.contains(lower);
        }
        if (casualty) {
            return FactType.CASUALTY_COUNT;
        }
        if (noun == null) {
            // "More than 12,000 have served there", "the toll rose to 26": a bare number next to the verb.
            casualty = cueNear(tokens, at, after, casualtyCues, BARE_CUE_BEFORE, BARE_CUE_AFTER);
            troop = cueNear(tokens, at, after, troopCues, BARE_CUE_BEFORE, BARE_CUE_AFTER)
                    && mentionsTroops(doc, sentence, troopNounsBefore);
            return casualty ? FactType.CASUALTY_COUNT : troop ? FactType.TROOP_COUNT : null;
        }
        return troop ? FactType.TROOP_COUNT : null;
    }

    private boolean cueNear(List<Token> tokens, int at, int after, Set<String> cues, int before, int afterWindow) {
        for (int k = Math.max(0, at - before); k < Math.min(tokens.size(), after + afterWindow); k++) {
            if ((k < at || k >= after) && cues.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsTroops(Document doc, Span sentence, int[] troopNounsBefore) {
        int from = Spans.firstStartingAtOrAfter(doc.tokens(), sentence.start());
        int to = Spans.firstStartingAtOrAfter(doc.tokens(), sentence.end());
        return troopNounsBefore[to] > troopNounsBefore[from];
    }

    private boolean isNumberWord(Token t) {
        return Character.isDigit(t.text().charAt(0))
                || (numbers.wordValue(t.lower()) != null
                        && !t.lower().equals("a")
                        && !t.lower().equals("an")
                        && !t.lower().equals("one"));
    }

    private static int indexAtOrAfter(List<Token> tokens, int offset) {
        return Spans.firstStartingAtOrAfter(tokens, offset);
    }
}
