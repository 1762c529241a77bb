package io.factwire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Military formations: numbered ones ("the 3rd Mechanised Brigade", "41st Regiment of Signals"), named ones
 * ending in a formation word ("Coastal Marines", "Velmar People’s Army"), kinds of formation ("special operations
 * forces", "a naval infantry battalion"), and an acronym given in brackets after a name. A later short form
 * ("the 41st Regiment") is named by the full form it abbreviates.
 */
final class UnitFinder implements FactFinder {
    /** Compiled once, not on every call. */
    private static final Pattern POSSESSIVE_END = Pattern.compile("(’s|'s|’|')$");
    /** Compiled once, not on every call. */
    private static final Pattern OF_BEFORE = Pattern.compile("(?s).*\\p{Lu}[\\p{L}’'\\-]*\\s+of\\s+(?:the\\s+)?$");
    /** Compiled once, not on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Compiled once, not on every call. */
    private static final Pattern NAME_OPENER = Pattern.compile("\\d+\\p{L}{2}|\\p{Lu}\\p{L}+");
    /** Compiled once, not on every call. */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i)(the|a|an)\\s+");

    private static final String ORDINAL =
            "(?:\\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)";
    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\G \\(([A-Z]{2,6})\\)");
    /** No article names more units opening with one word ("1st", "Northern"); bounds the work on texts that do. */
    private static final int SAME_FIRST_WORD = 200;

    private static final String CAP = "[\\p{Lu}][\\p{L}’'\\-]*";
    /** The ordinal words of {@link #ORDINAL}: with a digit, what may open a numbered unit. */
    private static final WordStartMatcher.Opening ORDINAL_OPENER = WordStartMatcher.words(
            List.of(
                    "first",
                    "second",
                    "third",
                    "fourth",
                    "fifth",
                    "sixth",
                    "seventh",
                    "eighth",
                    "ninth",
                    "tenth",
                    "eleventh",
                    "twelfth"),
            c -> c >= '0' && c <= '9');
    /** Words of a named unit's name before its unit word: {@code {1,4}} of {@link #CAP}. */
    private static final int NAME_WORDS = 4;

    private static final Set<String> NAMED_UNIT_WORDS = Set.of(
            "Army",
            "Brigade",
            "Brigades",
            "Regiment",
            "Battalion",
            "Division",
            "Corps",
            "Marines",
            "Guard",
            "Guards",
            "Infantry",
            "Artillery",
            "Cavalry",
            "Forces",
            "Legion",
            "Navy",
            "Fleet",
            "Flotilla",
            "Squadron",
            "Rangers",
            "Commandos",
            "Paratroopers",
            "Detachment",
            "Platoon",
            "Force");
    private final Pattern numbered;
    private final Pattern named;
    private final Pattern kinds;
    /** The kinds' first words: where the case-insensitive (ASCII) kinds pattern can start. */
    private final WordStartMatcher.Opening kindOpener;

    private final Set<String> demonyms;
    private final Gazetteer gazetteer;
    private final AnchorWindows anchors;

    UnitFinder(Lexicon lexicon, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.demonyms = lexicon.set("demonyms");
        String unitWords = alternation(lexicon.lines("unit-words"));
        Set<String> formationNouns = new java.util.HashSet<>(lexicon.lowerSet("unit-words"));
        formationNouns.addAll(lexicon.lowerSet("unit-kind-nouns"));
        // A unit's name ends in its formation noun; room before it for an ordinal and four words, after for "of the …".
        anchors = new AnchorWindows(t -> formationNouns.contains(t.lower()), 120, 90);
        numbered = Pattern.compile("\\b" + ORDINAL + "(?:(?:\\s+" + CAP + "){0,4}\\s+(?:" + unitWords + ")"
                + "|(?:\\s+(?!of\\b|the\\b|and\\b)[\\p{Ll}\\-]+){0,2}?\\s+(?:"
                + alternation(lexicon.lines("unit-words").stream()
                        .map(w -> w.toLowerCase(Locale.ROOT))
                        .toList()) + "))\\b"
                + "(?:\\s+of\\s+(?:the\\s+)?(?:" + CAP + "|" + ORDINAL + ")(?:\\s+(?:and\\s+)?" + CAP + ")*)?");
        named = Pattern.compile("\\b(?:" + CAP + "\\s+){1,4}(?:" + alternation(List.copyOf(NAMED_UNIT_WORDS)) + ")\\b"
                + "(?:\\s+of\\s+(?:the\\s+)?" + CAP + "(?:\\s+" + CAP + ")*)?");
        kindOpener = WordStartMatcher.words(
                lexicon.lines("unit-kinds").stream()
                        .map(UnitFinder::leadingLetters)
                        .toList(),
                c -> false);
        kinds = Pattern.compile("\\b(?i:" + alternation(lexicon.lines("unit-kinds")) + ")\\s+(?:"
                + alternation(lexicon.lines("unit-kind-nouns")) + ")\\b");
    }

    /** "air assault" → "air": the letters a kind opens with, lower case. */
    private static String leadingLetters(String kind) {
        int end = 0;
        while (end < kind.length() && Character.isLetter(kind.charAt(end))) {
            end++;
        }
        return kind.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static String alternation(List<String> words) {
        return words.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    @Override
    public List<Fact> find(Document doc, Claims claimed) {
        String body = doc.body();
        List<Fact> units = new ArrayList<>();
        Claims own = new Claims();
        for (Span block : anchors.in(doc)) {
            doc.budget().step(block.end() - block.start());
            // An ordinal opens with a digit or a capital, a name with a capital.
            collect(
                    doc,
                    new WordStartMatcher(numbered, body, block.start(), block.end(), ORDINAL_OPENER),
                    units,
                    claimed,
                    own);
            WordStartMatcher namedScan = new WordStartMatcher(
                    named,
                    body,
                    block.start(),
                    block.end(),
                    (t, at) -> Character.isUpperCase(t.charAt(at)) && unitWordAhead(t, at));
            Matcher m = namedScan.matcher();
            while (namedScan.find()) {
                doc.budget().check();
                int start = skipLeadingWords(body, m.start(), m.end());
                String text = body.substring(start, m.end());
                if (start < m.end()
                        && text.contains(" ")
                        && !isGeneric(text)
                        && !insideLongerName(body, start)
                        && !own.overlaps(start, m.end())
                        && !claimed.overlaps(start, m.end())) {
                    units.add(FactFinder.named(
                            doc, FactType.MILITARY_UNIT, start, m.end(), text, "unit.named-formation"));
                    own.add(start, m.end());
                }
            }
            WordStartMatcher kindScan = new WordStartMatcher(kinds, body, block.start(), block.end(), kindOpener);
            Matcher k = kindScan.matcher();
            while (kindScan.find()) {
                doc.budget().check();
                if (!own.overlaps(k.start(), k.end()) && !claimed.overlaps(k.start(), k.end())) {
                    units.add(FactFinder.named(
                            doc,
                            FactType.MILITARY_UNIT,
                            k.start(),
                            k.end(),
                            k.group().toLowerCase(Locale.ROOT),
                            "unit.kind"));
                    own.add(k.start(), k.end());
                }
            }
        }
        units.addAll(acronyms(doc, units));
        units.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return canonicalise(units, doc.budget());
    }

    /**
     * Whether a unit word of {@link #NAMED_UNIT_WORDS} opens one of the next {@link #NAME_WORDS} words after
     * {@code at}, past characters a {@link #CAP} can hold and white space only: where the named pattern can match at
     * all. A necessary condition: the pattern decides.
     */
    private static boolean unitWordAhead(CharSequence text, int at) {
        int k = at;
        int n = text.length();
        for (int word = 0; word < NAME_WORDS; word++) {
            while (k < n && isCapChar(text.charAt(k))) {
                k++;
            }
            int spaces = k;
            while (k < n && isPatternSpace(text.charAt(k))) {
                k++;
            }
            if (k == spaces || k == n) {
                return false;
            }
            for (String unit : NAMED_UNIT_WORDS) {
                if (unit.charAt(0) == text.charAt(k) && startsWith(text, k, unit)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWith(CharSequence text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(at + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** What {@code [\p{L}’'\-]} may match, surrogates let through. */
    private static boolean isCapChar(char c) {
        return Character.isLetter(c) || c == '’' || c == '\'' || c == '-' || Character.isSurrogate(c);
    }

    /** White space as {@code \s} reads it. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private void collect(Document doc, WordStartMatcher scan, List<Fact> units, Claims claimed, Claims own) {
        Matcher m = scan.matcher();
        while (scan.find()) {
            doc.budget().check();
            if (!claimed.overlaps(m.start(), m.end())) {
                units.add(
                        FactFinder.named(doc, FactType.MILITARY_UNIT, m.start(), m.end(), m.group(), "unit.numbered"));
                own.add(m.start(), m.end());
            }
        }
    }

    /** Drops sentence-start words and place or nation words in front of a named unit ("Ukraine’s Azov Brigade"). */
    private int skipLeadingWords(String body, int start, int end) {
        int s = start;
        while (s < end) {
            int space = body.indexOf(' ', s);
            if (space < 0 || space >= end) {
                break;
            }
            String word = body.substring(s, space);
            String bare = POSSESSIVE_END.matcher(word).replaceAll("");
            boolean lead = Set.of("The", "A", "An", "In", "On", "At", "By", "For", "With", "From", "And", "But", "As")
                            .contains(word)
                    || !bare.equals(word) && gazetteer.isPlace(bare);
            if (!lead) {
                break;
            }
            s = space + 1;
        }
        return s;
    }

    /** "Command of the Armed Forces of Velmor": the forces are part of the body's name, not a unit. */
    private static boolean insideLongerName(String body, int start) {
        String before = body.substring(Math.max(0, start - 40), start);
        return OF_BEFORE.matcher(before).matches();
    }

    /** "Russian Army", "Ukrainian Forces": a nation's whole armed forces, not a unit. */
    private boolean isGeneric(String text) {
        String head = text.substring(0, text.lastIndexOf(' '));
        return head.equals("Armed") || head.equals("Defence") || head.equals("Defense") || head.equals("Task");
    }

    /** "Velmar People’s Army (VPA)": the acronym, there and later, names the unit. */
    private static List<Fact> acronyms(Document doc, List<Fact> units) {
        List<Fact> found = new ArrayList<>();
        String body = doc.body();
        // Each acronym is looked for once, under the first unit that gave it: the same acronym after a second
        // unit adds no second fact at the same words.
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Fact unit : units) {
            doc.budget().check();
            Matcher m = ACRONYM_AFTER.matcher(body).region(unit.end(), body.length());
            if (m.find() && seen.add(m.group(1))) {
                String acronym = m.group(1);
                Matcher uses = WordStartMatcher.reusable(Pattern.compile("\\b" + acronym + "\\b"), body);
                doc.budget().step(body.length() / 8);
                // The matches find() would give, tried only where the acronym is written.
                int from = 0;
                int at;
                while ((at = body.indexOf(acronym, from)) >= 0) {
                    if (!uses.region(at, body.length()).lookingAt()) {
                        from = at + 1;
                        continue;
                    }
                    doc.budget().check();
                    found.add(FactFinder.named(
                            doc, FactType.MILITARY_UNIT, uses.start(), uses.end(), unit.name(), "unit.acronym"));
                    from = uses.end();
                }
            }
        }
        return found;
    }

    /**
     * A short form takes the name of the longest unit with the same number and formation word (the first of them
     * when several are as long). Units are grouped by their first word and the answer kept per first and last
     * word, so the work does not grow with the square of the units; a group looks at its first
     * {@link #SAME_FIRST_WORD} units only.
     */
    private static List<Fact> canonicalise(List<Fact> units, ExtractionBudget budget) {
        Map<String, List<String>> byFirstWord = new HashMap<>();
        for (Fact unit : units) {
            String name = stripArticle(unit.name());
            int space = name.indexOf(' ');
            if (space > 0) {
                List<String> group = byFirstWord.computeIfAbsent(name.substring(0, space), w -> new ArrayList<>());
                if (group.size() < SAME_FIRST_WORD) {
                    group.add(name);
                }
            }
        }
        Map<String, String> longest = new HashMap<>();
        List<Fact> out = new ArrayList<>();
        for (Fact unit : units) {
            String name = stripArticle(unit.name());
            String best = name;
            String[] words = SPACES.split(name);
            if (NAME_OPENER.matcher(words[0]).matches()) {
                String last = words[words.length - 1].toLowerCase(Locale.ROOT);
                String candidate = longest.computeIfAbsent(words[0] + "\n" + last, k -> {
                    String found = null;
                    for (String other : byFirstWord.getOrDefault(words[0], List.of())) {
                        budget.check();
                        if ((found == null || other.length() > found.length())
                                && other.toLowerCase(Locale.ROOT).contains(last)) {
                            found = other;
                        }
                    }
                    return found;
                });
                if (candidate != null && candidate.length() > best.length()) {
                    best = candidate;
                }
            }
            out.add(new Fact(
                    unit.type(), unit.text(), unit.start(), unit.end(), null, null, best, unit.section(), unit.rule()));
        }
        return out;
    }

    private static String stripArticle(String name) {
        return LEADING_ARTICLE.matcher(name).replaceFirst("");
    }
}
