package io.factwire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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

    /** Words that end an apposition before it could name a kind of organisation ("a spokesman for the group"). */
    private static final Set<String> APPOSITION_STOPS = Set.of(
            "for", "of", "at", "in", "with", "from", "who", "whom", "whose", "which", "that", "where", "and", "or",
            "to", "by", "on", "member", "leader", "head", "founder");
    /** ", 58, of " before where someone lives. */
    private static final Pattern AGE_OF = Pattern.compile(", \\d{1,3}, of $");
    /** The last word of a street's name, before the town of an address ("Mill Lane, Osk"). */
    private static final Set<String> STREET_WORDS =
            Set.of("street", "road", "lane", "avenue", "drive", "close", "crescent", "terrace", "boulevard", "way");

    /** Name connectors that join the words of things, never of a person's name. */
    private static final Set<String> NOT_PARTICLES = Set.of("of", "of the", "the", "for");
    /** A pronoun that stands for a person ("since he was 14", "She married …"). */
    private static final Pattern PERSONAL_PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\\b");

    private static final Set<String> SAID = Set.of("said", "says", "told", "added", "according");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words of a state's army's name ("People's Army", "Royal Army", "National Army"). */
    private static final Set<String> STATE_ARMY_WORDS =
            Set.of("National", "People", "Royal", "Imperial", "Red", "Combined", "Arms", "Field", "Territorial");

    private static final Set<String> COORDINATORS = Set.of("and", "or", "nor");

    /** Words after a place word in apposition ("Velmar, a town in the north"; "a district where"). */
    private static final Set<String> APPOSITION_NEXT = Set.of(
            "in",
            "of",
            "on",
            "near",
            "north",
            "south",
            "east",
            "west",
            "about",
            "some",
            "that",
            "where",
            "which",
            "close",
            "along",
            "bordering",
            "known",
            "home");

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
    private final Set<String> memberWords;
    private final Set<String> compassWords;
    private final Set<String> siteWords;
    private final Set<String> pluralPlaceWords;
    private final Set<String> stateWords;
    private final Set<String> bodyKinds;
    private final Set<String> outletKinds;
    private final Set<String> clauseOpeners;
    private final Set<String> objectOpeners;
    private final Set<String> auxiliaries;
    private final Set<String> verbAdverbs;
    private final List<String> nounEndings;
    private final Set<String> photoWords;
    private final Set<String> teamWords;
    private final List<Rule> rules;
    private final List<Rule> contextRules;

    EntityFinder(Lexicon lexicon, Gazetteer gazetteer) {
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
        this.nameRuns = new NameRuns(lexicon, gazetteer, worldPlaces::common);
        this.memberWords = lexicon.lowerSet("org-member-words");
        this.compassWords = lexicon.set("compass-words");
        this.siteWords = lexicon.lowerSet("site-words");
        this.pluralPlaceWords = lexicon.lowerSet("place-suffixes-plural");
        this.stateWords = lexicon.lowerSet("state-words");
        this.bodyKinds = lexicon.lowerSet("speaking-bodies");
        this.outletKinds = lexicon.lowerSet("outlet-kinds");
        this.clauseOpeners = lexicon.lowerSet("clause-openers");
        this.objectOpeners = lexicon.lowerSet("object-openers");
        this.auxiliaries = lexicon.lowerSet("auxiliaries");
        this.verbAdverbs = lexicon.lowerSet("verb-adverbs");
        this.nounEndings = lexicon.lines("noun-endings");
        this.photoWords = lexicon.lowerSet("photo-words");
        this.teamWords = lexicon.set("team-words");
        this.rules = rules();
        this.contextRules = contextRules();
    }

    Entities find(Document doc, Claims claimed) {
        String body = doc.body();
        List<EntityMention> found = new ArrayList<>();
        List<List<Token>> unresolved = new ArrayList<>();
        List<List<Token>> inHeadings = new ArrayList<>();
        Map<List<Token>, Candidate> pending = new IdentityHashMap<>();

        // Speech verbs counted once over all words, so asking whether a sentence has one costs two look-ups.
        int[] verbsBefore = new int[doc.tokens().size() + 1];
        for (int i = 0; i < doc.tokens().size(); i++) {
            verbsBefore[i + 1] =
                    verbsBefore[i] + (speechVerbs.contains(doc.tokens().get(i).lower()) ? 1 : 0);
        }
        Article article = new Article(verbsBefore);
        for (Token t : doc.tokens()) {
            if (!t.capitalized()) {
                article.lowerWords.add(t.lower());
            }
        }
        for (Block block : doc.blocks()) {
            List<Token> tokens = doc.tokensIn(block.start(), block.end());
            for (List<Token> run : nameRuns.in(body, tokens, doc.budget())) {
                doc.budget().check();
                if (claimed.overlaps(run.get(0).start(), run.get(run.size() - 1).end())) {
                    if (armedGroupArmy(run)) {
                        // "the Tarn Hills Resistance Army": a formation the unit finder took, and a non-state group
                        String name = NameRuns.joined(run);
                        article.organizations.add(name);
                        found.add(new EntityMention(
                                fact(
                                        doc,
                                        FactType.ORGANIZATION,
                                        run.get(0).start(),
                                        run.get(run.size() - 1).end(),
                                        name),
                                "entity.organization-armed-group-army"));
                    }
                    run.forEach(t -> article.wordsOfLongerNames.add(t.text()));
                    if (namesAThing(tokens, run, claimed)) {
                        article.worldNames.put(NameRuns.joined(run), false);
                    }
                    continue;
                }
                if (block.heading()) {
                    inHeadings.add(run);
                    continue;
                }
                int start = run.get(0).start();
                int end = run.get(run.size() - 1).end();
                Candidate candidate = new Candidate(
                        doc,
                        body,
                        tokens,
                        run,
                        NameRuns.joined(run),
                        start,
                        end,
                        indexOf(tokens, run.get(0)),
                        indexOf(tokens, run.get(run.size() - 1)) + 1,
                        article);
                EntityMention mention = classify(candidate);
                // "Ivo Tarn Molen", untyped: its words are a person's; "the Tarn Independent" has an English word
                if (run.size() > 1
                        && (mention == null && run.stream().noneMatch(t -> worldPlaces.common(t.lower()))
                                || mention != null && mention.fact().type() == FactType.PERSON)) {
                    run.forEach(t -> article.wordsOfLongerNames.add(t.text()));
                }
                if (mention != null) {
                    found.add(mention);
                    // "Dara Molen of the Velmar Farmers Union": the organisation after the person is typed too
                    List<Token> rest = afterPersonAndConnector(run, mention.fact());
                    if (!rest.isEmpty()) {
                        EntityMention other = classify(new Candidate(
                                doc,
                                body,
                                tokens,
                                rest,
                                NameRuns.joined(rest),
                                rest.get(0).start(),
                                end,
                                indexOf(tokens, rest.get(0)),
                                indexOf(tokens, run.get(run.size() - 1)) + 1,
                                article));
                        if (other != null) {
                            found.add(other);
                        }
                    }
                } else {
                    unresolved.add(run);
                    pending.put(run, candidate);
                }
            }
        }
        confirmByLaterSurname(doc, unresolved, article.people, found);
        unresolved.addAll(inHeadings);
        List<List<Token>> unknown = new ArrayList<>();
        for (List<Token> run : unresolved) {
            EntityMention known = resolveKnown(doc, run, article);
            if (known != null) {
                found.add(known);
            } else {
                unknown.add(run);
            }
        }
        placesByContext(doc, unknown, pending, found, article);
        found.sort((a, b) -> Integer.compare(a.fact().start(), b.fact().start()));
        return new Entities(
                OrganizationNames.withAcronymsExpanded(
                        body, OrganizationNames.withFullNames(found, article.organizations)),
                List.copyOf(article.people.all.values()),
                List.copyOf(article.organizations));
    }

    /** The capitalised words after a person's name and a connector in the same run ("of the"), or none. */
    private static List<Token> afterPersonAndConnector(List<Token> run, Fact fact) {
        if (fact.type() != FactType.PERSON) {
            return List.of();
        }
        int k = 0;
        while (k < run.size() && run.get(k).start() < fact.end()) {
            k++;
        }
        int connectorStart = k;
        while (k < run.size() && !run.get(k).capitalized()) {
            k++;
        }
        return k > connectorStart && k < run.size() ? run.subList(k, run.size()) : List.of();
    }

    /** One capitalised run to type, where it stands, and what the article has decided so far. */
    private record Candidate(
            Document doc,
            String body,
            List<Token> tokens,
            List<Token> run,
            String name,
            int start,
            int end,
            int index,
            int after,
            Article article) {
        Token last() {
            return run.get(run.size() - 1);
        }

        Token tokenAfter() {
            return after < tokens.size() ? tokens.get(after) : null;
        }
    }

    /** What the rules learn about one article as they go: its people, organisations and world places. */
    private static final class Article {
        final People people = new People();
        final Set<String> organizations = new LinkedHashSet<>();
        final Map<String, Boolean> worldNames = new HashMap<>();
        /** Places found by a cue around them, so that their bare mentions elsewhere count too. */
        final Set<String> places = new HashSet<>();
        /** Where the places found so far start and end, for the names coordinated with them. */
        final Set<Integer> placeStarts = new HashSet<>();

        final Set<Integer> placeEnds = new HashSet<>();
        /** The article's words in lower case: a capitalised word also written so is a word, not a name. */
        final Set<String> lowerWords = new HashSet<>();
        /** The words of its people's and untyped longer names: "Tarn" of "Ivo Tarn Molen". */
        final Set<String> wordsOfLongerNames = new HashSet<>();

        final int[] verbsBefore;

        Article(int[] verbsBefore) {
            this.verbsBefore = verbsBefore;
        }
    }

    /**
     * What a rule decided: an entity, or {@link #UNRESOLVED} when the run is no entity of its own but may still be
     * a later mention of one found elsewhere (the article-level rules look at it again).
     */
    private record Decision(Fact fact) {
        static final Decision UNRESOLVED = new Decision(null);
    }

    /** One typing rule: its name (the entity's provenance), an invented example of what it reads, and the rule. */
    record Rule(String name, String example, Function<Candidate, Decision> decide) {}

    /** The typing rules in order: each run is typed by the first that decides; null from a rule passes it on. */
    private List<Rule> rules() {
        return List.of(
                new Rule("entity.place-before-based", "a Velmar-based analyst", this::placeBeforeBased),
                new Rule(
                        "entity.organization-outlet",
                        "Harbour Wire reported",
                        c -> gazetteer.outlet(c.name()).isPresent() ? org(c) : null),
                new Rule(
                        "entity.organization-after-outlet-kind",
                        "in the journal Velmar Science; the broadcaster Radio Osk",
                        this::orgAfterOutletKind),
                new Rule("entity.organization-team-name", "Osk Rangers beat the Tarn Eagles", this::teamName),
                new Rule(
                        "entity.organization-before-outlet-kind",
                        "Velmar television reported",
                        this::orgBeforeOutletKind),
                new Rule(
                        "entity.demonym-no-entity",
                        "Velmarian officials",
                        c -> isDemonym(c.name()) ? Decision.UNRESOLVED : null),
                new Rule("entity.place-with-suffix-word", "in the Velmar district", this::placeSuffixAfter),
                new Rule(
                        "entity.place-listed",
                        "a bridge in Kharkiv",
                        c -> gazetteer.isPlace(c.name()) ? place(c, c.start(), c.end(), c.name()) : null),
                new Rule("entity.place-world-after-cue", "based in Chiang Rai", this::worldPlaceAfterCue),
                new Rule("entity.place-suffix-word", "Velmar Province", this::placeSuffixInside),
                new Rule(
                        "entity.place-prefix-word",
                        "Lake Velmar; the Gulf of Velmar",
                        c -> c.run().size() > 1
                                        && (placePrefixes.contains(
                                                        c.run().get(0).text())
                                                || c.run().size() > 2
                                                        && placePrefixes.contains(c.run()
                                                                        .get(0)
                                                                        .text() + " "
                                                                + c.run().get(1).text()))
                                ? place(c, c.start(), c.end(), c.name())
                                : null),
                new Rule("entity.place-after-place-noun-of", "the village of Daw Osk", this::placeAfterPlaceNounOf),
                new Rule("entity.person-title", "Colonel Arvid Tenno", this::personAfterTitle),
                new Rule(
                        "entity.person-of-organization",
                        "Mirela Kovar of the Coastal Farmers Union",
                        this::personOfOrganisation),
                new Rule(
                        "entity.organization-word",
                        "the Velmar Farmers Union",
                        c -> c.run().stream().anyMatch(t -> orgWords.contains(t.text())) ? org(c) : null),
                new Rule(
                        "entity.organization-members",
                        "Velmar Front fighters; the Tarnak militants",
                        this::orgOfMembers),
                new Rule(
                        "entity.organization-claimed",
                        "the Tarnak Brigade claimed responsibility",
                        c -> c.body().startsWith(" claimed responsibility", c.end())
                                        && !afterWord(c, "under", "by", "led")
                                ? org(c)
                                : null),
                new Rule("entity.place-capitals", "VELMAR, March 3 -", this::placeInCapitals),
                new Rule("entity.place-dateline", "Velmar, Tarnland - Officials said", this::placeInDateline),
                new Rule("entity.place-compass", "South Velmar", this::placeAfterCompassWord),
                new Rule("entity.place-apposition", "Velmar, a town in the north,", this::placeInApposition),
                new Rule(
                        "entity.organization-apposition",
                        "Tarnak, a splinter faction that …; Osko, the state's development corporation,",
                        this::orgInApposition),
                new Rule(
                        "entity.organization-before-kind-word",
                        "the Keep Osk Green campaign; the Tarnak group",
                        this::orgBeforeKindWord),
                new Rule("entity.place-address", "Dara Molen, 58, of Osk; of Mill Lane, Osk", this::placeInAddress),
                new Rule("entity.organization-acronym", "the VDF said", c -> acronymShaped(c) ? org(c) : null),
                new Rule(
                        "entity.person-byline",
                        "By Dara Molen, Harbour Wire",
                        c -> c.index() == 1 && c.tokens().get(0).text().equals("By") && personName(c)
                                ? person(c, c.run())
                                : null),
                new Rule(
                        "entity.person-photo-credit",
                        "Photo: Dara Molen / Harbour Wire; Photo by Dara Molen",
                        c -> personName(c) && photoCredit(c) ? person(c, c.run()) : null),
                new Rule(
                        "entity.person-named-as",
                        "identified the dead as Dara Molen",
                        c -> personName(c) && namedAs(c) ? person(c, c.run()) : null),
                new Rule(
                        "entity.person-given-name",
                        "Anna Velt",
                        c -> looksLikePersonName(c.run())
                                        && c.run().size() >= 2
                                        && c.run().size() <= 3
                                        && givenNames.contains(c.run().get(0).text())
                                ? person(c, c.run())
                                : null),
                new Rule(
                        "entity.person-role-before-comma",
                        "the spokeswoman, Dara Molen, said",
                        c -> personName(c)
                                        && c.index() > 0
                                        && titles.contains(
                                                c.tokens().get(c.index() - 1).lower())
                                        && c.body()
                                                .substring(
                                                        c.tokens()
                                                                .get(c.index() - 1)
                                                                .end(),
                                                        c.start())
                                                .equals(", ")
                                ? person(c, c.run())
                                : null),
                new Rule(
                        "entity.person-names-speaker",
                        "\"We left,\" said a nurse, Dara Molen",
                        c -> personName(c)
                                        && c.start() >= 2
                                        && c.body().startsWith(", ", c.start() - 2)
                                        && sentenceHasSpeechVerb(c.doc(), c.start(), c.article().verbsBefore)
                                ? person(c, c.run())
                                : null),
                new Rule(
                        "entity.person-role",
                        "Velmar's spokesman Dara Molen",
                        c -> personName(c)
                                        && !roleWords(c.body(), c.tokens(), c.index())
                                                .isEmpty()
                                ? person(c, c.run())
                                : null),
                new Rule(
                        "entity.person-speaks",
                        "Dara Molen told reporters; said Dara Molen",
                        c -> personName(c) && speaks(c) ? person(c, c.run()) : null),
                new Rule(
                        "entity.person-apposition",
                        "Dara Molen, a spokesman for the ministry",
                        c -> personName(c)
                                        && (c.body().startsWith(", who ", c.end())
                                                || c.body().startsWith(", whose ", c.end())
                                                || c.body().startsWith(", ", c.end())
                                                        && appositiveFollows(c.body(), c.tokens(), c.after()))
                                ? person(c, c.run())
                                : null),
                new Rule(
                        "entity.organization-with-acronym",
                        "the Northern Liberation Front (NLF)",
                        this::orgBeforeAcronym),
                new Rule(
                        "entity.place-world-gazetteer",
                        "clashes around Tarnovka",
                        c -> worldPlace(
                                        c.doc(),
                                        c.tokens(),
                                        c.run(),
                                        c.index(),
                                        c.after(),
                                        c.article().people,
                                        c.article().worldNames)
                                .map(Decision::new)
                                .orElse(null)),
                new Rule(
                        "entity.place-possessor-of-state",
                        "Velmar's foreign ministry; Tarnland's army",
                        c -> possessive(c) && stateWordAfter(c) && unknownPlaceShaped(c)
                                ? place(c, c.start(), c.end(), c.name())
                                : null),
                new Rule(
                        "entity.place-before-state-noun",
                        "the Velmar government; the Tarnland embassy",
                        c -> afterWord(c, "the")
                                        && c.body().startsWith(" ", c.end())
                                        && c.tokenAfter() != null
                                        && !c.tokenAfter().capitalized()
                                        && stateWordAfter(c)
                                        && unknownPlaceShaped(c)
                                ? place(c, c.start(), c.end(), c.name())
                                : null),
                new Rule(
                        "entity.place-after-locative",
                        "near Velmor",
                        c -> c.run().size() <= 3
                                        && afterLocative(c.body(), c.tokens(), c.index())
                                        && looksLikePersonName(c.run())
                                        && !monthNames.contains(c.run().get(0).text())
                                        && c.article()
                                                        .people
                                                        .byPart(c.run().get(0).text())
                                                == null
                                ? place(c, c.start(), c.end(), c.name())
                                : null),
                new Rule(
                        "entity.place-listed-after-cue",
                        "near Velmor, Osk and Tarn; south of Tarn",
                        this::placeInCuedList));
    }

    /**
     * Rules over the whole article, for single names no other rule typed and no later mention resolved: a name
     * coordinated with a place, or standing bare as the subject of a verb, is a place that news names with no cue
     * ("Osk and Tarnland signed a treaty", "Velmar has said it will reply"). They run after the rules above, so that
     * a surname or an organisation found anywhere in the article is no such place.
     */
    private List<Rule> contextRules() {
        return List.of(
                new Rule(
                        "entity.place-coordinated",
                        "talks between Velmar and Tarnland; Osk or Velmar",
                        c -> !possessive(c) && unknownPlaceShaped(c) && coordinatedWithPlace(c)
                                ? place(c, c.start(), c.end(), c.name())
                                : null),
                new Rule(
                        "entity.place-state-subject",
                        "Velmar has said it will reply; Velmar publicly acknowledged the deployment",
                        c -> !possessive(c)
                                        && unknownPlaceShaped(c)
                                        && bareSubject(c)
                                        && !nounAtSentenceStart(c)
                                        && verbAfter(c)
                                        && !(worldPlaces.entry(c.name()) != null
                                                && c.tokenAfter() != null
                                                && speechVerbs.contains(
                                                        c.tokenAfter().lower()))
                                ? place(c, c.start(), c.end(), c.name())
                                : null));
    }

    /**
     * Types what the context rules decide, a few passes so that a place found by one rule counts for a name
     * coordinated with it ("Osk and Velmar signed": Velmar is a subject, so Osk is a place); then the other bare
     * mentions of the names so found.
     */
    private void placesByContext(
            Document doc,
            List<List<Token>> unknown,
            Map<List<Token>, Candidate> pending,
            List<EntityMention> found,
            Article article) {
        for (EntityMention m : found) {
            if (m.fact().type() == FactType.PLACE) {
                article.placeStarts.add(m.fact().start());
                article.placeEnds.add(m.fact().end());
            }
        }
        Set<String> named = new HashSet<>();
        List<List<Token>> left = new ArrayList<>(unknown);
        for (int pass = 0; pass < 3; pass++) {
            boolean more = false;
            for (java.util.Iterator<List<Token>> it = left.iterator(); it.hasNext(); ) {
                Candidate c = pending.get(it.next());
                if (c == null) {
                    continue;
                }
                for (Rule rule : contextRules) {
                    Decision decision = rule.decide().apply(c);
                    if (decision != null && decision.fact() != null) {
                        found.add(new EntityMention(decision.fact(), rule.name()));
                        article.placeStarts.add(c.start());
                        article.placeEnds.add(c.end());
                        named.add(c.name());
                        it.remove();
                        more = true;
                        break;
                    }
                }
            }
            if (!more) {
                break;
            }
        }
        for (List<Token> run : left) {
            String name = NameRuns.joined(run);
            if (named.contains(name)) {
                found.add(new EntityMention(
                        fact(
                                doc,
                                FactType.PLACE,
                                run.get(0).start(),
                                run.get(run.size() - 1).end(),
                                name),
                        "entity.place-named-before"));
            }
        }
    }

    /**
     * "Velmar and Tarnland", "between Tarnland and Velmar", "Osk nor Velmar", "Velmar, Osk and Tarn": a place on
     * either side.
     */
    private static boolean coordinatedWithPlace(Candidate c) {
        List<Token> tokens = c.tokens();
        String body = c.body();
        int k = c.after();
        if (k + 1 < tokens.size()
                && COORDINATORS.contains(tokens.get(k).text())
                && body.substring(c.end(), tokens.get(k).start()).equals(" ")
                && body.substring(tokens.get(k).end(), tokens.get(k + 1).start())
                        .equals(" ")
                && c.article().placeStarts.contains(tokens.get(k + 1).start())) {
            return true;
        }
        if (k < tokens.size()
                && body.startsWith(", ", c.end())
                && tokens.get(k).start() == c.end() + 2
                && c.article().placeStarts.contains(tokens.get(k).start())) {
            // "Velmar, Osk and Tarn": a list goes on after the place; "Velmar, Tarnland." may be a town's country
            for (int m = k; m < tokens.size() && m < k + 4 && tokens.get(m).capitalized(); m++) {
                if (c.article().placeEnds.contains(tokens.get(m).end())) {
                    return body.startsWith(" and ", tokens.get(m).end())
                            || body.startsWith(" or ", tokens.get(m).end())
                            || body.startsWith(", ", tokens.get(m).end())
                                    && m + 1 < tokens.size()
                                    && tokens.get(m + 1).capitalized();
                }
            }
        }
        int j = c.index() - 1;
        return j >= 1
                && COORDINATORS.contains(tokens.get(j).text())
                && body.substring(tokens.get(j).end(), c.start()).equals(" ")
                && Set.of(" ", ", ")
                        .contains(body.substring(
                                tokens.get(j - 1).end(), tokens.get(j).start()))
                && c.article().placeEnds.contains(tokens.get(j - 1).end());
    }

    /** Nothing of its clause before the name but a conjunction: the sentence's start, "that", "as", "but", ", ". */
    private boolean bareSubject(Candidate c) {
        if (c.index() == 0) {
            return true;
        }
        Token before = c.tokens().get(c.index() - 1);
        String gap = c.body().substring(before.end(), c.start());
        if (!gap.isBlank()) {
            return true; // ". Velmar", ", Velmar", "“Velmar"
        }
        return clauseOpeners.contains(before.lower());
    }

    /** A capitalised word opening its sentence with the ending of an English noun ("Rescuers", "Conscription"). */
    private boolean nounAtSentenceStart(Candidate c) {
        String lower = c.last().lower();
        if (c.index() > 0
                && c.body()
                        .substring(c.tokens().get(c.index() - 1).end(), c.start())
                        .chars()
                        .noneMatch(ch -> ".!?:\n".indexOf(ch) >= 0)) {
            return false;
        }
        for (String ending : nounEndings) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** A finite verb after the name, past an adverb or two: "has", "said", "publicly acknowledged", "estimates". */
    private boolean verbAfter(Candidate c) {
        List<Token> tokens = c.tokens();
        int k = c.after();
        if (k >= tokens.size()
                || !c.body().substring(c.end(), tokens.get(k).start()).equals(" ")) {
            return false;
        }
        for (int adverbs = 0; k < tokens.size() && adverbs <= 2; k++, adverbs++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (t.capitalized() || !Character.isLetter(w.charAt(0))) {
                return false;
            }
            if (auxiliaries.contains(w) || speechVerbs.contains(w)) {
                return true;
            }
            if (w.length() > 4 && w.endsWith("ed")) {
                return true;
            }
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
                // "Velmar estimates that", "Velmar rotates units": a verb, when an object or a clause follows;
                // "Velmar separatists declared" is a noun
                return objectFollows(c, k);
            }
            if (!w.endsWith("ly") && !verbAdverbs.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** After the word at {@code k}: the end of the sentence, a number, or a word that opens an object or a clause. */
    private boolean objectFollows(Candidate c, int k) {
        List<Token> tokens = c.tokens();
        if (k + 1 >= tokens.size()) {
            return true;
        }
        String gap = c.body().substring(tokens.get(k).end(), tokens.get(k + 1).start());
        if (!gap.equals(" ")) {
            return gap.startsWith(".") || gap.startsWith("!") || gap.startsWith("?");
        }
        String next = tokens.get(k + 1).lower();
        return objectOpeners.contains(next) || Character.isDigit(next.charAt(0));
    }

    /** The typing rules' names, in order (the article-level rules' names are not among them). */
    List<String> ruleNames() {
        return rules.stream().map(Rule::name).toList();
    }

    /** The typing rules' invented examples, in order. */
    List<String> ruleExamples() {
        return rules.stream().map(Rule::example).toList();
    }

    private EntityMention classify(Candidate c) {
        for (Rule rule : rules) {
            Decision decision = rule.decide().apply(c);
            if (decision != null) {
                return decision.fact() == null ? null : new EntityMention(decision.fact(), rule.name());
            }
        }
        return null;
    }

    private Decision placeBeforeBased(Candidate c) {
        String name = c.name();
        if (c.run().size() == 1 && name.endsWith("-based")) {
            // "a Velmar-based analyst": the place is the word before "-based".
            String place = name.substring(0, name.length() - 6);
            List<Token> word = List.of(new Token(place, c.start(), c.start() + place.length()));
            if (gazetteer.isPlace(place)
                    || worldPlaces.entry(place) != null
                    || place.indexOf('-') < 0
                            && nameShaped(word)
                            && !worldPlaces.ambiguous(word)
                            && !isDemonym(place)) {
                return place(c, c.start(), c.start() + place.length(), place);
            }
        }
        return null;
    }

    private boolean isDemonym(String name) {
        return demonyms.contains(name)
                || (name.endsWith("s") && demonyms.contains(name.substring(0, name.length() - 1)));
    }

    /**
     * "the Velmar district", "the Tarnak tunnel", and with one word between, "the Osk refugee camp": the place word
     * is taken into the name.
     */
    private Decision placeSuffixAfter(Candidate c) {
        int hyphen = c.name().lastIndexOf('-');
        if (demonyms.contains(c.name())
                || hyphen > 0
                        && hyphen + 1 < c.name().length()
                        && Character.isLowerCase(c.name().charAt(hyphen + 1))) {
            return null; // "the Tarnish-speaking regions"
        }
        List<Token> tokens = c.tokens();
        for (int k = c.after(); k < tokens.size() && k <= c.after() + 1; k++) {
            Token t = tokens.get(k);
            int gapStart = k == c.after() ? c.end() : tokens.get(k - 1).end();
            if (t.capitalized() || !c.body().substring(gapStart, t.start()).equals(" ")) {
                return null; // "Velmar's port" is the port of a place, not a place named so
            }
            if (placeSuffixes.contains(t.lower()) || siteWords.contains(t.lower())) {
                return place(c, c.start(), t.end(), c.body().substring(c.start(), t.end()));
            }
            if (k == c.after() && pluralPlaceWords.contains(t.lower())) {
                return place(c, c.start(), c.end(), c.name()); // "the Osk and Tarn districts": Tarn alone
            }
            if (!modifierShaped(t)) {
                return null;
            }
        }
        return null;
    }

    /** A lower-case word that may stand between a name and its place word ("refugee", "steel"), not a verb. */
    private boolean modifierShaped(Token t) {
        String lower = t.lower();
        return lower.length() > 3
                && !lower.endsWith("ed")
                && !lower.endsWith("ing")
                && !lower.endsWith("s")
                && !speechVerbs.contains(lower)
                && !connectors.contains(lower)
                && !locatives.contains(lower)
                && Character.isLetter(lower.charAt(0));
    }

    /**
     * "an analyst based in Chiang Rai": after "in" or "near" a known place is no person's name (an acronym, "in
     * NATO", is left to the organisation rules).
     */
    private Decision worldPlaceAfterCue(Candidate c) {
        if (worldPlaces.cueBefore(c.body(), c.tokens(), c.index())
                && c.run().stream().noneMatch(Token::allCaps)) {
            return worldPlace(
                            c.doc(),
                            c.tokens(),
                            c.run(),
                            c.index(),
                            c.after(),
                            c.article().people,
                            c.article().worldNames)
                    .map(Decision::new)
                    .orElse(null);
        }
        return null;
    }

    private Decision placeSuffixInside(Candidate c) {
        List<Token> run = c.run();
        if (run.size() > 1
                && placeSuffixes.contains(c.last().lower())
                && !demonyms.contains(NameRuns.joined(run.subList(0, run.size() - 1)))) {
            return place(c, c.start(), c.end(), c.name());
        }
        return null;
    }

    private Decision personAfterTitle(Candidate c) {
        List<Token> run = c.run();
        int titleAt = lastTitleIndex(run);
        if (titleAt >= 0 && titleAt < run.size() - 1) {
            List<Token> nameTokens = nameAfterTitle(run.subList(titleAt + 1, run.size()));
            if (!nameTokens.isEmpty()) {
                Set<String> roles = roleWords(c.body(), c.tokens(), c.index());
                for (Token t : run.subList(0, titleAt + 1)) {
                    roles.add(t.lower());
                }
                return new Decision(person(c.doc(), nameTokens, roles, c.article().people));
            }
        }
        return null;
    }

    /** "Mirela Kovar of the Coastal Farmers Union": a person of an organisation. */
    private Decision personOfOrganisation(Candidate c) {
        int connector = firstLowercase(c.run());
        if (connector > 0) {
            List<Token> left = c.run().subList(0, connector);
            if (looksLikePersonName(left)
                    && left.size() >= 2
                    && (givenNames.contains(left.get(0).text())
                            || c.article().people.all.containsKey(NameRuns.joined(left))
                            || left.size() <= 3
                                    && c.body()
                                            .startsWith(
                                                    " of the ",
                                                    left.get(left.size() - 1).end())
                                    && c.run().subList(connector, c.run().size()).stream()
                                            .anyMatch(t -> orgWords.contains(t.text()))
                                    && worldPlaces.entry(NameRuns.joined(left)) == null)) {
                return person(c, left);
            }
        }
        return null;
    }

    private boolean acronymShaped(Candidate c) {
        Token last = c.last();
        return c.run().size() == 1
                && last.allCaps()
                && last.text().length() <= 7
                && !notOrgAcronyms.contains(last.text())
                && !Words.hasDigit(last.text());
    }

    /** "VELMAR, March 3": a word in capitals is a place when the gazetteer has it or it opens the dateline. */
    private Decision placeInCapitals(Candidate c) {
        if (!acronymShaped(c)) {
            return null;
        }
        String titleCase = c.name().charAt(0) + c.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        if (gazetteer.isPlace(titleCase)
                || isDatelinePosition(c.doc(), c.start()) && !commonCapitalized.contains(titleCase)) {
            return place(c, c.start(), c.end(), titleCase);
        }
        return null;
    }

    private boolean personName(Candidate c) {
        return c.run().size() >= 2 && looksLikePersonName(c.run());
    }

    private boolean speaks(Candidate c) {
        Token next = c.tokenAfter();
        return next != null && speechVerbs.contains(next.lower())
                || c.index() > 0 && SAID.contains(c.tokens().get(c.index() - 1).lower());
    }

    private Decision orgBeforeAcronym(Candidate c) {
        Matcher acronym =
                ACRONYM_AFTER.matcher(c.body()).region(c.end(), c.body().length());
        if (c.run().size() >= 2
                && acronym.lookingAt()
                && (acronym.group(1).charAt(0) == c.name().charAt(0)
                        // "the National Office for Flood Relief (ONASIR)": an acronym of another language's words
                        || c.run().size() >= 4
                                && acronym.group(1).length() >= 4
                                && acronym.group(1).chars().allMatch(Character::isUpperCase)
                                && c.run().stream().anyMatch(t -> !t.capitalized())
                                && !gazetteer.isPlace(c.name()))) {
            return org(c);
        }
        return null;
    }

    private Decision org(Candidate c) {
        // "the Ministry of Trade, Mines and Energy" keeps its commas
        String covered = c.body().substring(c.start(), c.end());
        String name = covered.contains(", ") ? covered : c.name();
        c.article().organizations.add(name);
        return new Decision(fact(c.doc(), FactType.ORGANIZATION, c.start(), c.end(), name));
    }

    private static Decision place(Candidate c, int start, int end, String name) {
        c.article().places.add(c.doc().body().substring(start, end));
        return new Decision(fact(c.doc(), FactType.PLACE, start, end, name));
    }

    /** "Velmar Front fighters", "the Tarnak militants": the name of the group its members are named after. */
    private Decision orgOfMembers(Candidate c) {
        Token next = c.tokenAfter();
        List<Token> run = c.run();
        if (next == null
                || !memberWords.contains(next.lower())
                || next.capitalized()
                || !c.body().substring(c.end(), next.start()).equals(" ")
                || run.stream().anyMatch(Token::allCaps)) {
            return null;
        }
        int from = 0;
        if (run.size() > 1
                && worldPlaces.ambiguous(run.subList(0, 1))
                && onlyOpeningMarks(c.body(), c.doc().sentenceAt(c.start()).start(), c.start())) {
            from = 1; // "Suspected Velmar Front fighters": the sentence's first word is not the group's
        }
        List<Token> group = run.subList(from, run.size());
        String word = group.get(0).text();
        if (group.size() == 1 && (worldPlaces.ambiguous(group) || word.endsWith("ist") || isDemonym(word))) {
            return null; // "Resistance fighters", "Separatist rebels" name no group
        }
        String name = NameRuns.joined(group);
        c.article().worldNames.put(name, false);
        c.article().organizations.add(name);
        return new Decision(fact(c.doc(), FactType.ORGANIZATION, group.get(0).start(), c.end(), name));
    }

    /**
     * "Velmar, Tarnland - Officials said" or "Velmar (Harbour Wire) -" opening the lead: the dateline's place, when a
     * known place or a month follows after a comma, or an outlet in brackets. A dash alone is not enough: bylines
     * ("Dara Molen - Harbour Wire") look the same.
     */
    private Decision placeInDateline(Candidate c) {
        if (c.run().size() > 3
                || !isDatelinePosition(c.doc(), c.start())
                || !nameShaped(c.run())
                || worldPlaces.ambiguous(c.run())
                || givenNames.contains(c.run().get(0).text())) {
            return null;
        }
        boolean ends = c.body().startsWith(" (", c.end());
        if (!ends && c.body().startsWith(", ", c.end())) {
            Token next = c.tokenAfter();
            ends = next != null
                            && next.capitalized()
                            && (gazetteer.isPlace(next.text())
                                    || monthNames.contains(next.text())
                                    || worldPlaces.entry(next.text()) != null
                                    || compassWords.contains(next.text()))
                    || dayThenMonth(c);
        }
        return ends ? place(c, c.start(), c.end(), c.name()) : null;
    }

    /** "Velmar, 27 April (Harbour Wire) -": a day of the month, then the month, after the dateline's comma. */
    private boolean dayThenMonth(Candidate c) {
        List<Token> tokens = c.tokens();
        int k = c.after();
        return k + 1 < tokens.size()
                && tokens.get(k).text().length() <= 2
                && tokens.get(k).text().chars().allMatch(Character::isDigit)
                && monthNames.contains(tokens.get(k + 1).text());
    }

    /** "in South Velmar", "Upper Tarn" (Tarn known): a direction before a name that is no organisation or people. */
    private Decision placeAfterCompassWord(Candidate c) {
        List<Token> run = c.run();
        if (run.size() >= 2
                && run.size() <= 3
                && compassWords.contains(run.get(0).text())
                && nameShaped(run.subList(1, run.size()))
                && run.stream().noneMatch(t -> isDemonym(t.text()))
                && (afterLocative(c.body(), c.tokens(), c.index())
                        || worldPlaces.cueBefore(c.body(), c.tokens(), c.index())
                        || worldPlaces.entry(NameRuns.joined(run.subList(1, run.size()))) != null)) {
            // a cue ("in South Velmar") or a known place after the direction: "East Lantern" may name a programme
            return place(c, c.start(), c.end(), c.name());
        }
        return null;
    }

    /** "Velmar, a town in the north" or ", the district that": a place word in apposition, before a preposition. */
    private Decision placeInApposition(Candidate c) {
        if (c.run().size() > 3 || !c.body().startsWith(", ", c.end()) || !nameShaped(c.run())) {
            return null;
        }
        List<Token> tokens = c.tokens();
        int k = c.after();
        if (k >= tokens.size() || !ARTICLES.contains(tokens.get(k).text())) {
            return null;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + 3; j++) {
            Token t = tokens.get(j);
            if (t.capitalized()) {
                return null;
            }
            if (placeSuffixes.contains(t.lower())) {
                String rest = c.body().substring(t.end(), Math.min(c.body().length(), t.end() + 8));
                boolean ends = rest.startsWith(",")
                        || rest.startsWith(".")
                        || j + 1 < tokens.size()
                                && APPOSITION_NEXT.contains(tokens.get(j + 1).lower());
                return ends ? place(c, c.start(), c.end(), c.name()) : null;
            }
        }
        return null;
    }

    /** "the journal Velmar Science", "the broadcaster Radio Osk": a name right after a kind of outlet. */
    private Decision orgAfterOutletKind(Candidate c) {
        int k = c.index();
        if (k < 2 || !c.body().substring(c.tokens().get(k - 1).end(), c.start()).equals(" ")) {
            return null;
        }
        Token kind = c.tokens().get(k - 1);
        // "the newspaper X", "the state news agency X", "the Tarnish-language daily X": up to two lower-case words
        int b = k - 2;
        while (b >= 0
                && b >= k - 4
                && !ARTICLES.contains(c.tokens().get(b).lower())
                && !c.tokens().get(b).capitalized()
                && c.body()
                        .substring(
                                c.tokens().get(b).end(), c.tokens().get(b + 1).start())
                        .equals(" ")) {
            b--;
        }
        Token before = b >= 0 ? c.tokens().get(b) : kind;
        return !kind.capitalized()
                        && outletKinds.contains(kind.lower())
                        && ARTICLES.contains(before.lower())
                        && c.run().size() <= 4
                        && c.run().stream()
                                .noneMatch(t -> t.allCaps() && t.text().length() > 5)
                ? org(c)
                : null;
    }

    /**
     * "the Tarn Hills Resistance Army", "the Osk Army": an army named by no country, people or number is an armed
     * group ("the Velmaran Army", "the Tarnland National Army" and "the 58th Combined Arms Army" are a state's).
     */
    private boolean armedGroupArmy(List<Token> run) {
        if (run.size() < 2 || !run.get(run.size() - 1).text().equals("Army")) {
            return false;
        }
        for (Token t : run.subList(0, run.size() - 1)) {
            String bare = Words.stripPossessive(t.text());
            if (!t.capitalized()
                    || Words.hasDigit(t.text())
                    || isDemonym(bare)
                    || gazetteer.isPlace(bare)
                    || unitWords.contains(t.text())
                    || STATE_ARMY_WORDS.contains(bare)) {
                return false;
            }
        }
        return true;
    }

    /** "Osk Rangers", "the Tarn Eagles": two or more capitalised words ending in a club word, not a titled person. */
    private Decision teamName(Candidate c) {
        List<Token> run = c.run();
        Token first = run.get(0);
        return run.size() >= 2
                        && teamWords.contains(c.last().text())
                        && !titles.contains(first.lower())
                        && !givenNames.contains(first.text())
                        && run.stream().noneMatch(Token::allCaps)
                ? org(c)
                : null;
    }

    /** "Velmar television said", "told Osk radio": a name right before an outlet word that is no place's name. */
    private Decision orgBeforeOutletKind(Candidate c) {
        Token next = c.tokenAfter();
        return next != null
                        && !next.capitalized()
                        && c.body().substring(c.end(), next.start()).equals(" ")
                        && outletKinds.contains(next.lower())
                        && !afterWord(c, "the", "a", "an")
                        && c.run().size() <= 3
                        && !isDemonym(c.name())
                        && c.run().stream().noneMatch(t -> isDemonym(t.text()))
                        && !gazetteer.isPlace(c.name())
                        && worldPlaces.entry(c.name()) == null
                ? org(c)
                : null;
    }

    /** "the village of Daw Osk", "a town of Tarn": a name right after a place noun and "of" is a place. */
    private Decision placeAfterPlaceNounOf(Candidate c) {
        int k = c.index();
        if (k < 3 || !c.tokens().get(k - 1).text().equals("of")) {
            return null;
        }
        Token noun = c.tokens().get(k - 2);
        Token article = c.tokens().get(k - 3);
        boolean spaced = c.body().substring(article.end(), c.start()).equals(" " + noun.text() + " of ");
        return spaced
                        && !noun.capitalized()
                        && placeSuffixes.contains(noun.lower())
                        && ARTICLES.contains(article.lower())
                        && c.run().stream().noneMatch(t -> orgWords.contains(t.text()))
                ? place(c, c.start(), c.end(), c.name())
                : null;
    }

    /**
     * "Tarnak, a splinter faction that broke away …", "Osko, the state's development corporation,": a kind of
     * organisation in apposition, before any preposition, title or relative word (", a spokesman for the group" is
     * a person's apposition, not an organisation's).
     */
    private Decision orgInApposition(Candidate c) {
        if (c.run().size() > 3
                || !c.body().startsWith(", ", c.end())
                || !nameShaped(c.run())
                || givenNames.contains(c.run().get(0).text())
                || c.article().people.byPart(c.run().get(0).text()) != null) {
            return null;
        }
        List<Token> tokens = c.tokens();
        int k = c.after();
        if (k >= tokens.size() || !ARTICLES.contains(tokens.get(k).text())) {
            return null;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + 6; j++) {
            Token t = tokens.get(j);
            if (!c.body().substring(tokens.get(j - 1).end(), t.start()).isBlank()) {
                return null;
            }
            String lower = Words.stripPossessive(t.lower());
            if (t.capitalized()
                    || titles.contains(lower)
                    || placeSuffixes.contains(lower)
                    || siteWords.contains(lower)
                    || APPOSITION_STOPS.contains(lower)) {
                return null;
            }
            if (bodyKinds.contains(lower)
                    && !t.lower().endsWith("'s")
                    && !t.lower().endsWith("’s")) {
                return org(c);
            }
        }
        return null;
    }

    /** "the Keep Osk Green campaign", "the Tarnak group": a kind of organisation in lower case after the name. */
    private Decision orgBeforeKindWord(Candidate c) {
        Token next = c.tokenAfter();
        return afterWord(c, "the")
                        && next != null
                        && !next.capitalized()
                        && c.body().substring(c.end(), next.start()).equals(" ")
                        && bodyKinds.contains(next.lower())
                        && c.run().stream().noneMatch(t -> isDemonym(t.text()))
                        && !gazetteer.isPlace(c.name())
                        && worldPlaces.entry(c.name()) == null
                ? org(c)
                : null;
    }

    /**
     * "Dara Molen, 58, of Osk" and "of Mill Lane, Osk": where someone lives, as court and local reports give it. The
     * name after the age's "of", or after a street's comma.
     */
    private Decision placeInAddress(Candidate c) {
        if (c.run().size() > 3 || !nameShaped(c.run())) {
            return null;
        }
        int start = c.start();
        boolean afterAge =
                AGE_OF.matcher(c.body()).region(Math.max(0, start - 12), start).find();
        boolean afterStreet = false;
        int k = c.index();
        if (!afterAge
                && k >= 2
                && c.body().substring(c.tokens().get(k - 1).end(), start).equals(", ")) {
            Token street = c.tokens().get(k - 1);
            afterStreet = street.capitalized()
                    && STREET_WORDS.contains(street.lower())
                    && c.tokens().get(k - 2).capitalized();
        }
        return afterAge || afterStreet ? place(c, c.start(), c.end(), c.name()) : null;
    }

    /** "Velmar's": the run ends in a possessive. */
    private static boolean possessive(Candidate c) {
        String body = c.body();
        return body.startsWith("'s ", c.end()) || body.startsWith("’s ", c.end());
    }

    /** The word after the run (past a possessive) is a word of a state: "government", "army", "foreign". */
    private boolean stateWordAfter(Candidate c) {
        Token next = c.tokenAfter();
        return next != null && stateWords.contains(next.lower());
    }

    /**
     * One unknown word, or a direction and one ("North Velmar"), that no list knows and is no person of the article,
     * no frequent English word or given name, nor anyone's, any organisation's or any people's word.
     */
    private boolean unknownPlaceShaped(Candidate c) {
        List<Token> run = c.run();
        if (run.size() > 2
                || run.size() == 2 && !compassWords.contains(run.get(0).text())) {
            return false;
        }
        Token word = run.get(run.size() - 1);
        int hyphen = word.text().indexOf('-');
        if (hyphen >= 0
                && hyphen + 1 < word.text().length()
                && !Character.isUpperCase(word.text().charAt(hyphen + 1))) {
            return false; // "Explosive-laden", "Tarnish-speaking"
        }
        return word.text().length() >= 3
                && word.text().indexOf('\'') < 0
                && word.text().indexOf('’') < 0
                && nameShaped(run.subList(run.size() - 1, run.size()))
                && !worldPlaces.demonym(word.text())
                && !c.article().lowerWords.contains(word.lower())
                && (run.size() > 1 || !c.article().wordsOfLongerNames.contains(word.text()))
                && !c.article().people.hasPart(word.text())
                && !worldPlaces.ambiguous(List.of(word))
                && !givenNames.contains(word.text())
                && !isDemonym(word.text())
                && !notNameWords.contains(word.text())
                && c.article().people.byPart(word.text()) == null
                && !c.article().organizations.contains(c.name())
                && gazetteer.outlet(c.name()).isEmpty();
    }

    private static boolean afterWord(Candidate c, String... words) {
        return c.index() > 0
                && List.of(words).contains(c.tokens().get(c.index() - 1).lower());
    }

    /** "Photo: X Y", "Photo by X Y", "Photograph: X Y": a credit names who took it. */
    private boolean photoCredit(Candidate c) {
        if (c.index() == 0) {
            return false;
        }
        List<Token> tokens = c.tokens();
        Token before = tokens.get(c.index() - 1);
        String gap = c.body().substring(before.end(), c.start());
        if (gap.equals(" ") && before.lower().equals("by") && c.index() >= 2) {
            before = tokens.get(c.index() - 2);
            gap = c.body()
                            .substring(before.end(), tokens.get(c.index() - 1).start())
                            .equals(" ")
                    ? ": "
                    : "";
        }
        return gap.equals(": ") && photoWords.contains(before.lower());
    }

    /** "identified the dead as X Y", "named him as X Y". */
    private static boolean namedAs(Candidate c) {
        List<Token> tokens = c.tokens();
        if (c.index() < 2 || !tokens.get(c.index() - 1).lower().equals("as")) {
            return false;
        }
        for (int k = c.index() - 2; k >= 0 && k >= c.index() - 5; k--) {
            String lower = tokens.get(k).lower();
            if (lower.equals("identified") || lower.equals("named")) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised words that are no title, organisation, formation or people word, and no digits or capitals. */
    private boolean nameShaped(List<Token> tokens) {
        for (Token t : tokens) {
            if (!t.capitalized()
                    || Words.hasDigit(t.text())
                    || orgWords.contains(t.text())
                    || unitWords.contains(t.text())
                    || demonyms.contains(t.text())
                    || commonCapitalized.contains(t.text())
                    || monthNames.contains(t.text())
                    || titles.contains(t.lower())
                    || t.allCaps() && t.text().length() > 1) {
                return false;
            }
        }
        return !tokens.isEmpty();
    }

    private Decision person(Candidate c, List<Token> nameTokens) {
        if (nameTokens.size() >= 3
                && nameTokens.get(0) == c.run().get(0)
                && speechVerbs.contains(nameTokens.get(0).lower())
                && onlyOpeningMarks(c.body(), c.doc().sentenceAt(c.start()).start(), c.start())) {
            // "Said Dara Tarn Molen, whose son …: “…”": the verb that opens the sentence is no part of the name
            nameTokens = nameTokens.subList(1, nameTokens.size());
        }
        Set<String> roles = roleWords(c.body(), c.tokens(), c.index());
        if (nameTokens.get(nameTokens.size() - 1) == c.last()) {
            roles.addAll(rolesInApposition(c.body(), c.tokens(), c.after()));
        }
        return new Decision(person(c.doc(), nameTokens, roles, c.article().people));
    }

    /**
     * "Dara Molen, a nurse who …", "Dara Molen, the port's director, said": the roles of the apposition right after a
     * name, up to its comma or full stop, so that "the nurse said" finds her later.
     */
    private Set<String> rolesInApposition(String body, List<Token> tokens, int after) {
        Set<String> roles = new HashSet<>();
        if (after >= tokens.size()
                || after == 0
                || !body.substring(
                                tokens.get(after - 1).end(), tokens.get(after).start())
                        .equals(", ")
                || !Set.of("a", "an", "the", "its", "his", "her", "their")
                        .contains(tokens.get(after).lower())) {
            return roles;
        }
        for (int k = after + 1; k < tokens.size() && k < after + 6; k++) {
            if (!body.substring(tokens.get(k - 1).end(), tokens.get(k).start()).isBlank()) {
                break;
            }
            String lower = Words.stripPossessive(tokens.get(k).lower());
            if (titles.contains(lower) && !tokens.get(k).capitalized()) {
                roles.add(lower);
            }
        }
        return roles;
    }

    /**
     * A place of the world gazetteer, with the cue an ambiguous name needs; later bare mentions follow it. A name
     * counted like a thing ("40 X launchers") or naming fighters ("X militiamen") is no place, here or further on.
     */
    private Optional<Fact> worldPlace(
            Document doc,
            List<Token> blockTokens,
            List<Token> run,
            int index,
            int after,
            People people,
            Map<String, Boolean> worldNames) {
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
        boolean personCue = after < blockTokens.size()
                        && speechVerbs.contains(blockTokens.get(after).lower())
                        && body.substring(end, blockTokens.get(after).start()).equals(" ")
                || body.startsWith(", who ", end)
                || body.startsWith(", ", end) && titleWithin(blockTokens, after, 6)
                || index > 0 && titles.contains(blockTokens.get(index - 1).lower());
        if (personCue || people.byPart(run.get(0).text()) != null) {
            return Optional.empty();
        }
        boolean dateline = isDatelinePosition(doc, start)
                && DATELINE_END.matcher(body).region(end, body.length()).lookingAt();
        if (!worldPlaces.isPlace(doc, blockTokens, run, entry, index, after, dateline)) {
            return Optional.empty();
        }
        worldNames.put(name, true);
        return Optional.of(
                fact(doc, FactType.PLACE, start, end, run.stream().allMatch(Token::allCaps) ? titleCased(run) : name));
    }

    /**
     * "near Velmor, Osk and Tarn", "south of Tarn", "the capital, Osk": a name-shaped run after a place cue, or in
     * a list whose first member stands after one; also "the Osk and Tarn districts".
     */
    private Decision placeInCuedList(Candidate c) {
        if (c.run().size() > 3
                || !nameShaped(c.run())
                || c.article().people.byPart(c.run().get(0).text()) != null
                || givenNames.contains(c.run().get(0).text()) && c.run().size() > 1) {
            return null;
        }
        if (listBeforePluralPlaceWord(c)) {
            return place(c, c.start(), c.end(), c.name());
        }
        List<Token> tokens = c.tokens();
        String body = c.body();
        int i = c.index();
        for (int conjunct = 0; conjunct < 6 && i > 0; conjunct++) {
            if (afterLocative(body, tokens, i)
                    || worldPlaces.cueBefore(body, tokens, i)
                    || tokens.get(i - 1).lower().equals("capital")
                            && body.substring(
                                            tokens.get(i - 1).end(),
                                            tokens.get(i).start())
                                    .equals(", ")) {
                return place(c, c.start(), c.end(), c.name());
            }
            // step back over ", " or " and " / " or " (or ", and ") to the previous capitalised member of a list
            int k = i - 1;
            String gap = body.substring(tokens.get(k).end(), tokens.get(i).start());
            if ((tokens.get(k).lower().equals("and") || tokens.get(k).lower().equals("or"))
                    && gap.equals(" ")
                    && k > 0) {
                String before =
                        body.substring(tokens.get(k - 1).end(), tokens.get(k).start());
                if (!before.equals(" ") && !before.equals(", ")) {
                    return null;
                }
                k--;
            } else if (!gap.equals(", ")) {
                return null;
            }
            int memberEnd = k;
            while (k > 0
                    && tokens.get(k - 1).capitalized()
                    && body.substring(tokens.get(k - 1).end(), tokens.get(k).start())
                            .equals(" ")) {
                k--;
            }
            if (!nameShaped(tokens.subList(k, memberEnd + 1))) {
                return null; // "in October, Dara Molen": a month or a title is no member of a list of places
            }
            i = k;
        }
        return null;
    }

    /** "the Osk and Tarn districts": a name, "and", another name, a place word in the plural. */
    private boolean listBeforePluralPlaceWord(Candidate c) {
        List<Token> tokens = c.tokens();
        int k = c.after();
        if (k + 2 >= tokens.size() || !c.body().startsWith(" and ", c.end())) {
            return false;
        }
        int j = k + 1;
        while (j < tokens.size() && tokens.get(j).capitalized()) {
            j++;
        }
        return j > k + 1
                && j < tokens.size()
                && pluralPlaceWords.contains(tokens.get(j).lower())
                && !tokens.get(j).capitalized();
    }

    /** "near Velmor", "in Nova Brecka", "the village of Ostrenko": a name right after a word of place. */
    private boolean afterLocative(String body, List<Token> tokens, int index) {
        if (index <= 0
                || !body.substring(
                                tokens.get(index - 1).end(), tokens.get(index).start())
                        .equals(" ")) {
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
    private void confirmByLaterSurname(
            Document doc, List<List<Token>> unresolved, People people, List<EntityMention> found) {
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
        // "Mr. Molen, 58, said": a surname after a title, typed before the full name was known, confirms it too
        for (EntityMention m : found) {
            Fact f = m.fact();
            if (f.type() == FactType.PERSON && f.name() != null && f.name().indexOf(' ') < 0) {
                singles.add(f.name());
            }
        }
        List<List<Token>> confirmed = new ArrayList<>();
        for (List<Token> run : unresolved) {
            int sentenceStart = doc.sentenceAt(run.get(0).start()).start();
            boolean opensSentence =
                    onlyOpeningMarks(body, sentenceStart, run.get(0).start());
            if (run.size() >= 2
                    && run.size() <= 3
                    && looksLikePersonName(run)
                    && !people.all.containsKey(NameRuns.joined(run))
                    && (!opensSentence
                            || givenNames.contains(run.get(0).text())
                            || speakingSingles.contains(run.get(run.size() - 1).text())
                            // "Dara Molen came to Osk in 1989. She stayed …": a pronoun for a person follows
                            || pronounFollows(doc, run)
                            // "Oku Tarn Vel has …": three words none of which English or a given name has
                            || run.size() == 3 && run.stream().noneMatch(t -> worldPlaces.ambiguous(List.of(t))))
                    && (singles.contains(run.get(run.size() - 1).text())
                            // surname first ("Oku Tarn Vel … Oku"), not "the Tarn Independent … Tarn"
                            || singles.contains(run.get(0).text())
                                    && run.stream().noneMatch(t -> worldPlaces.common(t.lower())))) {
                Fact full = person(doc, run, new HashSet<>(), people);
                found.add(new EntityMention(full, "entity.person-later-surname"));
                confirmed.add(run);
                renameLaterSurnames(found, full, run.get(run.size() - 1).text());
            }
        }
        unresolved.removeAll(confirmed);
    }

    /**
     * Whether "he", "she", "his" or "her" stands in the rest of the run's sentence or in the next sentence, with a
     * lower-case word right after the run (its verb): "Dara Molen has kept sheep since he was 14".
     */
    /** The bare surname mentions after a full name confirmed late now carry the full name ("Mr. Molen" … ). */
    private static void renameLaterSurnames(List<EntityMention> found, Fact full, String surname) {
        for (int i = 0; i < found.size(); i++) {
            Fact f = found.get(i).fact();
            if (f.type() == FactType.PERSON && surname.equals(f.name()) && f.start() > full.start()) {
                Fact renamed = new Fact(
                        f.type(), f.text(), f.start(), f.end(), f.quantity(), f.time(), full.name(), f.section());
                found.set(i, new EntityMention(renamed, found.get(i).rule()));
            }
        }
    }

    private static boolean pronounFollows(Document doc, List<Token> run) {
        int end = run.get(run.size() - 1).end();
        String body = doc.body();
        if (end + 2 > body.length() || body.charAt(end) != ' ' || !Character.isLowerCase(body.charAt(end + 1))) {
            return false;
        }
        Span sentence = doc.sentenceAt(run.get(0).start());
        Span next = doc.sentenceAt(Math.min(body.length() - 1, sentence.end() + 1));
        int to = Math.min(Math.max(sentence.end(), next.end()), end + 400);
        doc.budget().step(to - end + 1);
        return PERSONAL_PRONOUN.matcher(body).region(end, Math.max(end, to)).find();
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

    /** The lower-case word after {@code offset}, past spaces ("Molen said" gives "said"). */
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
        int from = Spans.firstStartingAtOrAfter(doc.tokens(), sentence.start());
        int to = Spans.firstStartingAtOrAfter(doc.tokens(), sentence.end());
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
    private EntityMention resolveKnown(Document doc, List<Token> run, Article article) {
        String name = NameRuns.joined(run);
        int start = run.get(0).start();
        int end = run.get(run.size() - 1).end();
        if (gazetteer.isPlace(name)
                || Boolean.TRUE.equals(article.worldNames.get(name))
                || article.places.contains(name)) {
            return new EntityMention(fact(doc, FactType.PLACE, start, end, name), "entity.place-named-before");
        }
        if (gazetteer.outlet(name).isPresent() || article.organizations.contains(name)) {
            return new EntityMention(
                    fact(doc, FactType.ORGANIZATION, start, end, name), "entity.organization-named-before");
        }
        String longer =
                run.size() == 1 && standsAsName(doc, run.get(0)) ? organizationStartingWith(name, article) : null;
        if (longer != null) {
            return new EntityMention(
                    fact(doc, FactType.ORGANIZATION, start, end, longer), "entity.organization-short-name");
        }
        Person person = article.people.all.get(name);
        if (person == null && run.size() == 1) {
            person = article.people.byPart(name);
        }
        if (person == null && run.size() > 1) {
            // A title-cased heading run such as "Mayor Velt Thanks Crews": look for a known person's words inside it.
            for (Token token : run) {
                Person p = article.people.byPart(token.text());
                if (p != null) {
                    return new EntityMention(
                            fact(doc, FactType.PERSON, token.start(), token.end(), p.name()),
                            "entity.person-in-heading");
                }
            }
        }
        return person == null
                ? null
                : new EntityMention(
                        fact(doc, FactType.PERSON, start, end, person.name()), "entity.person-named-before");
    }

    /**
     * A single word that stands as a name, not as a modifier ("Osko said", "Osko's profit", "shares of Osko.", not
     * "Osko refugees"): a verb, an adverb, a possessive or punctuation after it, or a preposition before it.
     */
    private boolean standsAsName(Document doc, Token word) {
        String body = doc.body();
        int end = word.end();
        if (end >= body.length() || body.startsWith("'s", end) || body.startsWith("’s", end)) {
            return true;
        }
        char next = body.charAt(end);
        if (next != ' ') {
            return !Character.isLetterOrDigit(next) && next != '-';
        }
        String after = nextWord(body, end);
        if (auxiliaries.contains(after) || speechVerbs.contains(after) || verbAdverbs.contains(after)) {
            return true;
        }
        int k = Spans.firstStartingAtOrAfter(doc.tokens(), word.start());
        return k > 0
                && Set.of("of", "at", "by", "from", "with", "against", "for")
                        .contains(doc.tokens().get(k - 1).lower());
    }

    /**
     * "Osko Foods Inc. said … Shares of Osko rose": the organisation of more than one word whose first word this
     * is, when that word is no frequent English word, place, people's word, given name or part of a person's name.
     */
    private String organizationStartingWith(String word, Article article) {
        if (worldPlaces.common(word.toLowerCase(java.util.Locale.ROOT))
                || gazetteer.isPlace(word)
                || worldPlaces.entry(word) != null
                || isDemonym(word)
                || givenNames.contains(word)
                || article.people.hasPart(word)
                || orgWords.contains(word)
                || word.length() < 3) {
            return null;
        }
        for (String org : article.organizations) {
            // a club's first word alone is its town ("Osk Rangers" … "the children of Osk")
            if (org.startsWith(word + " ") && !teamWords.contains(org.substring(org.lastIndexOf(' ') + 1))) {
                return org;
            }
        }
        return null;
    }

    /**
     * The people named in full so far, in the order they were named, and by the first and last word of their
     * names: a surname alone finds the latest person with it in one look, not by going through everyone.
     */
    private static final class People {
        final Map<String, Person> all = new LinkedHashMap<>();
        private final Map<String, Person> byPart = new HashMap<>();

        private final Set<String> allParts = new HashSet<>();

        void add(Person person) {
            all.put(person.name(), person);
            String[] parts = person.parts();
            allParts.addAll(List.of(parts));
            if (parts.length > 1) {
                byPart.put(parts[0], person);
                byPart.put(parts[parts.length - 1], person);
            }
            if (parts.length == 3 && Character.isUpperCase(parts[1].charAt(0))) {
                // "Ana Tarno Vela … Tarno": the first of two surnames names her too, unless it names someone already
                byPart.putIfAbsent(parts[1], person);
            }
        }

        /** The latest person whose name ends with {@code surname}, in any case ("de Vel" for "De Vel"). */
        Person endingWith(String surname) {
            String tail = " " + surname.toLowerCase(java.util.Locale.ROOT);
            Person found = null;
            for (Person p : all.values()) {
                if (p.name().toLowerCase(java.util.Locale.ROOT).endsWith(tail)) {
                    found = p;
                }
            }
            return found;
        }

        /** Whether a word is any part of a person's name ("Tarn" of "Ivo Tarn Molen"). */
        boolean hasPart(String word) {
            return allParts.contains(word);
        }

        /** The latest person whose name has more than one word and begins or ends with {@code word}. */
        Person byPart(String word) {
            return byPart.get(word);
        }
    }

    private Fact person(Document doc, List<Token> nameTokens, Set<String> roles, People people) {
        String name = NameRuns.joined(nameTokens);
        int start = nameTokens.get(0).start();
        int end = nameTokens.get(nameTokens.size() - 1).end();
        Person known = people.all.get(name);
        if (known == null) {
            Person shorter = nameTokens.size() == 1 ? people.byPart(name) : null;
            if (shorter == null
                    && nameTokens.size() <= 3
                    && isNameParticle(nameTokens.get(0).lower())) {
                // "De Vel said" after "Oda de Vel": the surname with its particle, capitalised at a sentence's
                // start
                shorter = people.endingWith(name);
            }
            if (shorter != null) {
                return fact(doc, FactType.PERSON, start, end, shorter.name());
            }
            people.add(new Person(name, roles, start));
        }
        return fact(doc, FactType.PERSON, start, end, name);
    }

    /**
     * The name in the words after a title: those up to an "of" ("Rep Seo Min-ho of the Velmar Unity Party"),
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
        if (size >= 3
                && givenNames.contains(after.get(size - 3).text())
                && looksLikePersonName(after.subList(size - 3, size))) {
            return after.subList(size - 3, size);
        }
        if (size >= 2 && looksLikePersonName(after.subList(size - 2, size))) {
            return after.subList(size - 2, size);
        }
        return List.of();
    }

    private boolean looksLikePersonName(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.size() > 5) {
            return false;
        }
        int capitalized = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // "Oda van der Vel", "Tarno ag Velmar": a surname's particle between capitalised words; not in a
            // place's name the world gazetteer knows ("Santa Cruz de la Sierra")
            if (!t.capitalized() && i > 0 && i < tokens.size() - 1 && isNameParticle(t.lower())) {
                if (worldPlaces.entry(NameRuns.joined(tokens)) != null) {
                    return false;
                }
                continue;
            }
            capitalized++;
            if (!t.capitalized()
                    || Words.hasDigit(t.text())
                    || orgWords.contains(t.text())
                    || unitWords.contains(t.text())
                    || gazetteer.isPlace(t.text())
                    || demonyms.contains(t.text())
                    || commonCapitalized.contains(t.text())
                    || notNameWords.contains(t.text())
                    || (t.text().endsWith("s")
                            && demonyms.contains(t.text().substring(0, t.text().length() - 1)))
                    || (t.allCaps() && t.text().length() > 1)) {
                return false;
            }
        }
        return capitalized <= 4;
    }

    /** A name connector that belongs to surnames ("van", "de", "ag"), not to names of things ("of", "for"). */
    private boolean isNameParticle(String lower) {
        return connectors.contains(lower) && !NOT_PARTICLES.contains(lower);
    }

    private int lastTitleIndex(List<Token> run) {
        int found = -1;
        for (int i = 0; i < run.size(); i++) {
            if (titles.contains(run.get(i).lower())
                    && Character.isUpperCase(run.get(i).text().charAt(0))) {
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
            // "the spokeswoman, Dara Molen": a role in apposition before the name is the name's role too.
            boolean roleBeforeComma = k == index - 1 && gap.equals(", ") && titles.contains(t.lower());
            if (!gap.isBlank() && !roleBeforeComma) {
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

    /** ", a spokeswoman for …", ", 45, " or ", a former deputy minister" after a name. */
    private boolean appositiveFollows(String body, List<Token> tokens, int after) {
        for (int k = after; k < tokens.size() && k < after + 8; k++) {
            if (k > after
                    && !body.substring(tokens.get(k - 1).end(), tokens.get(k).start())
                            .isBlank()) {
                return false; // the apposition ends at its comma or full stop
            }
            String lower = tokens.get(k).lower();
            if (titles.contains(lower) || k == after && lower.length() <= 2 && Words.hasDigit(lower)) {
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
        return after > 0
                && after < tokens.size()
                && !tokens.get(after).capitalized()
                && claimed.overlaps(tokens.get(after).start(), tokens.get(after).end());
    }

    /** "SANTA ROSA" as "Santa Rosa": a dateline's capitals are not part of the name. */
    private static String titleCased(List<Token> run) {
        StringBuilder sb = new StringBuilder();
        for (Token t : run) {
            sb.append(sb.length() == 0 ? "" : " ")
                    .append(t.text().charAt(0))
                    .append(t.lower().substring(1));
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
        int k = Spans.firstStartingAtOrAfter(tokens, token.start());
        return k < tokens.size() && tokens.get(k).start() == token.start() ? k : -1;
    }

    private static Fact fact(Document doc, FactType type, int start, int end, String name) {
        return new Fact(type, doc.text(start, end), start, end, null, null, name, doc.sectionAt(start));
    }
}
