package io.factwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Weapons and vehicles by name or model: "HIMARS", "S-400 air defence systems", "Leopard 2A6 tanks",
 * "Shahed-136 drones". The {@code name} is the system without the generic noun after it. A bare known name that
 * is also an ordinary word ("Patriot", "Tiger") counts only with a model number or an equipment noun.
 */
final class EquipmentFinder implements FactFinder {
    /** Compiled once, not on every call. */
    private static final Pattern TWO_DIGITS = Pattern.compile(".*\\d{2,}.*");
    /** Compiled once, not on every call. */
    private static final Pattern A_DIGIT = Pattern.compile(".*\\d.*");
    /** Compiled once, not on every call. */
    private static final Pattern PLURAL_AFTER_DIGIT = Pattern.compile("(?<=\\d)s$");

    private static final String MODEL =
            "(?:[A-Z][A-Za-z]{0,9}-?\\d+[A-Za-z0-9]*(?:-\\d+[A-Za-z]*)?|\\d+[A-Z][A-Za-z0-9]*)";
    private static final Set<String> NOT_MODELS = Set.of(
            "COVID-19",
            "Covid-19",
            "G7",
            "G20",
            "G-7",
            "G-20",
            "P5",
            "E3",
            "A1",
            "A4",
            "B1",
            "COP28",
            "COP29",
            "COP30",
            "MH17",
            "MH-17",
            "F1",
            "4G",
            "5G",
            "3D",
            "2D",
            "Q1",
            "Q2",
            "Q3",
            "Q4");
    private final Pattern pattern;
    private final Set<String> knownNames;
    private final AnchorWindows anchors;
    private final Set<String> equipmentNouns;
    private final Set<String> groupWords;
    /** What may open a match of {@link #pattern}. */
    private final java.util.function.IntPredicate opener;

    EquipmentFinder(Lexicon lexicon) {
        knownNames = lexicon.set("equipment-names");
        equipmentNouns = lexicon.lowerSet("equipment-nouns");
        groupWords = lexicon.lowerSet("group-words");
        String names = knownNames.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String nouns = lexicon.lines("equipment-nouns").stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        Set<String> firstWords =
                knownNames.stream().map(n -> n.split("[ \\-]")[0]).collect(Collectors.toSet());
        // A word's stem opens with its first character: words no name's first word opens like are asked no more.
        Set<Character> firstWordInitials = firstWords.stream()
                .filter(w -> !w.isEmpty())
                .map(w -> w.charAt(0))
                .collect(Collectors.toSet());
        anchors = new AnchorWindows(
                t -> looksLikeModel(t.text())
                        || firstWordInitials.contains(t.text().charAt(0)) && firstWords.contains(stem(t.text())),
                0,
                80);
        // Descriptive words may stand between a name and its noun, but a phrase never runs past a joining word:
        // "Ferret 3 tanks and more drones" is two phrases.
        String descriptor =
                "(?:(?!(?:and|or|but|with|to|of|in|on|at|for|from|by|as|than|while|the|a|an)\\s)[a-z\\-]+\\s+){0,3}";
        String systemNames = lexicon.lines("weapon-system-names").stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        // A variant or system name may follow a model: "KR-40 Mk II", "TX-9 Block 3", "ARX-7 SLR", "B-52
        // Stratofortress".
        String variant = "(?:\\s+(?:Block\\s+\\d+|Mk\\s?[IVX\\d]+|[A-Z]{2,5}\\b|[A-Z][a-z]+(?=\\s+(?:" + nouns
                + ")\\b)|(?:" + systemNames + ")\\b))?";
        // A match opens with a known name or a model: with one of the names' first characters, a capital or a digit.
        Set<Character> openers = new java.util.HashSet<>();
        knownNames.forEach(n -> openers.add(n.charAt(0)));
        opener = c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || openers.contains((char) c);
        pattern = Pattern.compile("\\b(?<name>(?:(?<known>" + names + ")(?:-[A-Z0-9][A-Za-z0-9]*)?s?(?:\\s+" + MODEL
                + ")?" + variant + ")|(?<model>" + MODEL + ")" + variant + ")" + "(?<tail>\\s+" + descriptor + "(?:"
                + nouns + "))?\\b");
    }

    @Override
    public List<Fact> find(Document doc, Claims claimed) {
        String body = doc.body();
        List<Fact> found = new ArrayList<>();
        List<String> models = new ArrayList<>();
        // Once "the K17 rebels" names a group, a bare "the K17" elsewhere in the article is that group too.
        Set<String> groups = new java.util.HashSet<>();
        for (Span window : anchors.in(doc)) {
            WordStartMatcher scan = new WordStartMatcher(pattern, body, window.start(), window.end(), opener);
            Matcher m = scan.matcher();
            while (scan.find()) {
                String name = m.group("name");
                boolean hasTail = m.group("tail") != null;
                String model = m.group("model");
                boolean militarySentence = hasTail || mentionsEquipment(doc, m.start());
                if (model != null && namesGroup(body, m.end("name"))) {
                    groups.add(model);
                    continue;
                }
                if (model != null
                        && (NOT_MODELS.contains(model)
                                || !(militarySentence
                                        || model.contains("-")
                                                && TWO_DIGITS.matcher(model).matches()))) {
                    continue;
                }
                if (m.group("known") != null
                        && !A_DIGIT.matcher(name).matches()
                        && !isDistinctive(m.group("known"))
                        && !militarySentence) {
                    continue;
                }
                if (claimed.overlaps(m.start(), m.end())) {
                    continue;
                }
                String canonical = name.equals(m.group("known") + "s")
                        ? m.group("known")
                        : PLURAL_AFTER_DIGIT.matcher(name).replaceAll("");
                found.add(FactFinder.named(
                        doc,
                        FactType.EQUIPMENT,
                        m.start(),
                        m.end(),
                        canonical,
                        model != null ? "equipment.model" : "equipment.listed-name"));
                models.add(model);
            }
        }
        List<Fact> equipment = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (!groups.contains(models.get(i))) {
                equipment.add(found.get(i));
            }
        }
        return equipment;
    }

    /** A designation followed by a word for a group ("the K17 rebels") names an organisation, not a weapon. */
    private boolean namesGroup(String body, int end) {
        int from = end;
        while (from < body.length() && body.charAt(from) == ' ') {
            from++;
        }
        int to = from;
        while (to < body.length() && Character.isLetter(body.charAt(to))) {
            to++;
        }
        return to > from && groupWords.contains(body.substring(from, to).toLowerCase(Locale.ROOT));
    }

    /** A sentence that speaks of weapons ("drones", "systems", "howitzers") makes a bare system name or model count. */
    private boolean mentionsEquipment(Document doc, int offset) {
        Span sentence = doc.sentenceAt(offset);
        for (Token token : doc.tokensIn(sentence.start(), sentence.end())) {
            if (equipmentNouns.contains(token.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Leopards" → "Leopard", "Shahed-136" → "Shahed", "Kim’s" → "Kim". */
    private static String stem(String word) {
        int end = word.length();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '-' || c == '’' || c == '\'') {
                end = i;
                break;
            }
        }
        if (end > 1 && word.charAt(end - 1) == 's' && end == word.length()) {
            end--;
        }
        return word.substring(0, end);
    }

    /** A word with both a capital letter and a digit ("S-400", "2A6", "TB2"). */
    private static boolean looksLikeModel(String word) {
        boolean digit = false;
        boolean upper = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            digit |= Character.isDigit(c);
            upper |= Character.isUpperCase(c);
        }
        return digit && upper;
    }

    /** All-caps acronyms and hyphenated names are no ordinary English words. */
    private static boolean isDistinctive(String known) {
        return known.equals(known.toUpperCase(Locale.ROOT)) || known.contains("-");
    }
}
