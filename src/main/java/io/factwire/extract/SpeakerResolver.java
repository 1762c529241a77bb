package io.factwire.extract;

import java.util.ArrayList;
import java.util.HashMap;
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
    /** How far back a person named before a bare role may be (about two paragraphs). */
    private static final int RECENT_CHARS = 600;
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
            "statement",
            "company",
            "party",
            "spokesperson");

    private static final Pattern WORD = Pattern.compile("[\\p{L}’'\\-]+");
    private static final Set<String> DETERMINERS =
            Set.of("the", "a", "an", "one", "another", "its", "his", "her", "their");
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
    private final Map<String, String> lastOrganizationNamed = new HashMap<>();

    /** A resolved speaker: canonical name (null when nobody is named) and the mention as written. */
    record Speaker(String name, String mention, int mentionStart) {}

    SpeakerResolver(Document doc, Set<String> roleNouns, Entities entities, List<? extends Spanned> quoteSpans) {
        this.doc = doc;
        this.roleNouns = roleNouns;
        this.entities = entities;
        this.quoteSpans = quoteSpans;
        this.mentions = entities.mentions();
        for (Fact f : mentions) {
            if (f.type() == FactType.PERSON && !insideQuote(f.start())) {
                peopleOutsideQuotes.add(f);
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
        for (String noun : BODY_NOUNS) {
            for (String name : entities.organizations()) {
                if (name.toLowerCase(Locale.ROOT).contains(noun)) {
                    lastOrganizationNamed.put(noun, name);
                }
            }
        }
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
            boolean speaksAsBody = f.type() == FactType.ORGANIZATION || f.type() == FactType.MILITARY_UNIT;
            if (f.end() <= to && speaksAsBody && !insideQuote(f.start())) {
                return new Speaker(f.name(), f.text(), f.start());
            }
        }
        String clause = body.substring(from, to);
        Matcher pronoun = PRONOUN.matcher(clause);
        if (pronoun.find()) {
            Fact last = lastPersonBefore(from + pronoun.start());
            Fact subject = last == null ? null : firstPersonInSentenceOf(last);
            return new Speaker(subject == null ? null : subject.name(), pronoun.group(), from + pronoun.start());
        }
        String nominal = nominal(clause);
        if (nominal != null) {
            int at = from + clause.indexOf(nominal);
            if (INDEFINITE.matcher(nominal).find()) {
                return new Speaker(null, nominal.strip(), at);
            }
            String name = byRole(nominal, at);
            if (name == null && !isBodyNoun(lastWord(nominal)) && !ANONYMOUS.contains(lastWord(nominal))) {
                // "the Conservative MP said": a role the introduction did not use still points at who was just named.
                Fact last = lastPersonBefore(at);
                name = last != null && at - last.start() < RECENT_CHARS ? last.name() : null;
            }
            return new Speaker(name, nominal.strip(), at);
        }
        return null;
    }

    /** A person named in {@code [from,to)} outside quotations: the last one, or the first. */
    Speaker person(int from, int to, boolean preferLast) {
        Fact person = null;
        for (int i = Spans.firstStartingAtOrAfter(peopleOutsideQuotes, from);
                i < peopleOutsideQuotes.size() && peopleOutsideQuotes.get(i).start() < to;
                i++) {
            doc.budget().check();
            Fact f = peopleOutsideQuotes.get(i);
            if (f.end() <= to && (person == null || preferLast)) {
                person = f;
            }
        }
        return person == null ? null : new Speaker(person.name(), person.text(), person.start());
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

    /** The person last mentioned before {@code offset}, outside quotations. */
    Fact lastPersonBefore(int offset) {
        // Mentions do not overlap, so their ends are in order too.
        int k = Spans.firstEndingAfter(peopleOutsideQuotes, offset);
        return k == 0 ? null : peopleOutsideQuotes.get(k - 1);
    }

    /** Quotations are in text order and do not overlap, so a binary search finds the one that could hold it. */
    private boolean insideQuote(int offset) {
        return Spans.covering(quoteSpans, offset) != null;
    }

    /** "the Finnish leader", "a senior diplomat", "the ministry": determiner, modifiers, a role or body noun. */
    private String nominal(String clause) {
        List<Span> words = new java.util.ArrayList<>();
        Matcher w = WORD.matcher(clause);
        while (w.find()) {
            words.add(new Span(w.start(), w.end()));
        }
        String found = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).coveredText(clause).toLowerCase(Locale.ROOT);
            if (!DETERMINERS.contains(word)) {
                continue;
            }
            for (int j = i + 1; j < words.size() && j <= i + 4; j++) {
                String head = words.get(j).coveredText(clause).toLowerCase(Locale.ROOT);
                if (roleNouns.contains(head) || isBodyNoun(head) || ANONYMOUS.contains(head)) {
                    found = clause.substring(words.get(i).start(), words.get(j).end());
                    break;
                }
            }
        }
        return found;
    }

    private static String lastWord(String phrase) {
        String[] words = phrase.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    private static boolean isBodyNoun(String head) {
        return BODY_NOUNS.contains(head);
    }

    /** The person whose introduction used the role's words, or the organisation the noun names. */
    private String byRole(String nominal, int at) {
        String earlier = byRole(nominal, at, true);
        return earlier != null ? earlier : byRole(nominal, at, false);
    }

    /** With {@code earlierOnly}, only people introduced before the mention; else anyone (the role came first). */
    private String byRole(String nominal, int at, boolean earlierOnly) {
        String[] words =
                nominal.toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", "").split("\\s+");
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
        if (isBodyNoun(head) && !head.equals("statement")) {
            return lastOrganizationNamed.get(head);
        }
        return null;
    }
}
