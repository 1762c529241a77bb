package io.factwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Awards and honorary titles: "Order of …", "Hero of …", "Medal for …" with the capitalised name that follows,
 * and capitalised names ending in Medal, Cross, Star, Prize or Award ("Victoria Cross", "Bronze Star").
 */
final class AwardFinder implements FactFinder {
    /** Compiled once, not on every call. */
    private static final Pattern LEADING_WORDS =
            Pattern.compile("^(?:(?:The|A|An|His|Her|Their|Its|This|That|Each|Every)\\s+)+");

    private static final String CAP = "[\\p{Lu}][\\p{L}’'\\-]*";
    private static final String NAME_TAIL = CAP + "(?:\\s+(?:(?:and|of|the|of the|for)\\s+)?" + CAP + ")*"
            + "(?:,?\\s+(?:First|Second|Third|1st|2nd|3rd)\\s+(?:Class|Degree))?";
    private final Pattern headed;
    private final AnchorWindows anchors;
    private final List<String> organisations;
    private final java.util.Set<String> cues;
    private final Pattern tailed =
            Pattern.compile("\\b(?:" + CAP + "\\s+){1,3}(?:Medal|Cross|Star|Prize|Award|Order)\\b");

    AwardFinder(Lexicon lexicon) {
        organisations =
                lexicon.lines("org-words").stream().filter(w -> w.contains(" ")).toList();
        cues = lexicon.lowerSet("award-cues");
        String heads = lexicon.lines("award-heads").stream().map(Pattern::quote).collect(Collectors.joining("|"));
        java.util.Set<String> headWords =
                new java.util.HashSet<>(java.util.Set.of("Medal", "Cross", "Star", "Prize", "Award", "Order"));
        lexicon.lines("award-heads").forEach(h -> headWords.add(h.split(" ")[0]));
        anchors = new AnchorWindows(t -> headWords.contains(t.text()), 60, 160);
        headed = Pattern.compile(
                "\\b(?:(?:" + CAP + "\\s+){0,2})(?:" + heads + ")\\s+(?:[Oo]f|[Ff]or)\\s+(?:the\\s+)?" + NAME_TAIL);
    }

    @Override
    public List<Fact> find(Document doc, Claims claimed) {
        String body = doc.body();
        List<Fact> awards = new ArrayList<>();
        Claims own = new Claims();
        for (Span window : anchors.in(doc)) {
            if (doc.blocks().get(doc.blockIndexAt(window.start())).heading()) {
                continue;
            }
            for (Pattern pattern : List.of(headed, tailed)) {
                WordStartMatcher scan = new WordStartMatcher(pattern, body, window.start(), window.end());
                Matcher m = scan.matcher();
                doc.budget().step(window.length());
                while (scan.find()) {
                    doc.budget().check();
                    int start = trimLeading(body, m.start(), m.end());
                    String text = body.substring(start, m.end());
                    boolean taken = own.overlaps(start, m.end());
                    if (!taken
                            && !claimed.overlaps(start, m.end())
                            && !namesOrganisation(text)
                            && (pattern == headed || !ambiguous(text) || conferred(doc, start))) {
                        awards.add(FactFinder.named(
                                doc,
                                FactType.AWARD,
                                start,
                                m.end(),
                                text,
                                pattern == headed ? "award.head-of-name" : "award.name-then-head"));
                        own.add(start, m.end());
                    }
                }
            }
        }
        return awards;
    }

    /** "the Vellan Red Crescent", "the Ostmark Red Crescent Society": a humanitarian body, not an award. */
    private boolean namesOrganisation(String text) {
        for (String organisation : organisations) {
            if (text.endsWith(organisation)) {
                return true;
            }
        }
        return false;
    }

    /** A name ending in Star or Cross is as often a body, a paper or a club as an award. */
    private static boolean ambiguous(String text) {
        return text.endsWith("Star") || text.endsWith("Cross");
    }

    /** Something is conferred in the sentence: "was awarded", "received", "a recipient of". */
    private boolean conferred(Document doc, int offset) {
        Span sentence = doc.sentenceAt(offset);
        for (Token token : doc.tokensIn(sentence.start(), sentence.end())) {
            if (cues.contains(token.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Sentence-start words before the award's own name ("The Order of …" starts at "Order"). */
    private static int trimLeading(String body, int start, int end) {
        String text = body.substring(start, end);
        Matcher lead = LEADING_WORDS.matcher(text);
        return lead.find() ? start + lead.end() : start;
    }
}
