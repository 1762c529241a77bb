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
    /** How far before its linking verb a total may be named ("the death toll in the province since June rose to"). */
    private static final int TOTAL_WINDOW = 16;

    private static final int ASIDE_WORDS = 6;
    /** Words between "a" and the person it counts ("a 12-year-old girl", "a volunteer firefighter"). */
    private static final int SINGLE_MODIFIERS = 2;
    /** How far before its verb a force may be named ("the Defence Forces would grow to"). */
    private static final int FORCE_WINDOW = 3;

    private static final Pattern RANGE_JOIN = Pattern.compile("\\G\\s*(?:-|–|—|to|and)\\s*");
    private static final Set<String> NUMBER_WORDS_THAT_MISLEAD = Set.of("one", "a", "an");
    private final NumberParser numbers;
    private final Map<String, String> hedges = new LinkedHashMap<>();
    private final Set<String> casualtyCues;
    private final Set<String> troopCues;
    private final Set<String> personNouns;
    private final Set<String> troopNouns;
    private final Set<String> nonCountUnits;
    private final Set<String> notCasualtyCues;
    private final Set<String> civilianNouns;
    private final Set<String> phraseEnds;
    private final Set<String> singularPersons;
    private final List<String> partCues;
    private final List<String> linkVerbs;
    /** The link verbs split into words once, longest first. */
    private final List<String[]> linkVerbWords;

    private final Map<String, String> totals = new LinkedHashMap<>();

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
        notCasualtyCues = lexicon.lowerSet("not-casualty-cues");
        civilianNouns = lexicon.lowerSet("civilian-nouns");
        phraseEnds = lexicon.lowerSet("count-phrase-ends");
        singularPersons = lexicon.lowerSet("person-nouns-singular");
        partCues = List.copyOf(lexicon.lowerSet("count-part-cues"));
        linkVerbs = lexicon.lines("count-link-verbs").stream()
                .map(l -> l.toLowerCase(Locale.ROOT))
                .sorted((a, b) -> b.length() - a.length())
                .toList();
        linkVerbWords = linkVerbs.stream().map(v -> v.split(" ")).toList();
        for (String line : lexicon.lines("count-totals")) {
            String[] parts = line.split(" ");
            totals.put(parts[0].toLowerCase(Locale.ROOT), parts[1]);
        }
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
            Fact previous = null;
            for (int i = 0; i < tokens.size(); i++) {
                doc.budget().check();
                Token token = tokens.get(i);
                if (token.start() < consumed || claimed.overlaps(token.start(), token.end())) {
                    continue;
                }
                if (NUMBER_WORDS_THAT_MISLEAD.contains(token.lower())) {
                    Fact one = singlePerson(doc, tokens, i, claimed, previous);
                    if (one != null) {
                        counts.add(one);
                        previous = one;
                        consumed = one.end();
                        continue;
                    }
                }
                NumberParser.Parsed first = numbers.parse(body, token.start(), block.end());
                if (first == null
                        || NUMBER_WORDS_THAT_MISLEAD.contains(token.lower())
                                && !body.startsWith("dozen", first.end() - 5)) {
                    continue;
                }
                if (isPartOfLargerNumberOrWord(body, first)
                        || isDecimal(body, first)
                        || isAge(body, first, block.start())) {
                    continue;
                }
                Fact fact = count(doc, tokens, first, block, claimed, troopNounsBefore, previous);
                if (fact != null) {
                    counts.add(fact);
                    previous = fact;
                    consumed = fact.end();
                } else {
                    consumed = first.end();
                }
            }
        }
        return counts;
    }

    private static final int OLDEST_AGE = 120;

    /** "Tarvo, 34, died", "the two men, aged 22 and 27": an age is no head count. */
    static boolean isAge(String body, NumberParser.Parsed n, int from) {
        if (n.value() >= OLDEST_AGE) {
            return false;
        }
        String before =
                body.substring(Math.max(from, n.start() - 20), n.start()).toLowerCase(Locale.ROOT);
        if (before.endsWith("aged ")) {
            return true;
        }
        for (String joiner : new String[] {" and ", " or "}) {
            if (before.endsWith(joiner)) {
                int digits = before.length() - joiner.length();
                while (digits > 0 && Character.isDigit(before.charAt(digits - 1))) {
                    digits--;
                }
                if (digits < before.length() - joiner.length()
                        && digits >= "aged ".length()
                        && before.startsWith("aged ", digits - "aged ".length())) {
                    return true;
                }
            }
        }
        // A name, its age between commas: the word before the comma starts with a capital.
        if (!before.endsWith(", ") || n.end() >= body.length() || body.charAt(n.end()) != ',') {
            return false;
        }
        int wordEnd = n.start() - 2;
        int wordStart = wordEnd;
        while (wordStart > from && Character.isLetter(body.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordStart < wordEnd && Character.isUpperCase(body.charAt(wordStart));
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
            int[] troopNounsBefore,
            Fact previous) {
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
            if (endsWithWordAndSpace(lead, hedge.getKey())) {
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
            if (phraseEnds.contains(lower)) {
                break;
            }
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

        String rule = null;
        Typed typed = classify(doc, tokens, first.start(), numberEnd, noun, sentence, troopNounsBefore);
        FactType type = typed == null ? null : typed.type();
        if (typed != null && typed.coordinated()) {
            rule = "count.coordinated";
        }
        FactType ofTotal = ofTotal(tokens, indexAtOrAfter(tokens, start), first.start(), qualifier, sentence);
        if (ofTotal != null) {
            type = ofTotal;
            rule = "count.total-reaches";
        } else if (type == null && partOfCasualtyCount(body, tokens, start, sentence, previous)) {
            type = FactType.CASUALTY_COUNT;
            rule = "count.part-of-count";
        }
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
                rule != null
                        ? rule
                        : min != null
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
    /** A count's type, and whether the cue that decided it belongs to a count joined to it by "and". */
    private record Typed(FactType type, boolean coordinated) {}

    private Typed classify(
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
        // A cue belongs to the nearest number: "of the two dozen men, nine were killed" counts the nine as killed,
        // unless the numbers are joined by "and" and share it (rule count.coordinated): "killing 12 soldiers and two
        // drivers", "nine soldiers and four guards were killed".
        boolean joinedBefore = at > 0 && tokens.get(at - 1).lower().equals("and");
        int from = at;
        boolean crossed = false;
        int crossedAt = -1;
        while (from > 0 && from > at - CUE_WINDOW_BEFORE) {
            if (isNumberWord(tokens.get(from - 1))) {
                if (!joinedBefore || crossed) {
                    break;
                }
                crossed = true;
                crossedAt = from - 1;
            }
            from--;
        }
        int to = after;
        int closeEnd = nounEnd;
        boolean crossedAfter = false;
        int crossedAfterAt = Integer.MAX_VALUE;
        while (to < tokens.size() && to < after + CUE_WINDOW_AFTER + (crossedAfter ? CLOSE_CUE : 0)) {
            if (isNumberWord(tokens.get(to))) {
                boolean joined =
                        to > 0 && tokens.get(to - 1).lower().equals("and") && personNounFollows(tokens, to + 1);
                if (crossedAfter || !joined && !isAside(doc.body(), tokens, to)) {
                    break;
                }
                crossedAfter = true;
                crossedAfterAt = to;
                closeEnd = to + CLOSE_CUE;
            }
            to++;
        }
        boolean casualtyOnlyAcross = crossedAt >= 0 || crossedAfterAt < Integer.MAX_VALUE;
        int casualtyDistance = Integer.MAX_VALUE;
        int otherDistance = Integer.MAX_VALUE;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!sentence.contains(t.start()) || (k >= at && k < after)) {
                continue;
            }
            String lower = t.lower();
            boolean cue = casualtyCues.contains(lower) || lower.startsWith("casualt");
            boolean close = k >= at - CLOSE_CUE && k <= closeEnd + CLOSE_CUE;
            int distance = k < at ? at - k : k - after + 1;
            if (cue && (noun != null && !troopNoun || close)) {
                casualtyOnlyAcross &= k < crossedAt || k > crossedAfterAt;
                casualty = true;
                casualtyDistance = Math.min(casualtyDistance, distance);
            }
            if (close && notCasualtyCues.contains(lower)) {
                otherDistance = Math.min(otherDistance, distance);
            }
            troop |= noun != null && !civilianNouns.contains(noun) && troopCues.contains(lower);
        }
        // "12,000 people were evacuated", "2,000 left homeless": counted people, but no casualties.
        if (casualty && casualtyDistance < otherDistance) {
            return new Typed(FactType.CASUALTY_COUNT, casualtyOnlyAcross);
        }
        if (noun == null) {
            // "5,000 were evacuated and 12 were missing": the nearer word decides.
            int other = nearestCue(tokens, at, after, notCasualtyCues, CLOSE_CUE, CLOSE_CUE + 1);
            if (other < nearestCue(tokens, at, after, casualtyCues, CLOSE_CUE, CLOSE_CUE + 1)) {
                return null;
            }
            // "More than 12,000 have served there", "the toll rose to 26": a bare number next to the verb.
            casualty = cueNear(tokens, at, after, casualtyCues, BARE_CUE_BEFORE, BARE_CUE_AFTER);
            troop = cueNear(tokens, at, after, troopCues, BARE_CUE_BEFORE, BARE_CUE_AFTER)
                    && mentionsTroops(doc, sentence, troopNounsBefore);
            FactType bare = casualty ? FactType.CASUALTY_COUNT : troop ? FactType.TROOP_COUNT : null;
            return bare == null ? null : new Typed(bare, false);
        }
        return troop ? new Typed(FactType.TROOP_COUNT, false) : null;
    }

    /**
     * Rule count.total-reaches: a number right after a linking verb of {@code count-link-verbs.txt} whose subject is
     * a total of {@code count-totals.txt} counts that total ("the death toll rose to 37", "Russian losses amounted
     * to 1,080 personnel", "bringing the number of troops sent there to more than 9,000"). A total of casualties
     * is a casualty count; "the number" or "the total" is whatever the words after it name, casualty words first.
     */
    private FactType ofTotal(List<Token> tokens, int countStart, int numberStart, String qualifier, Span sentence) {
        int linkStart = -1;
        if (qualifier != null
                && countStart < tokens.size()
                && tokens.get(countStart).start() < numberStart
                && linkVerbs.contains(tokens.get(countStart).lower())) {
            linkStart = countStart;
        }
        for (int v = 0; v < linkVerbWords.size() && linkStart < 0; v++) {
            String[] words = linkVerbWords.get(v);
            int first = countStart - words.length;
            if (first < 0 || !sentence.contains(tokens.get(first).start())) {
                continue;
            }
            boolean same = true;
            for (int w = 0; w < words.length && same; w++) {
                same = tokens.get(first + w).lower().equals(words[w]);
            }
            if (same) {
                linkStart = first;
            }
        }
        if (linkStart < 0) {
            return null;
        }
        boolean adjacent = tokens.get(linkStart).lower().equals("of");
        for (int k = linkStart - 1; k >= 0 && k >= linkStart - (adjacent ? 1 : TOTAL_WINDOW); k--) {
            if (!sentence.contains(tokens.get(k).start())) {
                return null;
            }
            String kind = totals.get(tokens.get(k).lower());
            if (kind == null) {
                continue;
            }
            if (kind.equals("casualty")) {
                return FactType.CASUALTY_COUNT;
            }
            if (kind.equals("troop")) {
                // "the Defence Forces would grow to 40,000", not "the Army and the Medal of Valour to 112 others".
                if (linkStart - k <= FORCE_WINDOW) {
                    return FactType.TROOP_COUNT;
                }
                continue;
            }
            FactType of = null;
            for (int j = k + 1; j < linkStart; j++) {
                String lower = tokens.get(j).lower();
                if (casualtyCues.contains(lower) || lower.startsWith("casualt")) {
                    return FactType.CASUALTY_COUNT;
                }
                if (troopNouns.contains(lower) || troopCues.contains(lower)) {
                    of = FactType.TROOP_COUNT;
                }
            }
            return of;
        }
        return null;
    }

    /**
     * Rule count.single-person: "a", "an" or "one" before a noun for one person counts one casualty when a casualty
     * word goes right before it ("wounding a guard") or after "was" or "is" ("a sailor was killed", "one guard is
     * missing"), or when it is part of a casualty count ("killed five civilians, among them a boy"). "A soldier said"
     * counts no one.
     */
    private Fact singlePerson(Document doc, List<Token> tokens, int article, Claims claimed, Fact previous) {
        String body = doc.body();
        int noun = -1;
        for (int k = article + 1; k < tokens.size() && k <= article + SINGLE_MODIFIERS + 1; k++) {
            String lower = tokens.get(k).lower();
            if (!body.substring(tokens.get(k - 1).end(), tokens.get(k).start()).equals(" ")
                    || phraseEnds.contains(lower)
                    || NUMBER_WORDS_THAT_MISLEAD.contains(lower)
                    || lower.equals("the")) {
                return null;
            }
            if (singularPersons.contains(lower)) {
                noun = k;
                // "a volunteer firefighter": the last of such nouns heads the phrase.
                while (noun + 1 < tokens.size()
                        && singularPersons.contains(tokens.get(noun + 1).lower())) {
                    noun++;
                }
                break;
            }
        }
        if (noun < 0) {
            return null;
        }
        int start = tokens.get(article).start();
        int end = tokens.get(noun).end();
        Span sentence = doc.sentenceAt(start);
        if (claimed.overlaps(start, end)) {
            return null;
        }
        boolean cueBefore = article > 0
                && sentence.contains(tokens.get(article - 1).start())
                && casualtyCues.contains(tokens.get(article - 1).lower());
        boolean cueAfter = false;
        if (noun + 2 < tokens.size() && sentence.contains(tokens.get(noun + 2).start())) {
            String verb = tokens.get(noun + 1).lower();
            cueAfter = (verb.equals("was") || verb.equals("is"))
                    && casualtyCues.contains(tokens.get(noun + 2).lower());
        }
        boolean part = partOfCasualtyCount(body, tokens, start, sentence, previous);
        if (!cueBefore && !cueAfter && !part) {
            return null;
        }
        return new Fact(
                FactType.CASUALTY_COUNT,
                body.substring(start, end),
                start,
                end,
                Quantity.exact(1),
                null,
                null,
                doc.sectionAt(start),
                part ? "count.part-of-count" : "count.single-person");
    }

    /** Rule count.part-of-count: "killed 14 civilians, among them six children" counts the six as killed too. */
    private boolean partOfCasualtyCount(String body, List<Token> tokens, int start, Span sentence, Fact previous) {
        if (previous == null || previous.type() != FactType.CASUALTY_COUNT || !sentence.contains(previous.start())) {
            return false;
        }
        String lead =
                body.substring(Math.max(sentence.start(), start - 24), start).toLowerCase(Locale.ROOT);
        for (String cue : partCues) {
            if (endsWithWordAndSpace(lead, cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "At least 30 people, nine of them children, were killed", "412 people, including 98 police officers, were
     * killed": a count set off by commas inside another's phrase leaves the verb to the first.
     */
    private boolean isAside(String body, List<Token> tokens, int number) {
        Token t = tokens.get(number);
        String before = body.substring(Math.max(0, t.start() - 24), t.start()).toLowerCase(Locale.ROOT);
        boolean opens = before.endsWith(", ")
                && number + 2 < tokens.size()
                && tokens.get(number + 1).lower().equals("of")
                && tokens.get(number + 2).lower().equals("them");
        for (String cue : partCues) {
            opens |= endsWithWordAndSpace(before, cue) && before.startsWith(", ", before.length() - cue.length() - 3);
        }
        if (!opens) {
            return false;
        }
        // "11 soldiers, six of them killed in combat, ..." has a verb of its own: only a closed aside without one.
        for (int k = number + 1; k < tokens.size() && k < number + ASIDE_WORDS; k++) {
            Token w = tokens.get(k);
            if (body.charAt(tokens.get(k - 1).end()) == ',') {
                return true;
            }
            if (casualtyCues.contains(w.lower())) {
                return false;
            }
        }
        return false;
    }

    /** "and four guards", not "and 12 of them": a joined count of people names them within three words. */
    private boolean personNounFollows(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + 3; k++) {
            String lower = tokens.get(k).lower();
            if (lower.equals("of")) {
                return false;
            }
            if (personNouns.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /** How many words from the number the nearest cue is, or {@link Integer#MAX_VALUE} for none. */
    private static int nearestCue(
            List<Token> tokens, int at, int after, Set<String> cues, int before, int afterWindow) {
        int nearest = Integer.MAX_VALUE;
        for (int k = Math.max(0, at - before); k < Math.min(tokens.size(), after + afterWindow); k++) {
            if ((k < at || k >= after) && cues.contains(tokens.get(k).lower())) {
                nearest = Math.min(nearest, k < at ? at - k : k - after + 1);
            }
        }
        return nearest;
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

    /** A count, not an ordinal: "the 21st Regiment" stops no cue window. */
    private boolean isNumberWord(Token t) {
        String text = t.text();
        return Character.isDigit(text.charAt(0)) && Character.isDigit(text.charAt(text.length() - 1))
                || (numbers.wordValue(t.lower()) != null
                        && !t.lower().equals("a")
                        && !t.lower().equals("an")
                        && !t.lower().equals("one"));
    }

    /** {@code text.endsWith(word + " ")}, without making the string. */
    private static boolean endsWithWordAndSpace(String text, String word) {
        int n = text.length();
        return n > word.length() && text.charAt(n - 1) == ' ' && text.startsWith(word, n - 1 - word.length());
    }

    private static int indexAtOrAfter(List<Token> tokens, int offset) {
        return Spans.firstStartingAtOrAfter(tokens, offset);
    }
}
