package io.factwire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people, places and organisations. Capitalised runs of words are classified by general cues: a
 * gazetteer of places and outlets, words that make a name an organisation or a place, titles before a
 * person's name, speech verbs next to it. Later short mentions ("Berg", "Kim") resolve to the person named in
 * full. Headings and the title are title-cased, so only names already known are looked for there.
 */
final class EntityFinder {
    private static final Pattern ACRONYM_AFTER = Pattern.compile(" \\((\\p{Lu}[\\p{Lu}\\p{Ll}]{1,7})\\)");
    /** What ends a dateline's place: "SPLIT, Croatia", "Split:", "Split (AP)", "Split —". */
    private static final Pattern DATELINE_END = Pattern.compile("[,:]| \\(| [–—-]");
    private static final Set<String> SAID = Set.of("said", "says", "told", "added", "according");
    private final Gazetteer gazetteer;
    private final Set<String> notNameWords;
    private final NameRuns nameRuns;
    private final Set<String> placeSuffixes;
    private final Set<String> placePrefixes;
    private final Set<String> orgWords;
    private final Set<String> notOrgAcronyms;
    private final Set<String> titles;
    private final Set<String> commonCapitalized;
    private final Set<String> demonyms;
    private final Set<String> connectors;
    private final Set<String> speechVerbs;
    private final Set<String> unitWords;
    private final Set<String> givenNames;
    private final Set<String> locatives;
    private final Set<String> monthNames;
    private final WorldPlaces worldPlaces;

    EntityFinder(Lexicon lexicon, Gazetteer gazetteer) {
        this.nameRuns = new NameRuns(lexicon, gazetteer);
        this.gazetteer = gazetteer;
        this.placeSuffixes = lexicon.lowerSet("place-suffixes");
        this.placePrefixes = lexicon.set("place-prefixes");
        this.orgWords = lexicon.set("org-words");
        this.notNameWords = lexicon.set("not-name-words");
        this.notOrgAcronyms = lexicon.set("org-acronyms-not-org");
        this.titles = lexicon.lowerSet("person-titles");
        this.commonCapitalized = lexicon.set("common-capitalized");
        this.demonyms = lexicon.set("demonyms");
        this.connectors = lexicon.lowerSet("name-connectors");
        this.speechVerbs = lexicon.lowerSet("speech-verbs");
        this.unitWords = lexicon.set("unit-words");
        this.givenNames = lexicon.set("given-names");
        this.locatives = lexicon.lowerSet("locative-words");
        Set<String> months = new HashSet<>();
        for (String line : lexicon.lines("months")) {
            months.addAll(List.of(line.split("\\|")));
        }
        this.monthNames = Set.copyOf(months);
        this.worldPlaces = new WorldPlaces(lexicon, gazetteer, monthNames);
    }

    Entities find(Document doc, Claims claimed) {
        String body = doc.body();
        People people = new People();
        Set<String> organizations = new LinkedHashSet<>();
        Map<String, Boolean> worldNames = new HashMap<>();
        List<Fact> facts = new ArrayList<>();
        List<List<Token>> unresolved = new ArrayList<>();
        List<List<Token>> inHeadings = new ArrayList<>();

        // Speech verbs counted once over all words, so asking whether a sentence has one costs two look-ups.
        int[] verbsBefore = new int[doc.tokens().size() + 1];
        for (int i = 0; i < doc.tokens().size(); i++) {
            verbsBefore[i + 1] = verbsBefore[i] + (speechVerbs.contains(doc.tokens().get(i).lower()) ? 1 : 0);
        }
        for (Block block : doc.blocks()) {
            List<Token> tokens = doc.tokensIn(block.start(), block.end());
            for (List<Token> run : nameRuns.in(body, tokens, doc.budget())) {
                doc.budget().check();
                if (claimed.overlaps(run.get(0).start(), run.get(run.size() - 1).end())) {
                    if (namesAThing(tokens, run, claimed)) {
                        worldNames.put(NameRuns.joined(run), false);
                    }
                    continue;
                }
                if (block.heading()) {
                    inHeadings.add(run);
                    continue;
                }
                Optional<Fact> fact = classify(doc, tokens, run, people, organizations, verbsBefore, worldNames);
                if (fact.isPresent()) {
                    facts.add(fact.get());
                } else {
                    unresolved.add(run);
                }
            }
        }
        confirmByLaterSurname(doc, unresolved, people, facts);
        unresolved.addAll(inHeadings);
        for (List<Token> run : unresolved) {
            resolveKnown(doc, run, people, organizations, worldNames).ifPresent(facts::add);
        }
        facts.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Entities(OrganizationNames.withAcronymsExpanded(body, OrganizationNames.withFullNames(facts, organizations)),
                List.copyOf(people.all.values()), List.copyOf(organizations));
    }



    private Optional<Fact> classify(Document doc, List<Token> blockTokens, List<Token> run,
                                    People people, Set<String> organizations, int[] verbsBefore,
                                    Map<String, Boolean> worldNames) {
        String body = doc.body();
        String name = NameRuns.joined(run);
        int start = run.get(0).start();
        int end = run.get(run.size() - 1).end();
        int index = indexOf(blockTokens, run.get(0));
        int after = indexOf(blockTokens, run.get(run.size() - 1)) + 1;

        if (run.size() == 1 && name.endsWith("-based") && (gazetteer.isPlace(name.substring(0, name.length() - 6))
                || worldPlaces.entry(name.substring(0, name.length() - 6)) != null)) {
            // "a Kyiv-based analyst": the place is the word before "-based".
            String place = name.substring(0, name.length() - 6);
            return Optional.of(fact(doc, "entity.place-before-based", FactType.PLACE, start, start + place.length(), place));
        }
        Optional<String> outlet = gazetteer.outlet(name);
        if (outlet.isPresent()) {
            organizations.add(name);
            return Optional.of(fact(doc, "entity.organization-outlet", FactType.ORGANIZATION, start, end, name));
        }
        if (demonyms.contains(name) || (name.endsWith("s") && demonyms.contains(name.substring(0, name.length() - 1)))) {
            return Optional.empty();
        }
        if (after < blockTokens.size() && placeSuffixes.contains(blockTokens.get(after).lower())
                && !blockTokens.get(after).capitalized() && body.substring(end, blockTokens.get(after).start()).equals(" ")
                && !demonyms.contains(name)) {
            int suffixEnd = blockTokens.get(after).end();
            return Optional.of(fact(doc, "entity.place-with-suffix-word", FactType.PLACE, start, suffixEnd, body.substring(start, suffixEnd)));
        }
        if (gazetteer.isPlace(name)) {
            return Optional.of(fact(doc, "entity.place-listed", FactType.PLACE, start, end, name));
        }
        if (worldPlaces.cueBefore(body, blockTokens, index) && run.stream().noneMatch(Token::allCaps)) {
            // "an analyst based in Chiang Rai": after "in" or "near" a known place is no person's name (an
            // acronym, "in NATO", is left to the organisation rules).
            Optional<Fact> cued = worldPlace(doc, blockTokens, run, index, after, people, worldNames);
            if (cued.isPresent()) {
                return cued;
            }
        }
        Token lastToken = run.get(run.size() - 1);
        if (run.size() > 1 && placeSuffixes.contains(lastToken.lower()) && !demonyms.contains(NameRuns.joined(run.subList(0, run.size() - 1)))) {
            return Optional.of(fact(doc, "entity.place-suffix-word", FactType.PLACE, start, end, name));
        }
        if (run.size() > 1 && placePrefixes.contains(run.get(0).text())) {
            return Optional.of(fact(doc, "entity.place-prefix-word", FactType.PLACE, start, end, name));
        }
        int titleAt = lastTitleIndex(run);
        if (titleAt >= 0 && titleAt < run.size() - 1) {
            List<Token> nameTokens = nameAfterTitle(run.subList(titleAt + 1, run.size()));
            if (!nameTokens.isEmpty()) {
                Set<String> roles = roleWords(body, blockTokens, index);
                for (Token t : run.subList(0, titleAt + 1)) {
                    roles.add(t.lower());
                }
                return Optional.of(person(doc, "entity.person-title", nameTokens, roles, people));
            }
        }
        int connector = firstLowercase(run);
        if (connector > 0) {
            // "Mirela Kovač of the Coastal Farmers Union": a person of an organisation.
            List<Token> left = run.subList(0, connector);
            if (looksLikePersonName(left) && left.size() >= 2
                    && (givenNames.contains(left.get(0).text()) || people.all.containsKey(NameRuns.joined(left)))) {
                return Optional.of(person(doc, "entity.person-of-organization", left, roleWords(body, blockTokens, index), people));
            }
        }
        if (run.stream().anyMatch(t -> orgWords.contains(t.text()))) {
            organizations.add(name);
            return Optional.of(fact(doc, "entity.organization-word", FactType.ORGANIZATION, start, end, name));
        }
        if (run.size() == 1 && lastToken.allCaps() && lastToken.text().length() <= 7
                && !notOrgAcronyms.contains(lastToken.text()) && !Words.hasDigit(lastToken.text())) {
            String titleCase = name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
            if (gazetteer.isPlace(titleCase) || isDatelinePosition(doc, start) && !commonCapitalized.contains(titleCase)) {
                return Optional.of(fact(doc, "entity.place-capitals", FactType.PLACE, start, end, titleCase));
            }
            organizations.add(name);
            return Optional.of(fact(doc, "entity.organization-acronym", FactType.ORGANIZATION, start, end, name));
        }
        if (looksLikePersonName(run) && run.size() >= 2 && run.size() <= 3 && givenNames.contains(run.get(0).text())) {
            return Optional.of(person(doc, "entity.person-given-name", run, roleWords(body, blockTokens, index), people));
        }
        if (looksLikePersonName(run) && run.size() >= 2) {
            Set<String> roles = roleWords(body, blockTokens, index);
            boolean titled = !roles.isEmpty();
            boolean speaks = (after < blockTokens.size() && speechVerbs.contains(blockTokens.get(after).lower()))
                    || (index > 0 && SAID.contains(blockTokens.get(index - 1).lower()));
            boolean appositive = body.startsWith(", who ", end) || body.startsWith(", ", end) && appositiveFollows(blockTokens, after);
            boolean titledBeforeComma = index > 0 && titles.contains(blockTokens.get(index - 1).lower())
                    && body.substring(blockTokens.get(index - 1).end(), start).equals(", ");
            boolean namesSpeaker = start >= 2 && body.startsWith(", ", start - 2) && sentenceHasSpeechVerb(doc, start, verbsBefore);
            if (titledBeforeComma || namesSpeaker) {
                return Optional.of(person(doc, "entity.person-introduced-by-comma", run, roles, people));
            }
            if (titled || speaks || appositive) {
                return Optional.of(person(doc, titled ? "entity.person-title" : speaks ? "entity.person-speaks" : "entity.person-apposition", run, roles, people));
            }
        }
        Matcher acronym = ACRONYM_AFTER.matcher(body).region(end, body.length());
        if (run.size() >= 2 && acronym.lookingAt() && acronym.group(1).charAt(0) == name.charAt(0)) {
            organizations.add(name);
            return Optional.of(fact(doc, "entity.organization-with-acronym", FactType.ORGANIZATION, start, end, name));
        }
        Optional<Fact> worldPlace = worldPlace(doc, blockTokens, run, index, after, people, worldNames);
        if (worldPlace.isPresent()) {
            return worldPlace;
        }
        if (run.size() <= 3 && afterLocative(body, blockTokens, index) && looksLikePersonName(run)
                && !monthNames.contains(run.get(0).text()) && people.byPart(run.get(0).text()) == null) {
            return Optional.of(fact(doc, "entity.place-after-locative", FactType.PLACE, start, end, name));
        }
        return Optional.empty();
    }

    /**
     * A place of the world gazetteer, with the cue an ambiguous name needs; later bare mentions follow it. A name
     * counted like a thing ("40 X launchers") or naming fighters ("X militiamen") is no place, here or further on.
     */
    private Optional<Fact> worldPlace(Document doc, List<Token> blockTokens, List<Token> run, int index, int after,
                                      People people, Map<String, Boolean> worldNames) {
        String name = NameRuns.joined(run);
        WorldGazetteer.Entry entry = worldPlaces.entry(run, name);
        if (entry == null || Boolean.FALSE.equals(worldNames.get(name))) {
            return Optional.empty();
        }
        String body = doc.body();
        int start = run.get(0).start();
        int end = run.get(run.size() - 1).end();
        if (worldPlaces.counted(blockTokens, index) || worldPlaces.namesGroup(body, blockTokens, after)) {
            worldNames.put(name, false);
            return Optional.empty();
        }
        boolean personCue = after < blockTokens.size() && speechVerbs.contains(blockTokens.get(after).lower())
                && body.substring(end, blockTokens.get(after).start()).equals(" ")
                || body.startsWith(", who ", end) || body.startsWith(", ", end) && titleWithin(blockTokens, after, 6)
                || index > 0 && titles.contains(blockTokens.get(index - 1).lower());
        if (personCue || people.byPart(run.get(0).text()) != null) {
            return Optional.empty();
        }
        boolean dateline = isDatelinePosition(doc, start) && DATELINE_END.matcher(body).region(end, body.length()).lookingAt();
        if (!worldPlaces.isPlace(doc, blockTokens, run, entry, index, after, dateline)) {
            return Optional.empty();
        }
        worldNames.put(name, true);
        return Optional.of(fact(doc, "entity.place-world-gazetteer", FactType.PLACE, start, end, run.stream().allMatch(Token::allCaps) ? titleCased(run) : name));
    }

    /** "near Velmor", "in Nova Brecka", "the village of Ostrenko": a name right after a word of place. */
    private boolean afterLocative(String body, List<Token> tokens, int index) {
        if (index <= 0 || !body.substring(tokens.get(index - 1).end(), tokens.get(index).start()).equals(" ")) {
            return false;
        }
        StringBuilder lead = new StringBuilder();
        for (int k = index - 1; k >= 0 && k >= index - 4; k--) {
            lead.insert(0, tokens.get(k).lower() + (lead.length() == 0 ? "" : " "));
            if (locatives.contains(lead.toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Dara Molen ran to the gate … Molen said": a name-like run with no cue of its own is a person when a
     * later mention gives its surname (or, for names written surname first, its first word) alone.
     */
    private void confirmByLaterSurname(Document doc, List<List<Token>> unresolved, People people, List<Fact> facts) {
        String body = doc.body();
        Set<String> singles = new HashSet<>();
        Set<String> speakingSingles = new HashSet<>();
        for (List<Token> run : unresolved) {
            if (run.size() == 1) {
                singles.add(run.get(0).text());
                if (speechVerbs.contains(nextWord(body, run.get(0).end()))) {
                    speakingSingles.add(run.get(0).text());
                }
            }
        }
        List<List<Token>> confirmed = new ArrayList<>();
        for (List<Token> run : unresolved) {
            int sentenceStart = doc.sentenceAt(run.get(0).start()).start();
            boolean opensSentence = onlyOpeningMarks(body, sentenceStart, run.get(0).start());
            if (run.size() >= 2 && run.size() <= 3 && looksLikePersonName(run) && !people.all.containsKey(NameRuns.joined(run))
                    && (!opensSentence || givenNames.contains(run.get(0).text())
                        || speakingSingles.contains(run.get(run.size() - 1).text()))
                    && (singles.contains(run.get(run.size() - 1).text()) || singles.contains(run.get(0).text()))) {
                facts.add(person(doc, "entity.person-later-surname", run, new HashSet<>(), people));
                confirmed.add(run);
            }
        }
        unresolved.removeAll(confirmed);
    }

    /** Whether {@code [from,to)} holds nothing but opening quote marks and brackets; stops at the first other. */
    private static boolean onlyOpeningMarks(String body, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("\"“‘'([".indexOf(body.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The lower-case word after {@code offset}, past spaces ("Hysa said" gives "said"). */
    private static String nextWord(String body, int offset) {
        int start = offset;
        while (start < body.length() && body.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < body.length() && Character.isLetter(body.charAt(end))) {
            end++;
        }
        return body.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    private static int firstLowercase(List<Token> run) {
        for (int i = 0; i < run.size(); i++) {
            if (!run.get(i).capitalized()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sentenceHasSpeechVerb(Document doc, int offset, int[] verbsBefore) {
        Span sentence = doc.sentenceAt(offset);
        int from = Token.firstAtOrAfter(doc.tokens(), sentence.start());
        int to = Token.firstAtOrAfter(doc.tokens(), sentence.end());
        return verbsBefore[to] > verbsBefore[from];
    }

    /** "LAHORE:" or "ODESSA, Ukraine (AP) —": a capitalised word opening the lead is the dateline's place. */
    private static boolean isDatelinePosition(Document doc, int start) {
        for (Block block : doc.blocks().subList(0, Math.min(4, doc.blocks().size()))) {
            if (block.start() == start) {
                return true;
            }
        }
        return false;
    }

    /** A mention that names someone or something found in full elsewhere in the article. */
    private Optional<Fact> resolveKnown(Document doc, List<Token> run, People people, Set<String> organizations,
                                        Map<String, Boolean> worldNames) {
        String name = NameRuns.joined(run);
        int start = run.get(0).start();
        int end = run.get(run.size() - 1).end();
        if (gazetteer.isPlace(name) || Boolean.TRUE.equals(worldNames.get(name))) {
            return Optional.of(fact(doc, "entity.place-named-before", FactType.PLACE, start, end, name));
        }
        if (gazetteer.outlet(name).isPresent() || organizations.contains(name)) {
            return Optional.of(fact(doc, "entity.organization-named-before", FactType.ORGANIZATION, start, end, name));
        }
        Person person = people.all.get(name);
        if (person == null && run.size() == 1) {
            person = people.byPart(name);
        }
        if (person == null && run.size() > 1) {
            // A title-cased heading run such as "Mayor Velt Thanks Crews": look for a known person's words inside it.
            for (Token token : run) {
                Person p = people.byPart(token.text());
                if (p != null) {
                    return Optional.of(fact(doc, "entity.person-in-heading", FactType.PERSON, token.start(), token.end(), p.name()));
                }
            }
        }
        return person == null ? Optional.empty() : Optional.of(fact(doc, "entity.person-named-before", FactType.PERSON, start, end, person.name()));
    }

    /**
     * The people named in full so far, in the order they were named, and by the first and last word of their
     * names: a surname alone finds the latest person with it in one look, not by going through everyone.
     */
    private static final class People {
        final Map<String, Person> all = new LinkedHashMap<>();
        private final Map<String, Person> byPart = new HashMap<>();

        void add(Person person) {
            all.put(person.name(), person);
            String[] parts = person.parts();
            if (parts.length > 1) {
                byPart.put(parts[0], person);
                byPart.put(parts[parts.length - 1], person);
            }
        }

        /** The latest person whose name has more than one word and begins or ends with {@code word}. */
        Person byPart(String word) {
            return byPart.get(word);
        }
    }

    private Fact person(Document doc, String rule, List<Token> nameTokens, Set<String> roles, People people) {
        String name = NameRuns.joined(nameTokens);
        int start = nameTokens.get(0).start();
        int end = nameTokens.get(nameTokens.size() - 1).end();
        Person known = people.all.get(name);
        if (known == null) {
            Person shorter = nameTokens.size() == 1 ? people.byPart(name) : null;
            if (shorter != null) {
                return fact(doc, rule, FactType.PERSON, start, end, shorter.name());
            }
            people.add(new Person(name, roles, start));
        }
        return fact(doc, rule, FactType.PERSON, start, end, name);
    }

    /**
     * The name in the words after a title: those up to an "of" ("Rep Lee Dong-hwan of the People Power Party"),
     * else the last two or three ("Minister of Fisheries Arno Leskinen"). Empty when neither is a name.
     */
    private List<Token> nameAfterTitle(List<Token> after) {
        int lead = 0;
        while (lead < after.size() && after.get(lead).capitalized()) {
            lead++;
        }
        if (lead > 0 && looksLikePersonName(after.subList(0, lead))) {
            return after.subList(0, lead);
        }
        int size = after.size();
        if (size >= 3 && givenNames.contains(after.get(size - 3).text()) && looksLikePersonName(after.subList(size - 3, size))) {
            return after.subList(size - 3, size);
        }
        if (size >= 2 && looksLikePersonName(after.subList(size - 2, size))) {
            return after.subList(size - 2, size);
        }
        return List.of();
    }

    private boolean looksLikePersonName(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.size() > 4) {
            return false;
        }
        for (Token t : tokens) {
            if (!t.capitalized() || Words.hasDigit(t.text()) || orgWords.contains(t.text()) || unitWords.contains(t.text())
                    || gazetteer.isPlace(t.text()) || demonyms.contains(t.text()) || commonCapitalized.contains(t.text())
                    || notNameWords.contains(t.text()) || (t.text().endsWith("s") && demonyms.contains(t.text().substring(0, t.text().length() - 1)))
                    || (t.allCaps() && t.text().length() > 1)) {
                return false;
            }
        }
        return true;
    }

    private int lastTitleIndex(List<Token> run) {
        int found = -1;
        for (int i = 0; i < run.size(); i++) {
            if (titles.contains(run.get(i).lower()) && Character.isUpperCase(run.get(i).text().charAt(0))) {
                found = i;
            }
        }
        return found;
    }

    /** Lower-case role words just before a name ("the Finnish leader", "spokeswoman"), within its clause. */
    private Set<String> roleWords(String body, List<Token> tokens, int index) {
        Set<String> roles = new HashSet<>();
        boolean titled = false;
        for (int k = index - 1; k >= 0 && k >= index - 4; k--) {
            Token t = tokens.get(k);
            String gap = body.substring(t.end(), tokens.get(k + 1).start());
            if (!gap.isBlank()) {
                break;
            }
            String lower = t.lower();
            if (titles.contains(lower)) {
                titled = true;
            }
            if (t.capitalized() || titles.contains(lower) || !connectors.contains(lower)) {
                roles.add(Words.stripPossessive(lower));
            }
        }
        return titled ? roles : new HashSet<>();
    }

    /** ", a spokeswoman for …", ", 45, " or ", the commander of …" after a name. */
    private boolean appositiveFollows(List<Token> tokens, int after) {
        for (int k = after; k < tokens.size() && k < after + 4; k++) {
            String lower = tokens.get(k).lower();
            if (titles.contains(lower) || lower.length() <= 2 && Words.hasDigit(lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X launchers" taken by an earlier stage: a name whose fact goes on into lower-case words names a
     * thing, so its bare mentions are no place either.
     */
    private static boolean namesAThing(List<Token> tokens, List<Token> run, Claims claimed) {
        int after = indexOf(tokens, run.get(run.size() - 1)) + 1;
        return after > 0 && after < tokens.size() && !tokens.get(after).capitalized()
                && claimed.overlaps(tokens.get(after).start(), tokens.get(after).end());
    }

    /** "SANTA ROSA" as "Santa Rosa": a dateline's capitals are not part of the name. */
    private static String titleCased(List<Token> run) {
        StringBuilder sb = new StringBuilder();
        for (Token t : run) {
            sb.append(sb.length() == 0 ? "" : " ").append(t.text().charAt(0)).append(t.lower().substring(1));
        }
        return sb.toString();
    }

    /** A title among the {@code count} words from {@code from} (", a deputy mayor"). */
    private boolean titleWithin(List<Token> tokens, int from, int count) {
        for (int k = from; k < tokens.size() && k < from + count; k++) {
            if (titles.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<Token> tokens, Token token) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = tokens.get(mid).start();
            if (start == token.start()) {
                return mid;
            }
            if (start < token.start()) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }


    private static Fact fact(Document doc, String rule, FactType type, int start, int end, String name) {
        return new Fact(type, doc.text(start, end), start, end, null, null, name, doc.sectionAt(start), rule);
    }
}
