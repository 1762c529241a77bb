package io.factwire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the words that name a speaker into the speaker's canonical name: a name ("Berg", "Anna Berg"), a
 * pronoun ("he", "she": the person last named before), a role ("the spokeswoman", "the Finnish leader": the
 * person introduced with it) or an organisation ("the ministry"). Indefinite mentions ("a resident") name
 * nobody.
 */
final class SpeakerResolver {
    /** Compiled once, not on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Compiled once, not on every call. */
    private static final Pattern POSSESSIVE_S = Pattern.compile("[’']s\\b");

    /** How far back a person named before a bare role may be (about two paragraphs). */
    private static final int RECENT_CHARS = 600;
    /** How far back an unnamed person's introduction ("a local official") is looked for. */
    private static final int INTRODUCTION_REACH = 3000;
    /** People the article keeps unnamed on purpose ("the source", "a resident"): their quotes name nobody. */
    private static final Set<String> ANONYMOUS = Set.of(
            "source",
            "sources",
            "resident",
            "residents",
            "witness",
            "eyewitness",
            "villager",
            "survivor",
            "relative",
            "neighbour",
            "neighbor",
            "insider",
            "interlocutor",
            "woman",
            "man");
    /** Nouns for bodies that speak ("the ministry said"): they name an organisation, never a person. */
    private static final Set<String> BODY_NOUNS = Set.of(
            "ministry",
            "agency",
            "government",
            "army",
            "military",
            "embassy",
            "office",
            "kremlin",
            "command",
            "service",
            "department",
            "council",
            "committee",
            "police",
            "company",
            "party",
            "spokesperson");

    /** What a body issues and the article lets speak for it ("the statement said", "the letter warned"). */
    private static final Set<String> DOCUMENT_NOUNS =
            Set.of("statement", "letter", "report", "communique", "communiqué", "bulletin", "release");

    private static final Pattern WORD = Pattern.compile("[\\p{L}’'\\-]+");
    private static final Set<String> DETERMINERS =
            Set.of("the", "a", "an", "one", "another", "its", "his", "her", "their");
    /** "their sergeant", "his spokesman": someone else than who they belong to. */
    private static final Pattern POSSESSIVE_DETERMINER = Pattern.compile("(?i)\\s*(?:his|her|their|its)\\b");

    private static final Pattern SPOKEN_TO = Pattern.compile("\\b(?:told|to|with)\\s+(?:the\\s+)?$");
    private static final Pattern RELATIVE = Pattern.compile("\\s*(?:who|whom|whose|which)\\b");
    /** How far back the comma that opens an aside is looked for. */
    private static final int RELATIVE_CLAUSE_CHARS = 120;

    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");
    /** A capitalised name or people's word right before an organisation: "Velmar’s ", "the Velmaran ". */
    private static final Pattern NAME_BEFORE =
            Pattern.compile("(?<!\\p{L})(\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)?)([’']s)? $");

    /** A verb or adverb in lower case right after a subject ("Osk confirmed", "Osk also said"). */
    private static final Pattern LOWER_WORD_AFTER = Pattern.compile("\\s+\\p{Ll}+\\b");
    /** An unnamed person opening a sentence: "A police spokesman", "One senior officer" up to its first verb. */
    private static final Pattern UNNAMED_OPENING =
            Pattern.compile("[\"“]?(?:A|An|One|Another)\\s+((?:[\\p{L}’'-]+\\s+){0,3}[\\p{L}’'-]+)");

    private static final Pattern PRONOUN = Pattern.compile("\\b(he|she|He|She)\\b");
    private static final Pattern INDEFINITE =
            Pattern.compile("(?i)^\\s*(a|an|one|another|some|several|many|two|three)\\b");
    /**
     * How many people sharing a role word a role is matched against, the latest named: bounds the work when a text
     * names thousands with one role; no article names a hundred spokespeople.
     */
    private static final int ROLE_CANDIDATES = 100;

    private static final Set<String> HEADS_OF_STATE =
            Set.of("president", "prime", "premier", "chancellor", "king", "queen", "leader", "emperor", "minister");
    private final Document doc;
    private final Set<String> roleNouns;
    private final Entities entities;
    private final List<? extends Spanned> quoteSpans;
    /** Mentions in text order (they do not overlap), so the ones in a range are found by binary search. */
    private final List<Fact> mentions;

    private final List<Fact> peopleOutsideQuotes = new ArrayList<>();
    /** People by the words of their roles, each list in the order they were named: a role looks only there. */
    private final Map<String, List<Person>> peopleByRoleWord = new HashMap<>();

    private final List<Person> peopleWithRoles = new ArrayList<>();
    private final List<Person> leaders = new ArrayList<>();
    /** Organisations and formations named outside quotations, in text order: who "the ministry" or "it" is. */
    private final List<Fact> bodiesOutsideQuotes = new ArrayList<>();
    /** The last words of the organisations the article names ("network" of "the Velmar Doctors Network"). */
    private final Set<String> organizationHeads = new HashSet<>();

    private final Vocabulary vocabulary;

    /**
     * The words the resolver reads by: person titles, demonyms ("Velmaran ministry"), places ("Velmar’s
     * ministry") and a pattern for an organisation's pronoun before a speech verb ("it said").
     */
    record Vocabulary(
            Set<String> roleNouns,
            Set<String> demonyms,
            Gazetteer places,
            Pattern itSpeaks,
            Set<String> speakingBodies) {}

    /** A resolved speaker: canonical name (null when nobody is named) and the mention as written. */
    record Speaker(String name, String mention, int mentionStart) {}

    SpeakerResolver(Document doc, Vocabulary vocabulary, Entities entities, List<? extends Spanned> quoteSpans) {
        this.doc = doc;
        this.vocabulary = vocabulary;
        this.roleNouns = vocabulary.roleNouns();
        this.entities = entities;
        this.quoteSpans = quoteSpans;
        this.mentions = entities.mentions();
        for (Fact f : mentions) {
            if (f.type() == FactType.PERSON && !insideQuote(f.start())) {
                peopleOutsideQuotes.add(f);
            } else if (speaksAsBody(f) && !insideQuote(f.start())) {
                bodiesOutsideQuotes.add(f);
            }
        }
        for (Person person : entities.people()) {
            for (String word : person.roleWords()) {
                peopleByRoleWord.computeIfAbsent(word, w -> new ArrayList<>()).add(person);
            }
            if (!person.roleWords().isEmpty()) {
                peopleWithRoles.add(person);
            }
            if (person.roleWords().contains("leader")
                    || person.roleWords().stream().anyMatch(HEADS_OF_STATE::contains)) {
                leaders.add(person);
            }
        }
        for (String name : entities.organizations()) {
            String head = lastWord(name);
            if (name.strip().contains(" ") && head.chars().allMatch(Character::isLetter) && !roleNouns.contains(head)) {
                organizationHeads.add(head);
            }
        }
    }

    private static boolean speaksAsBody(Fact f) {
        return f.type() == FactType.ORGANIZATION || f.type() == FactType.MILITARY_UNIT;
    }

    /**
     * The speaker named in {@code [from,to)} of the body, preferring the mention nearest {@code anchor} (the
     * speech verb): the last one before it or the first one after it.
     */
    Speaker resolve(String body, int from, int to, boolean preferLast) {
        doc.budget().step(4L * (to - from) + 1);
        Speaker person = person(from, to, preferLast);
        if (person != null) {
            return person;
        }
        for (int i = Spans.firstStartingAtOrAfter(mentions, from);
                i < mentions.size() && mentions.get(i).start() < to;
                i++) {
            doc.budget().check();
            Fact f = mentions.get(i);
            if (f.end() <= to && speaksAsBody(f) && !insideQuote(f.start()) && !outletSpokenTo(f)) {
                return new Speaker(bodyName(f), f.text(), f.start());
            }
        }
        String clause = body.substring(from, to);
        Fact place = placeAsSpeaker(clause, from, to);
        if (place != null) {
            return new Speaker(place.name(), place.text(), place.start());
        }
        Matcher pronoun = PRONOUN.matcher(clause);
        if (pronoun.find()) {
            int at = from + pronoun.start();
            Fact last = lastPersonBefore(at);
            if (last != null && unnamedSubjectBetween(last.end(), at)) {
                // "A police spokesman said … “…,” he said.": the pronoun is the unnamed one, not who was named before.
                return new Speaker(null, pronoun.group(), at);
            }
            Fact subject = last == null ? null : firstPersonInSentenceOf(last);
            Fact lead = articleSubject(pronoun.group().toLowerCase(Locale.ROOT), at, last);
            if (lead != null) {
                subject = lead;
            }
            return new Speaker(subject == null ? null : subject.name(), pronoun.group(), at);
        }
        Matcher it = vocabulary.itSpeaks().matcher(clause);
        if (it.find()) {
            Fact speaking = bodySubjectBefore(from + it.start(), true);
            if (speaking == null) {
                speaking = placeSubjectBefore(from + it.start());
            }
            if (speaking != null) {
                return new Speaker(
                        speaking.type() == FactType.PLACE ? speaking.name() : bodyName(speaking),
                        it.group(1),
                        from + it.start());
            }
        }
        String nominal = nominal(clause);
        if (nominal != null) {
            int at = from + clause.indexOf(nominal);
            if (DOCUMENT_NOUNS.contains(lastWord(nominal))) {
                // "The statement said", "the letter warned": the body that issued it, named before.
                Fact speaking = bodySubjectBefore(at, false);
                return new Speaker(speaking == null ? null : bodyName(speaking), nominal.strip(), at);
            }
            if (INDEFINITE.matcher(nominal).find()) {
                return new Speaker(null, nominal.strip(), at);
            }
            String name = byRole(nominal, at);
            if (name == null
                    && !isBodyNoun(lastWord(nominal))
                    && !ANONYMOUS.contains(lastWord(nominal))
                    && !POSSESSIVE_DETERMINER.matcher(nominal).lookingAt()) {
                // "the Conservative MP said": a role the introduction did not use still points at who was just named.
                Fact last = lastPersonBefore(at);
                name = last != null && at - last.start() < RECENT_CHARS ? last.name() : null;
            }
            if (name != null && !isBodyNoun(lastWord(nominal)) && unnamedIntroducedSince(nominal, name, at)) {
                // "A local official told Radio Brodno … “…,” the official said": the unnamed one, not a named official
                name = null;
            }
            return new Speaker(name, nominal.strip(), at);
        }
        return null;
    }

    /**
     * "“…,” Velmar said", "Osk said in a statement: “…”": a place that is the whole clause naming the speaker speaks
     * for its government (a capital or a country for the state). Only the place itself, perhaps after "the": a place
     * among other words ("a resident of Osk") names no speaker.
     */
    private Fact placeAsSpeaker(String clause, int from, int to) {
        String trimmed = clause.strip();
        if (trimmed.isEmpty() || trimmed.length() > 40 || !Character.isUpperCase(trimmed.charAt(0))) {
            return null;
        }
        for (int i = Spans.firstStartingAtOrAfter(mentions, from);
                i < mentions.size() && mentions.get(i).start() < to;
                i++) {
            Fact f = mentions.get(i);
            if (f.type() == FactType.PLACE && f.end() <= to && !insideQuote(f.start())) {
                String rest =
                        (doc.body().substring(from, f.start()) + doc.body().substring(f.end(), to)).strip();
                return rest.isEmpty() || rest.equalsIgnoreCase("the") ? f : null;
            }
        }
        return null;
    }

    /**
     * "Osk confirmed the deal in a statement. “…,” it said.": a place that opens one of the sentences before (this
     * one, or up to two before in this paragraph or the one before) and is followed by a verb, as a government is.
     * Not past a sentence that quotes someone.
     */
    private Fact placeSubjectBefore(int offset) {
        int block = doc.blockIndexAt(offset);
        int floor = doc.blocks().get(Math.max(0, block - 1)).start();
        Span sentence = doc.sentenceAt(offset);
        int to = offset;
        for (int n = 0; n < 3 && sentence.start() >= floor; n++) {
            if (quoteIn(n == 0 ? pastOpeningQuote(sentence) : sentence.start(), to)) {
                return null;
            }
            int first = Spans.firstStartingAtOrAfter(mentions, sentence.start());
            if (first < mentions.size()) {
                Fact f = mentions.get(first);
                String before = doc.body().substring(sentence.start(), Math.max(sentence.start(), f.start()));
                if (f.type() == FactType.PLACE
                        && f.end() <= to
                        && before.isBlank()
                        && LOWER_WORD_AFTER
                                .matcher(doc.body())
                                .region(f.end(), to)
                                .lookingAt()) {
                    return f;
                }
            }
            to = sentence.start();
            sentence = sentenceBefore(sentence);
            if (sentence == null) {
                break;
            }
        }
        return null;
    }

    /**
     * Whether a sentence that opens with an unnamed person ("A police spokesman said …", "One witness told …")
     * starts in {@code (from, to)}, in the paragraph of {@code to} or the one before: a "he" after it is that one.
     */
    private boolean unnamedSubjectBetween(int from, int to) {
        int block = doc.blockIndexAt(to);
        int floor = Math.max(from, doc.blocks().get(Math.max(0, block - 1)).start());
        Span sentence = doc.sentenceAt(to);
        for (int n = 0; n < 4 && sentence.start() >= floor; n++) {
            int end = Math.min(sentence.end(), sentence.start() + 80);
            doc.budget().step(end - sentence.start() + 1);
            String opening = doc.body().substring(sentence.start(), Math.max(sentence.start(), end));
            Matcher m = UNNAMED_OPENING.matcher(opening);
            if (m.lookingAt() && sentence.start() + m.end() <= to) {
                for (String word : m.group(1).toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (roleNouns.contains(word) || ANONYMOUS.contains(word)) {
                        return true;
                    }
                }
            }
            sentence = sentenceBefore(sentence);
            if (sentence == null) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether an indefinite mention with the nominal's head word ("a local official") stands after the last mention of
     * {@code name} and before {@code at}, within {@link #INTRODUCTION_REACH} characters: the role then points at that
     * unnamed person.
     */
    private boolean unnamedIntroducedSince(String nominal, String name, int at) {
        if (!nominal.strip().toLowerCase(Locale.ROOT).startsWith("the ")) {
            return false;
        }
        int from = Math.max(0, at - INTRODUCTION_REACH);
        for (int k = Spans.firstEndingAfter(peopleOutsideQuotes, at) - 1; k >= 0; k--) {
            Fact f = peopleOutsideQuotes.get(k);
            if (f.start() < from) {
                break;
            }
            if (f.name().equals(name)) {
                from = f.end();
                break;
            }
        }
        if (from >= at) {
            return false;
        }
        doc.budget().step(at - from + 1);
        Pattern indefinite = Pattern.compile(
                "(?i)\\b(?:a|an|one|another)\\s+(?:[\\p{L}’'-]+\\s+){0,3}" + Pattern.quote(lastWord(nominal)) + "\\b");
        Matcher m = indefinite.matcher(doc.body()).region(from, at);
        while (m.find()) {
            // "Dara Molen, a spokeswoman for …": the apposition of someone named is no unnamed person
            int k = Spans.firstEndingAfter(peopleOutsideQuotes, m.start()) - 1;
            boolean apposition = k >= 0
                    && doc.body()
                            .substring(peopleOutsideQuotes.get(k).end(), m.start())
                            .equals(", ");
            if (!apposition) {
                return true;
            }
        }
        return false;
    }

    /** A person named in {@code [from,to)} outside quotations: the last one, or the first. */
    Speaker person(int from, int to, boolean preferLast) {
        Fact person = null;
        for (int i = Spans.firstStartingAtOrAfter(peopleOutsideQuotes, from);
                i < peopleOutsideQuotes.size() && peopleOutsideQuotes.get(i).start() < to;
                i++) {
            doc.budget().check();
            Fact f = peopleOutsideQuotes.get(i);
            // "Ambassador Dara Molen, who stood beside Vesna Kral, thanked …": who speaks is not in the aside.
            if (f.end() <= to
                    && (person == null || preferLast && !inRelativeClause(Math.max(from, person.end()), f.start()))) {
                person = f;
            }
        }
        return person == null ? null : new Speaker(person.name(), person.text(), person.start());
    }

    /** "told Radio Brodno", "in an interview with the Brodno Post": the outlet listened; someone else spoke. */
    private boolean outletSpokenTo(Fact f) {
        if (vocabulary.places().outlet(f.text()).isEmpty()) {
            return false;
        }
        int from = Math.max(0, f.start() - 12);
        return SPOKEN_TO.matcher(doc.body()).region(from, f.start()).find();
    }

    /** Whether {@code offset} stands in a ", who …" aside opened after {@code from} and not closed before it. */
    private boolean inRelativeClause(int from, int offset) {
        String body = doc.body();
        int floor = Math.max(from, offset - RELATIVE_CLAUSE_CHARS);
        doc.budget().step(offset - floor + 1);
        for (int c = offset - 1; c >= floor; c--) {
            if (body.charAt(c) == ',') {
                return RELATIVE.matcher(body).region(c + 1, offset).lookingAt();
            }
        }
        return false;
    }

    /**
     * "Tarvo said his party would not join a government led by Osk. “…,” he said.": a pronoun points at the
     * subject of the sentence that last named someone, the first person it names, not the last.
     */
    private Fact firstPersonInSentenceOf(Fact mention) {
        Span sentence = doc.sentenceAt(mention.start());
        int first = Spans.firstStartingAtOrAfter(peopleOutsideQuotes, sentence.start());
        if (first < peopleOutsideQuotes.size()
                && sentence.contains(peopleOutsideQuotes.get(first).start())) {
            return peopleOutsideQuotes.get(first);
        }
        return mention;
    }

    /**
     * An obituary's or a profile's "she" after a witness was quoted: the person the lead names, when the lead calls
     * them by this pronoun and a paragraph between the last person named and the pronoun tells of "she" without
     * naming anyone ("Dara Molen … died on Monday. She was 88. … “…,” said a nurse, Ivo Tarn. ¶ In 1974 she founded
     * … ¶ “…,” she said.": Molen, not Tarn). Null when no such paragraph stands between.
     */
    private Fact articleSubject(String pronoun, int at, Fact last) {
        if (last == null || peopleOutsideQuotes.isEmpty()) {
            return null;
        }
        Fact lead = peopleOutsideQuotes.get(0);
        int leadBlock = doc.blockIndexAt(lead.start());
        for (int b = 0; b < leadBlock; b++) {
            if (!doc.blocks().get(b).heading()) {
                return null; // the first person is not named in the lead
            }
        }
        if (lead.name() == null || lead.name().equals(last.name())) {
            return null;
        }
        int nextPerson = peopleOutsideQuotes.size() > 1
                ? peopleOutsideQuotes.get(1).start()
                : doc.body().length();
        if (!pronoun.equals(firstPronounOutsideQuotes(lead.end(), nextPerson))) {
            return null;
        }
        int lastBlock = doc.blockIndexAt(last.end());
        int atBlock = doc.blockIndexAt(at);
        for (int b = lastBlock + 1; b < atBlock; b++) {
            Block block = doc.blocks().get(b);
            int k = Spans.firstStartingAtOrAfter(peopleOutsideQuotes, block.start());
            boolean namesSomeone =
                    k < peopleOutsideQuotes.size() && peopleOutsideQuotes.get(k).start() < block.end();
            if (!namesSomeone && pronoun.equals(firstPronounOutsideQuotes(block.start(), block.end()))) {
                return lead;
            }
        }
        return null;
    }

    /** The first "he" or "she" in {@code [from,to)} outside quotations, in lower case, or null. */
    private String firstPronounOutsideQuotes(int from, int to) {
        doc.budget().step(Math.max(0, to - from) + 1);
        Matcher m = PRONOUN.matcher(doc.body()).region(from, Math.max(from, to));
        while (m.find()) {
            if (!insideQuote(m.start())) {
                return m.group().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The person last mentioned before {@code offset}, outside quotations. */
    Fact lastPersonBefore(int offset) {
        // Mentions do not overlap, so their ends are in order too.
        int k = Spans.firstEndingAfter(peopleOutsideQuotes, offset);
        return k == 0 ? null : peopleOutsideQuotes.get(k - 1);
    }

    /**
     * Where to look for other quotations in the sentence of an attribution: past the quotation that opens it ("“…,”
     * the group said"), which is the one being attributed.
     */
    private int pastOpeningQuote(Span sentence) {
        int k = Spans.firstStartingAtOrAfter(quoteSpans, sentence.start());
        if (k < quoteSpans.size() && quoteSpans.get(k).start() <= sentence.start() + 2) {
            return Math.max(sentence.start(), quoteSpans.get(k).end());
        }
        return sentence.start();
    }

    /** Whether a quotation starts in {@code [from,to)}. */
    private boolean quoteIn(int from, int to) {
        int k = Spans.firstStartingAtOrAfter(quoteSpans, from);
        return k < quoteSpans.size() && quoteSpans.get(k).start() < to;
    }

    /** Quotations are in text order and do not overlap, so a binary search finds the one that could hold it. */
    private boolean insideQuote(int offset) {
        return Spans.covering(quoteSpans, offset) != null;
    }

    /**
     * "the Finnish leader", "a senior diplomat", "the ministry", "Velmar’s foreign ministry": a determiner or a
     * possessive name, modifiers, a role or body noun. A document ("a statement") is taken only when nothing else
     * is named.
     */
    private String nominal(String clause) {
        List<Span> words = new java.util.ArrayList<>();
        Matcher w = WORD.matcher(clause);
        while (w.find()) {
            words.add(new Span(w.start(), w.end()));
        }
        String found = null;
        String statement = null;
        for (int i = 0; i < words.size(); i++) {
            String written = clause.substring(words.get(i).start(), words.get(i).end());
            String word = written.toLowerCase(Locale.ROOT);
            boolean possessiveName = Character.isUpperCase(written.charAt(0))
                    && POSSESSIVE.matcher(written).find();
            if (!DETERMINERS.contains(word) && !possessiveName) {
                continue;
            }
            int first = i;
            // "South Velmar’s ministry": the whole name before the possessive.
            while (possessiveName
                    && first > 0
                    && Character.isUpperCase(clause.charAt(words.get(first - 1).start()))
                    && clause.substring(
                                    words.get(first - 1).end(), words.get(first).start())
                            .equals(" ")) {
                first--;
            }
            for (int j = i + 1; j < words.size() && j <= i + 4; j++) {
                String writtenHead =
                        clause.substring(words.get(j).start(), words.get(j).end());
                String head = writtenHead.toLowerCase(Locale.ROOT);
                // An organisation's last word stands for it in lower case ("the network"), not as a name ("AFP").
                if (isHead(head) && (head.equals(writtenHead) || !organizationHeads.contains(head))) {
                    // "the company sergeant", "the military government": the last of adjacent nouns is the head.
                    while (j + 1 < words.size()
                            && isHead(clause.substring(
                                            words.get(j + 1).start(),
                                            words.get(j + 1).end())
                                    .toLowerCase(Locale.ROOT))
                            && clause.substring(
                                            words.get(j).end(), words.get(j + 1).start())
                                    .equals(" ")) {
                        j++;
                        head = clause.substring(
                                        words.get(j).start(), words.get(j).end())
                                .toLowerCase(Locale.ROOT);
                    }
                    String phrase = clause.substring(
                            words.get(first).start(), words.get(j).end());
                    if (DOCUMENT_NOUNS.contains(head)) {
                        statement = phrase;
                    } else {
                        found = phrase;
                    }
                    break;
                }
            }
        }
        return found != null ? found : statement;
    }

    private boolean isHead(String word) {
        return roleNouns.contains(word)
                || isBodyNoun(word)
                || ANONYMOUS.contains(word)
                || DOCUMENT_NOUNS.contains(word);
    }

    private static String lastWord(String phrase) {
        String[] words = SPACES.split(phrase.strip().toLowerCase(Locale.ROOT));
        return words[words.length - 1];
    }

    private boolean isBodyNoun(String head) {
        return BODY_NOUNS.contains(head)
                || vocabulary.speakingBodies().contains(head)
                || organizationHeads.contains(head);
    }

    /** The person whose introduction used the role's words, or the organisation the noun names. */
    private String byRole(String nominal, int at) {
        String earlier = byRole(nominal, at, true);
        return earlier != null ? earlier : byRole(nominal, at, false);
    }

    /** With {@code earlierOnly}, only people introduced before the mention; else anyone (the role came first). */
    private String byRole(String nominal, int at, boolean earlierOnly) {
        String[] words = SPACES.split(
                POSSESSIVE_S.matcher(nominal.toLowerCase(Locale.ROOT)).replaceAll(""));
        String head = words[words.length - 1];
        String best = null;
        int bestScore = 0;
        List<Person> candidates = isBodyNoun(head)
                ? List.of()
                : head.equals("official")
                        ? peopleWithRoles
                        : head.equals("leader") ? leaders : peopleByRoleWord.getOrDefault(head, List.of());
        for (Person person : candidates.subList(Math.max(0, candidates.size() - ROLE_CANDIDATES), candidates.size())) {
            doc.budget().check();
            if (earlierOnly && person.firstMention() > at) {
                continue;
            }
            int score = 0;
            if (person.roleWords().contains(head)) {
                score += 3;
            } else if (head.equals("leader") && person.roleWords().stream().anyMatch(HEADS_OF_STATE::contains)) {
                score += 2;
            } else if (head.equals("official") && !person.roleWords().isEmpty()) {
                score += 1;
            } else {
                continue;
            }
            for (int i = 1; i < words.length - 1; i++) {
                if (person.roleWords().contains(words[i])) {
                    score++;
                }
            }
            if (score >= bestScore) {
                bestScore = score;
                best = person.name();
            }
        }
        if (best != null) {
            return best;
        }
        if (isBodyNoun(head)) {
            return bodyByNoun(words, nominal, at);
        }
        return null;
    }

    /**
     * "the ministry", "the network": the organisation last named before whose name has the noun ("the army" may
     * be the "Armed Forces"), else the one the sentences before name first. A nominal with a name in it ("the Velmaran military",
     * "Velmar’s foreign ministry") takes only an organisation named with that name, or is the name itself.
     */
    private String bodyByNoun(String[] words, String nominal, int at) {
        String head = words[words.length - 1];
        List<String> qualifiers = new ArrayList<>();
        for (String written : SPACES.split(nominal.strip())) {
            if (Character.isUpperCase(written.charAt(0)) && !DETERMINERS.contains(written.toLowerCase(Locale.ROOT))) {
                qualifiers.add(POSSESSIVE.matcher(written).replaceAll("").toLowerCase(Locale.ROOT));
            }
        }
        Pattern headWord = Pattern.compile("\\b" + Pattern.quote(head) + "\\b");
        Fact before = null;
        for (Fact f : bodiesOutsideQuotes) {
            doc.budget().check();
            String name = bodyName(f).toLowerCase(Locale.ROOT);
            if (!namesBody(name, head, headWord) || !qualifiers.stream().allMatch(name::contains)) {
                continue;
            }
            if (f.start() >= at) {
                break;
            }
            before = f;
        }
        if (before != null) {
            return bodyName(before);
        }
        if (qualifiers.isEmpty()) {
            // "JNIM gave another account. In a post, the group said …": the body the sentences before speak of.
            Fact subject = bodySubjectBefore(at, true);
            return subject == null ? null : bodyName(subject);
        }
        String[] written = SPACES.split(nominal.strip(), 2);
        return DETERMINERS.contains(written[0].toLowerCase(Locale.ROOT)) && written.length > 1
                ? written[1]
                : nominal.strip();
    }

    /** {@code headWord} is {@code head} as a whole word, compiled once for all the bodies a nominal is tried on. */
    private static boolean namesBody(String name, String head, Pattern headWord) {
        if (headWord.matcher(name).find()) {
            return true;
        }
        return (head.equals("army") || head.equals("military"))
                && (name.contains("armed forces")
                        || name.contains("defence forces")
                        || name.contains("defense forces"));
    }

    /**
     * An organisation as the article names it where it speaks: a body every country has ("Water Ministry")
     * with the country or people written before it ("Velmar’s Water Ministry", "the Velmaran Water
     * Ministry"), which the entity's name leaves out.
     */
    String bodyName(Fact f) {
        if (!BODY_NOUNS.contains(lastWord(f.name()))) {
            return f.name();
        }
        int from = Math.max(0, f.start() - 40);
        Matcher m = NAME_BEFORE.matcher(doc.body()).region(from, f.start());
        if (!m.find()) {
            return f.name();
        }
        String qualifier = m.group(1);
        boolean known = m.group(2) != null
                ? vocabulary.places().isPlace(qualifier)
                : vocabulary.demonyms().contains(qualifier.toLowerCase(Locale.ROOT));
        return known && !f.name().startsWith(qualifier)
                ? doc.body().substring(m.start(), f.start()) + f.name()
                : f.name();
    }

    /**
     * "The Velmar Doctors Network gave another account. In a statement, it said …": the organisation a recent
     * sentence (this one, or up to two before in this paragraph or the one before) names first. With
     * {@code stopAtQuote}, not past a sentence that quotes someone ("“…,” the mayor said. It added …").
     */
    private Fact bodySubjectBefore(int offset, boolean stopAtQuote) {
        int block = doc.blockIndexAt(offset);
        int floor = doc.blocks().get(Math.max(0, block - 1)).start();
        Span sentence = doc.sentenceAt(offset);
        int to = offset;
        for (int n = 0; n < 3 && sentence.start() >= floor; n++) {
            if (stopAtQuote && quoteIn(n == 0 ? pastOpeningQuote(sentence) : sentence.start(), to)) {
                // A sentence that quotes someone hands the speech on to its speaker, which the quote rules find.
                return null;
            }
            int first = Spans.firstStartingAtOrAfter(bodiesOutsideQuotes, sentence.start());
            if (first < bodiesOutsideQuotes.size()
                    && bodiesOutsideQuotes.get(first).end() <= to) {
                return bodiesOutsideQuotes.get(first);
            }
            to = sentence.start();
            sentence = sentenceBefore(sentence);
            if (sentence == null) {
                break;
            }
        }
        return null;
    }

    /** The sentence that ends before {@code sentence}, past the white space between them; null at the start. */
    private Span sentenceBefore(Span sentence) {
        if (sentence.start() == 0) {
            return null;
        }
        int back = sentence.start() - 1;
        while (back > 0 && Character.isWhitespace(doc.body().charAt(back))) {
            back--;
        }
        Span previous = doc.sentenceAt(back);
        return previous.start() < sentence.start() ? previous : null;
    }
}
