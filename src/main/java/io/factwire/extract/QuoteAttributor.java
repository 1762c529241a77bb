package io.factwire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gives each quotation its speaker and source with three ordered lists of named rules ({@link Sieve}): the
 * speaker rules read the quotation's own sentence and paragraph, the source rules the outlet cues around it,
 * and the document rules carry what is known from one quotation to another. The first rule that decides wins;
 * the quote keeps its name as {@code rule} (the speaker's) and {@code sourceRule}. Quotations that no rule
 * decides get {@link #NO_SPEAKER} and {@link #NO_SOURCE}.
 */
final class QuoteAttributor {
    /** Compiled once, not on every call. */
    private static final Pattern SENTENCE_END_INSIDE = Pattern.compile(".*[.!?].*");
    /** Compiled once, not on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Compiled once, not on every call. */
    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the\\s+");

    static final String NO_SPEAKER = "speaker.none";
    static final String NO_SOURCE = "source.none";
    private static final String STOP = "[^,.;:!?“”\"\\n]";
    /** Capitalised titles that may stand between a quotation and the name after it ("Lieutenant General"). */
    private static final Pattern TITLE_WORDS = Pattern.compile("(?:\\p{Lu}[\\p{L}.]*\\s+){0,4}");

    private static final Pattern NAME_AFTER = Pattern.compile("[\\s,.!?…—–-]*");
    /** An interview's answer: the name of who answers and a colon opening the paragraph ("Kral: …"). */
    private static final Pattern INTERVIEW_LABEL =
            Pattern.compile("(\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3}):\\s+");
    /** A sentence whose subject is who speaks: "I wrote …", "We told them …". */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\s*(?:I|We|And I|And we|But I|But we)\\b");
    /** After a quotation: ", a firefighter, " or ", the port's director, " before the name it introduces. */
    private static final Pattern ROLE_APPOSITION = Pattern.compile(
            "[\\s,]*(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+[^,.;:!?“”\"\\n]{1,60},\\s+");
    /** Between the name so introduced and its speech verb: its comma, perhaps an adverb. */
    private static final Pattern ROLE_NAME_VERB_GAP =
            Pattern.compile(",?\\s+(?:(?:also|later|then|once|further|earlier|separately)\\s+)?");

    private final Pattern after;
    private static final int LEAD_IN_CHARS = 60;
    /** How many quotations either side a paragraph's speaker or outlet is shared with. */
    private static final int NEIGHBOURS = 20;
    /** How far before a quoted phrase its sentence's speaker is looked for; bounds the work on endless sentences. */
    private static final int SPEAKER_WINDOW = 300;
    /** How many paragraphs back a role's introduction ("a source … told Harbour Wire") is looked for. */
    private static final int INTRODUCTION_BLOCKS = 4;
    /** ... and this many characters at most, however long those paragraphs are. */
    private static final int INTRODUCTION_CHARS = 6000;

    private static final int CLAUSE_CHARS = 80;
    /** Up to this many unattributed quotations are compared directly, without building an index. */
    private static final int DIRECT_QUESTIONS = 32;

    private static final Pattern SIGNATURE_DASH = Pattern.compile("[—–-]+\\s*");
    /** How long a signature line's name may be. */
    private static final int SIGNATURE_CHARS = 80;

    private static final Pattern LEAD_IN = Pattern.compile("[^“”\".!?]*?[,:]?\\s*");
    private final Pattern verb;
    /** The speech verbs as written in the patterns (lower case, case kept): where one may start is indexed per article. */
    private final Set<String> verbWords;

    private final int longestVerb;
    private final Pattern according = Pattern.compile("(?i)\\baccording to (" + STOP + "{1,80}),\\s*$");
    private final SpeakerResolver.Vocabulary vocabulary;
    private final Gazetteer gazetteer;
    private final SourceFinder sourceFinder;
    private final FragmentClassifier fragments = new FragmentClassifier();

    /** Read in the quotation's own sentence and paragraph; a quotation in a heading is read in its heading only. */
    private final List<Sieve.Rule<Article, SpeakerResolver.Speaker>> speakerRules = List.of(
            speakerRule("speaker.in-heading", "Mayor Kral: “We will rebuild”", a -> i -> a.inHeading(i)),
            speakerRule(
                    "speaker.interview-first-person",
                    "Kral: I wrote to the ministry saying: “Give us the rail link.”",
                    inBody(a -> i -> interviewFirstPerson(a, i))),
            speakerRule(
                    "speaker.said-after-quote",
                    "“The bridge is open,” Kral said.",
                    inBody(a -> i -> saidAfter(a, i, false))),
            speakerRule(
                    "speaker.said-name-after-quote",
                    "“The bridge is open,” said the mayor of Brodno, Vesna Kral.",
                    inBody(a -> i -> saidAfter(a, i, true))),
            speakerRule(
                    "speaker.name-after-quote",
                    "“The bridge is open,” Mayor Vesna Kral, who opened it, said.",
                    inBody(a -> i -> nameAfter(a, i))),
            speakerRule(
                    "speaker.role-name-after-quote",
                    "“The bridge is open,” a firefighter, Vesna Kral, told Radio Brodno.",
                    inBody(a -> i -> roleThenNameAfter(a, i))),
            speakerRule(
                    "speaker.according-to",
                    "according to Vesna Kral, “the bridge is open”",
                    inBody(a -> i -> accordingTo(a, i))),
            speakerRule(
                    "speaker.verb-before-quote",
                    "Kral told reporters on Monday: “The bridge is open.”",
                    inBody(a -> i -> verbBefore(a, i))),
            speakerRule(
                    "speaker.sentence-before-quote",
                    "Kral called the bridge “a gift to the city”.",
                    inBody(a -> i -> sentenceBefore(a, i))),
            speakerRule(
                    "speaker.sentence-after-quote",
                    "“A gift to the city” is what Kral called the bridge.",
                    inBody(a -> i -> sentenceAfter(a, i))));

    /** The outlet cue nearest the quotation in its paragraph, up to the end of its sentence, outside quotation marks. */
    private final List<Sieve.Rule<Article, String>> sourceRules = List.of(
            sourceRule("source.according-to", "“…,” Kral said, according to the Brodno Courier."),
            sourceRule("source.citing", "…, the agency said, citing Radio Brodno."),
            sourceRule("source.told-outlet", "“…,” Kral told Radio Brodno."),
            sourceRule("source.reported-by", "The remarks were carried by Radio Brodno."),
            sourceRule("source.outlet-reported", "Radio Brodno reported that Kral said “…”."),
            sourceRule(
                    "source.dateline-outlet",
                    "BRODNO (Brodno Wire - 4 Apr) - … “…,” Kral told Brodno Wire reporters."));

    /**
     * Carry a speaker or outlet from one quotation to another, in passes: each pass goes through the quotations in
     * text order, offering each to its rules in order. A pass's rules see each other's decisions on the quotations
     * before ("the speaker of the paragraph before" may have been found by any of them).
     */
    private final List<List<Sieve.Rule<Article, ?>>> documentRules = List.of(
            List.of(new Sieve.Rule<>(
                    "speaker.paragraph-neighbour",
                    "“It is open,” Kral said. “It took a year.”",
                    Sieve.UNDECIDED_SPEAKER,
                    a -> i -> paragraphNeighbour(a, i))),
            List.of(new Sieve.Rule<>(
                    "speaker.repeated-words",
                    "A heading “a gift to the city” repeats words Kral said in the body.",
                    Sieve.UNNAMED_SPEAKER,
                    QuoteAttributor::repeatedWords)),
            List.of(new Sieve.Rule<>(
                    "source.same-speaker-in-paragraph",
                    "“It is open,” Kral told Radio Brodno. “It took a year,” Kral said.",
                    Sieve.SOURCE,
                    a -> i -> sameSpeakerInParagraph(a, i))),
            List.of(
                    new Sieve.Rule<>(
                            "source.role-introduction",
                            "An engineer on the site told Radio Brodno … “…,” the engineer said.",
                            Sieve.SOURCE,
                            a -> i -> roleIntroduction(a, i)),
                    new Sieve.Rule<>(
                            "source.speaker-introduction",
                            "Radio Brodno reported, citing the Port Authority, … ¶ “…,” the Port Authority said.",
                            Sieve.SOURCE,
                            a -> i -> speakerIntroduction(a, i)),
                    new Sieve.Rule<>(
                            "source.speaker-told-outlet-first",
                            "Vesna Kral told Radio Brodno that … (five paragraphs) … “…,” the minister said.",
                            Sieve.SOURCE,
                            a -> i -> speakerToldOutletFirst(a, i))),
            List.of(
                    new Sieve.Rule<>(
                            "speaker.same-quotation",
                            "A quotation over three paragraphs, its speaker named in the first.",
                            Sieve.UNNAMED_SPEAKER,
                            QuoteAttributor::sameQuotation),
                    new Sieve.Rule<>(
                            "speaker.dash-line-after",
                            "“The harbour will reopen.”¶— Vesna Kral, port director",
                            Sieve.UNDECIDED_SPEAKER,
                            a -> i -> dashLineAfter(a, i)),
                    new Sieve.Rule<>(
                            "speaker.continues-paragraph",
                            "“It is open,” Kral said.¶“It took a year.”",
                            Sieve.UNDECIDED_SPEAKER,
                            a -> i -> continuesSpeech(a, i)),
                    new Sieve.Rule<>(
                            "speaker.introduced-before",
                            "Vesna Kral opened the bridge on Monday.¶“It took a year.”",
                            Sieve.UNDECIDED_SPEAKER,
                            a -> i -> introducedJustBefore(a, i))),
            List.of(
                    new Sieve.Rule<>(
                            "source.same-quotation",
                            "A quotation over three paragraphs, its outlet named in the first.",
                            Sieve.SOURCE,
                            QuoteAttributor::sameQuotationSource),
                    new Sieve.Rule<>(
                            "source.dateline-agency",
                            "BRODNO, May 4. /KRESNA/. … “…,” Kral said.",
                            Sieve.SOURCE,
                            a -> i -> a.reportingAgency)));

    QuoteAttributor(Lexicon lexicon, Gazetteer gazetteer, SourceFinder sourceFinder) {
        this.gazetteer = gazetteer;
        this.sourceFinder = sourceFinder;
        Set<String> roleNouns = lexicon.lowerSet("person-titles").stream()
                .filter(t -> !t.contains(" "))
                .collect(Collectors.toSet());
        String verbs = lexicon.lines("speech-verbs").stream()
                .distinct()
                .sorted((a, b) -> b.length() - a.length())
                .collect(Collectors.joining("|"));
        this.vocabulary = new SpeakerResolver.Vocabulary(
                roleNouns,
                lexicon.lowerSet("demonyms"),
                gazetteer,
                Pattern.compile("\\b([Ii]t)\\s+(?:also\\s+)?(?:" + verbs + ")\\b"),
                lexicon.lowerSet("speaking-bodies"));
        String adverb = "(?:(?:also|later|then|has|had|have|once|further|previously|earlier|separately)\\s+)?";
        after = Pattern.compile("^[\\s,.!?…—–-]*+(?:(?<c1>" + STOP + "{1,70}?)\\s+" + adverb + "(?<v1>" + verbs + ")\\b"
                + "|(?<v2>" + verbs + ")\\s+(?<c2>" + STOP + "{1,80}))");
        verb = Pattern.compile("\\b(?:" + verbs + ")\\b");
        verbWords = Set.copyOf(lexicon.lines("speech-verbs"));
        longestVerb = verbWords.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Every rule's name, in the order the rules run. */
    List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        speakerRules.forEach(r -> names.add(r.name()));
        sourceRules.forEach(r -> names.add(r.name()));
        documentRules.forEach(pass -> pass.forEach(r -> names.add(r.name())));
        names.add(NO_SPEAKER);
        names.add(NO_SOURCE);
        return names;
    }

    /**
     * @param reportingAgency the agency a "/TASS/" dateline credits with the whole report, or null
     * @param datelineOutlet the outlet a "(Harbour Wire - 4 Apr) -" dateline names, known by name for "told …"
     */
    List<Quote> attribute(
            Document doc, List<QuoteSpan> spans, Entities entities, String reportingAgency, String datelineOutlet) {
        String body = doc.body();
        List<Sieve.QuoteState> initial = new ArrayList<>(spans.size());
        for (QuoteSpan q : spans) {
            int block = doc.blockIndexAt(q.start());
            initial.add(new Sieve.QuoteState(q, block, doc.blocks().get(block).heading(), null, null, null, null));
        }
        Article article = new Article(
                doc,
                spans,
                new SpeakerResolver(doc, vocabulary, entities, spans),
                sourceFinder.cuesIn(doc),
                reportingAgency,
                datelineOutlet,
                new Sieve.Run(doc, initial),
                verbStarts(doc));
        // The speaker and source rules read only their own quotation: each list is one pass.
        article.run.apply(speakerRules, article);
        article.run.apply(sourceRules, article);
        for (List<Sieve.Rule<Article, ?>> pass : documentRules) {
            article.run.apply(pass, article);
        }
        List<Quote> quotes = new ArrayList<>(spans.size());
        for (Sieve.QuoteState state : article.run.states()) {
            QuoteSpan q = state.span();
            SpeakerResolver.Speaker speaker = state.speaker();
            boolean fragment = fragments.isFragment(body, q, doc.blocks().get(state.block()));
            quotes.add(new Quote(
                    body.substring(q.start(), q.end()),
                    q.start(),
                    q.end(),
                    speaker == null ? null : speaker.name(),
                    speaker == null ? null : speaker.mention(),
                    state.source(),
                    fragment,
                    doc.sectionAt(q.start()),
                    state.speakerRule() == null ? NO_SPEAKER : state.speakerRule(),
                    state.sourceRule() == null ? NO_SOURCE : state.sourceRule()));
        }
        return quotes;
    }

    /** What the rules read of one article: the text, the quotations as decided so far, the speakers' index. */
    private static final class Article {
        final Document doc;
        final String body;
        final List<QuoteSpan> spans;
        final SpeakerResolver resolver;
        final SourceFinder.Cues cues;
        final String reportingAgency;
        final String datelineOutlet;
        final Sieve.Run run;
        /** The outlet each sentence read for an introduction names, by its range: read once however many ask. */
        private final Map<Long, java.util.Optional<SourceFinder.Found>> outletsIn = new HashMap<>();

        SourceFinder.Found outletIn(SourceFinder finder, int from, int to) {
            return outletsIn
                    .computeIfAbsent(
                            ((long) from << 32) | to,
                            k -> java.util.Optional.ofNullable(
                                    finder.outletIn(doc, cues, from, to, spans, datelineOutlet)))
                    .orElse(null);
        }

        /** The patterns of the speakers and roles whose introduction is looked for, by regular expression. */
        final Map<String, Pattern> patterns = new HashMap<>();
        /** Where a speech verb may start, in text order: the verb patterns are tried only there. */
        final int[] verbStarts;
        /** What the pattern after each quotation found; null before it is looked for. */
        final SaidMatch[] saidMatch;
        /** The outlet cue found around each quotation: looked for once, read by every source rule. */
        private final SourceFinder.Found[] cueFound;

        private final boolean[] cueLooked;

        Article(
                Document doc,
                List<QuoteSpan> spans,
                SpeakerResolver resolver,
                SourceFinder.Cues cues,
                String reportingAgency,
                String datelineOutlet,
                Sieve.Run run,
                int[] verbStarts) {
            this.doc = doc;
            this.verbStarts = verbStarts;
            this.body = doc.body();
            this.spans = spans;
            this.resolver = resolver;
            this.cues = cues;
            this.reportingAgency = reportingAgency;
            this.datelineOutlet = datelineOutlet;
            this.run = run;
            this.cueFound = new SourceFinder.Found[spans.size()];
            this.cueLooked = new boolean[spans.size()];
            this.saidMatch = new SaidMatch[spans.size()];
        }

        Block block(int i) {
            return doc.blocks().get(run.get(i).block());
        }

        int blockOf(int i) {
            return run.get(i).block();
        }

        SpeakerResolver.Speaker inHeading(int i) {
            if (!run.get(i).heading()) {
                return null;
            }
            Block block = block(i);
            return resolver.resolve(body, block.start(), spans.get(i).open(), true);
        }
    }

    /**
     * Who the pattern after a quotation names: the clause after the verb ({@code verbFirst}: "…,” said Kral") or
     * before it ("…,” Kral said").
     */
    private record SaidMatch(boolean verbFirst, int start, int end) {}

    private static final SaidMatch NO_SAID_MATCH = new SaidMatch(false, -1, -1);

    private static Sieve.Rule<Article, SpeakerResolver.Speaker> speakerRule(
            String name, String example, java.util.function.Function<Article, IntFunction<SpeakerResolver.Speaker>> f) {
        return new Sieve.Rule<>(name, example, Sieve.UNDECIDED_SPEAKER, f);
    }

    /** Speaker rules but the heading's read body paragraphs only: a heading's quotation is the heading rule's alone. */
    private static java.util.function.Function<Article, IntFunction<SpeakerResolver.Speaker>> inBody(
            java.util.function.Function<Article, IntFunction<SpeakerResolver.Speaker>> f) {
        return a -> {
            IntFunction<SpeakerResolver.Speaker> inner = f.apply(a);
            return i -> a.run.get(i).heading() ? null : inner.apply(i);
        };
    }

    /** A source rule takes the cue found around the quotation when the cue is of its kind. */
    private Sieve.Rule<Article, String> sourceRule(String name, String example) {
        return new Sieve.Rule<>(name, example, Sieve.SOURCE, a -> i -> {
            SourceFinder.Found found = cueAround(a, i);
            return found != null && found.rule().equals(name) ? found.outlet() : null;
        });
    }

    private SourceFinder.Found cueAround(Article a, int i) {
        if (!a.cueLooked[i]) {
            a.cueLooked[i] = true;
            a.cueFound[i] = sourceFinder.sourceOf(a.doc, a.cues, a.spans.get(i), a.spans, a.datelineOutlet);
        }
        return a.cueFound[i];
    }

    /**
     * "…,” Kral said" (a name, then the verb) or, with {@code verbFirst}, "…,” said the mayor of Brodno, Vesna Kral"
     * (the verb, then who: a person named up to the end of the sentence first, since the name may follow the role).
     */
    private SpeakerResolver.Speaker saidAfter(Article a, int i, boolean verbFirst) {
        QuoteSpan q = a.spans.get(i);
        if (q.runsOn()) {
            return null;
        }
        int afterEnd = nextOpen(a.spans, q, a.block(i).end());
        // Both halves of the pattern hold a speech verb inside the region: none starts there, no match (unless a
        // word runs on past the region's end, where the index cannot tell).
        int k = firstVerbStart(a.verbStarts, q.close() + 1);
        if ((k == a.verbStarts.length || a.verbStarts[k] >= afterEnd)
                && (afterEnd >= a.body.length() || !mayBeWordChar(a.body.charAt(afterEnd)))) {
            return null;
        }
        // The two rules that read this pattern read the same match: it is matched once per quotation.
        if (a.saidMatch[i] == null) {
            Matcher m = after.matcher(a.body).region(q.close() + 1, afterEnd);
            a.saidMatch[i] = !m.lookingAt()
                    ? NO_SAID_MATCH
                    : m.group("v2") != null
                            ? new SaidMatch(true, m.start("c2"), m.end("c2"))
                            : new SaidMatch(false, m.start("c1"), m.end("c1"));
        }
        SaidMatch said = a.saidMatch[i];
        if (said == NO_SAID_MATCH || said.verbFirst() != verbFirst) {
            return null;
        }
        int from = said.start();
        int to = said.end();
        if (verbFirst) {
            int sentenceEnd = Math.min(afterEnd, a.doc.sentenceAt(from).end());
            SpeakerResolver.Speaker named = a.resolver.person(from, Math.max(to, sentenceEnd), false);
            if (named != null) {
                return named;
            }
        }
        return a.resolver.resolve(a.body, from, to, !verbFirst);
    }

    /** “…,” Captain Vesna Kral, the battalion’s commander, said: a name right after the mark, titles allowed before it. */
    private static SpeakerResolver.Speaker nameAfter(Article a, int i) {
        QuoteSpan q = a.spans.get(i);
        if (q.runsOn()) {
            return null;
        }
        Block block = a.block(i);
        Matcher named = NAME_AFTER.matcher(a.body).region(q.close() + 1, block.end());
        // A sentence end between the mark and the name: the name starts the next sentence and says nothing of this one.
        if (named.lookingAt()
                && !SENTENCE_END_INSIDE
                        .matcher(a.body.substring(named.start(), named.end()))
                        .matches()) {
            SpeakerResolver.Speaker s =
                    a.resolver.resolve(a.body, named.end(), Math.min(block.end(), named.end() + 80), false);
            if (s != null
                    && s.name() != null
                    && s.mentionStart() >= named.end()
                    && TITLE_WORDS
                            .matcher(a.body)
                            .region(named.end(), s.mentionStart())
                            .matches()) {
                return s;
            }
        }
        return null;
    }

    /**
     * "“…,” a firefighter, Dara Molen, told Radio Brodno": a role in apposition, then the person, then the speech
     * verb, right after the mark.
     */
    private SpeakerResolver.Speaker roleThenNameAfter(Article a, int i) {
        QuoteSpan q = a.spans.get(i);
        if (q.runsOn()) {
            return null;
        }
        Block block = a.block(i);
        Matcher role = ROLE_APPOSITION.matcher(a.body).region(q.close() + 1, block.end());
        if (!role.lookingAt()) {
            return null;
        }
        SpeakerResolver.Speaker s = a.resolver.person(role.end(), Math.min(block.end(), role.end() + 80), false);
        if (s == null || s.mentionStart() != role.end()) {
            return null;
        }
        int nameEnd = s.mentionStart() + s.mention().length();
        Matcher then = ROLE_NAME_VERB_GAP.matcher(a.body).region(nameEnd, block.end());
        if (!then.lookingAt()) {
            return null;
        }
        return verb.matcher(a.body).region(then.end(), block.end()).lookingAt() ? s : null;
    }

    /**
     * An interview's answer ("Kral: Barges leave half empty. I wrote to the ministry saying: “…”"): a quotation whose
     * sentence opens with "I" or "we", in a paragraph labelled with a person's name and a colon, is the labelled
     * person's own words quoted again; others the answer quotes ("My predecessor used to say, “…”") are not.
     */
    private static SpeakerResolver.Speaker interviewFirstPerson(Article a, int i) {
        Block block = a.block(i);
        Matcher label = INTERVIEW_LABEL.matcher(a.body).region(block.start(), block.end());
        if (!label.lookingAt()) {
            return null;
        }
        SpeakerResolver.Speaker labelled = a.resolver.person(block.start(), label.end(1), false);
        if (labelled == null || labelled.mentionStart() != block.start()) {
            return null;
        }
        QuoteSpan q = a.spans.get(i);
        int from = Math.max(Math.max(a.doc.sentenceAt(q.open()).start(), leadStart(a, i)), label.end());
        if (from >= q.open()
                || !FIRST_PERSON.matcher(a.body).region(from, q.open()).lookingAt()
                || a.resolver.person(from, q.open(), true) != null) {
            return null;
        }
        return labelled;
    }

    /** Where the lead-in before the quotation starts: its paragraph, after the quotation before it. */
    private static int leadStart(Article a, int i) {
        Block block = a.block(i);
        return Math.max(previousClose(a.spans, i, block.start()), block.start());
    }

    /** "According to Vesna Kral, “…”": a person (not an outlet) the lead-in names after "according to". */
    private SpeakerResolver.Speaker accordingTo(Article a, int i) {
        QuoteSpan q = a.spans.get(i);
        int beforeStart = leadStart(a, i);
        a.doc.budget().step(3L * (q.open() - beforeStart) + 1);
        Matcher acc = according.matcher(a.body.substring(beforeStart, q.open()));
        if (acc.find()) {
            SpeakerResolver.Speaker s =
                    a.resolver.resolve(a.body, beforeStart + acc.start(1), beforeStart + acc.end(1), true);
            if (s != null && gazetteer.outlet(s.mention()).isEmpty()) {
                return s;
            }
        }
        return null;
    }

    private SpeakerResolver.Speaker verbBefore(Article a, int i) {
        Span clause = clauseBeforeLastVerb(
                a.body, a.verbStarts, leadStart(a, i), a.spans.get(i).open());
        // "Kral said the movement had agreed to “…”": the clause reports someone's words; who said so speaks.
        if (clause == null
                || verb.matcher(a.body).region(clause.start(), clause.end()).find()) {
            return null;
        }
        return a.resolver.resolve(a.body, clause.start(), clause.end(), true);
    }

    /**
     * Every offset where a run of letters that is a speech verb starts (after a character that is no letter): a
     * superset of where the verb patterns can match a verb, since a verb they match is a whole run of letters
     * within their region. One pass over the body per article.
     */
    private int[] verbStarts(Document doc) {
        String body = doc.body();
        doc.budget().step(body.length());
        int[] starts = new int[16];
        int n = 0;
        int i = 0;
        while (i < body.length()) {
            if (!isLetter(body.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < body.length() && isLetter(body.charAt(end))) {
                end++;
            }
            // The verbs are written in lower case and matched with case kept: a run that opens otherwise is none.
            char first = body.charAt(i);
            if (first >= 'a' && first <= 'z' && end - i <= longestVerb && verbWords.contains(body.substring(i, end))) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
            }
            i = end;
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    /** {@link Character#isLetter(char)}, with ASCII answered without a table look-up: it is asked of every character. */
    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** Index of the first verb start at or after {@code offset}. */
    private static int firstVerbStart(int[] verbStarts, int offset) {
        int k = java.util.Arrays.binarySearch(verbStarts, offset);
        if (k < 0) {
            return -k - 1;
        }
        while (k > 0 && verbStarts[k - 1] == offset) {
            k--;
        }
        return k;
    }

    /** Whether a character may count as part of a word for {@code \\b}, or may be what the index cannot see. */
    private static boolean mayBeWordChar(char c) {
        return Character.isLetterOrDigit(c)
                || c == '_'
                || Character.isSurrogate(c)
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** A quoted phrase inside a sentence belongs to the sentence's speaker, named before it ... */
    private static SpeakerResolver.Speaker sentenceBefore(Article a, int i) {
        QuoteSpan q = a.spans.get(i);
        Span sentence = a.doc.sentenceAt(q.open());
        int clauseStart = Math.max(Math.max(sentence.start(), a.block(i).start()), q.open() - SPEAKER_WINDOW);
        return a.resolver.resolve(a.body, clauseStart, q.open(), true);
    }

    /** ... or after it, up to the sentence's end or the next quotation. */
    private static SpeakerResolver.Speaker sentenceAfter(Article a, int i) {
        QuoteSpan q = a.spans.get(i);
        Span sentence = a.doc.sentenceAt(q.open());
        int sentenceEnd =
                Math.min(sentence.end(), nextOpen(a.spans, q, a.block(i).end()));
        if (!q.runsOn() && q.close() + 1 < sentenceEnd) {
            return a.resolver.resolve(a.body, q.close() + 1, sentenceEnd, false);
        }
        return null;
    }

    /** The nearest quotation in the same paragraph with a named speaker, looking back first, then ahead. */
    private static SpeakerResolver.Speaker paragraphNeighbour(Article a, int i) {
        Sieve.Run run = a.run;
        int block = a.blockOf(i);
        for (int j = i - 1; j >= Math.max(0, i - NEIGHBOURS) && a.blockOf(j) == block; j--) {
            if (run.get(j).named()) {
                return run.get(j).speaker();
            }
        }
        for (int j = i + 1; j < Math.min(run.size(), i + NEIGHBOURS) && a.blockOf(j) == block; j++) {
            if (run.get(j).named()) {
                return run.get(j).speaker();
            }
        }
        return null;
    }

    /**
     * A pull quote or a quoted heading repeats words said in the body: it has the speaker of the quotation that
     * holds the same words, among those named before this rule ran.
     */
    private static IntFunction<SpeakerResolver.Speaker> repeatedWords(Article a) {
        Document doc = a.doc;
        Sieve.Run run = a.run;
        List<String> folded = new ArrayList<>(run.size());
        for (QuoteSpan span : a.spans) {
            folded.add(foldedWords(a.body.substring(span.start(), span.end())));
            doc.budget().step(folded.get(folded.size() - 1).length() + 1);
        }
        List<SpeakerResolver.Speaker> speakers = new ArrayList<>();
        List<String> spoken = new ArrayList<>();
        int questions = 0;
        for (int j = 0; j < run.size(); j++) {
            if (run.get(j).named()) {
                speakers.add(run.get(j).speaker());
                spoken.add(folded.get(j));
            } else if (Words.count(folded.get(j)) >= 2) {
                questions++;
            }
        }
        // Comparing each quotation with every attributed one reads all of them once per question: fine for the few
        // questions of an article, linear in the text for up to DIRECT_QUESTIONS. Past that, one index over the
        // attributed quotations answers each question in the length of its own words.
        boolean indexed = questions > DIRECT_QUESTIONS;
        SubstringIndex[] index = new SubstringIndex[1];
        return i -> {
            if (Words.count(folded.get(i)) < 2) {
                return null;
            }
            int k = -1;
            if (indexed) {
                if (index[0] == null) {
                    index[0] = new SubstringIndex(spoken, doc.budget());
                }
                k = index[0].firstContaining(folded.get(i));
            } else {
                for (int s = 0; s < spoken.size() && k < 0; s++) {
                    doc.budget().step(spoken.get(s).length() + 1);
                    k = spoken.get(s).contains(folded.get(i)) ? s : -1;
                }
            }
            return k >= 0 ? speakers.get(k) : null;
        };
    }

    private static String foldedWords(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            sb.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
        }
        return SPACES.matcher(sb.toString().trim()).replaceAll(" ");
    }

    /** The same named speaker in the same paragraph, the same outlet. */
    private static String sameSpeakerInParagraph(Article a, int i) {
        Sieve.Run run = a.run;
        if (!run.get(i).named()) {
            return null;
        }
        String name = run.get(i).speaker().name();
        int block = a.blockOf(i);
        for (int j = Math.max(0, i - NEIGHBOURS); j < Math.min(run.size(), i + NEIGHBOURS); j++) {
            Sieve.QuoteState other = run.get(j);
            if (j != i
                    && other.source() != null
                    && a.blockOf(j) == block
                    && other.named()
                    && other.speaker().name().equals(name)) {
                return other.source();
            }
        }
        return null;
    }

    /**
     * "A source in the province told Harbour Wire …" and, paragraphs later, "“…,” the source said": a speaker known by
     * a role takes the outlet named where that role was introduced, in one of the paragraphs before.
     */
    private String roleIntroduction(Article a, int i) {
        Document doc = a.doc;
        SpeakerResolver.Speaker speaker = a.run.get(i).speaker();
        if (speaker == null || speaker.name() != null || speaker.mention() == null) {
            return null;
        }
        String[] words = SPACES.split(speaker.mention().toLowerCase(Locale.ROOT));
        if (words.length < 2) {
            return null;
        }
        String role = words[words.length - 1];
        return outletWhereIntroduced(a, i, "(?i)\\b" + Pattern.quote(role) + "\\b", List.of(role), true, false);
    }

    /**
     * "Radio Brodno reported, citing the Port Authority, that …" and, in a paragraph after, "“…,” the Port Authority
     * said": a named speaker takes the outlet named in a sentence, in one of the paragraphs before, that names them
     * (by the canonical name or as the quotation's attribution writes them).
     */
    /**
     * A speaker whose first sentence in the article says they told an outlet ("Vesna Kral told Radio Brodno on
     * Monday that …", "… said in an interview with …") gave that outlet the interview: their quotations further down
     * that no cue of their own credits come from it, however many paragraphs lie between.
     */
    private String speakerToldOutletFirst(Article a, int i) {
        SpeakerResolver.Speaker speaker = a.run.get(i).speaker();
        if (speaker == null || speaker.name() == null || speaker.name().indexOf(' ') < 0) {
            return null;
        }
        int first = a.body.indexOf(speaker.name());
        QuoteSpan q = a.spans.get(i);
        if (first < 0 || first >= q.open() || q.open() - first > INTRODUCTION_CHARS || insideAnyQuote(a, first)) {
            return null;
        }
        Span sentence = a.doc.sentenceAt(first);
        if (quotationIn(a.spans, sentence.start(), sentence.end())) {
            return null;
        }
        SourceFinder.Found found = a.outletIn(sourceFinder, sentence.start(), sentence.end());
        return found != null && found.rule().equals("source.told-outlet") ? found.outlet() : null;
    }

    private static boolean insideAnyQuote(Article a, int offset) {
        for (QuoteSpan q : a.spans) {
            if (q.start() <= offset && offset < q.end()) {
                return true;
            }
        }
        return false;
    }

    private String speakerIntroduction(Article a, int i) {
        SpeakerResolver.Speaker speaker = a.run.get(i).speaker();
        if (speaker == null || speaker.name() == null) {
            return null;
        }
        String alternatives = Pattern.quote(speaker.name());
        List<String> written = new ArrayList<>(List.of(speaker.name()));
        String mention = speaker.mention() == null
                ? null
                : LEADING_THE.matcher(speaker.mention().strip()).replaceFirst("");
        if (mention != null && !mention.isEmpty() && Character.isUpperCase(mention.charAt(0))) {
            alternatives += "|" + Pattern.quote(mention);
            written.add(mention);
        }
        return outletWhereIntroduced(a, i, "\\b(?:" + alternatives + ")\\b", written, false, true);
    }

    /**
     * The outlet named in a sentence that matches {@code roleRegex}, in the paragraphs before quotation {@code i}: in the
     * first such sentence, or with {@code nearest} in the last one that quotes nobody.
     */
    private String outletWhereIntroduced(
            Article a, int i, String roleRegex, List<String> roleWords, boolean ignoreCase, boolean nearest) {
        Pattern role = null;
        Document doc = a.doc;
        QuoteSpan q = a.spans.get(i);
        int block = a.blockOf(i);
        int from = Math.max(
                doc.blocks().get(Math.max(0, block - INTRODUCTION_BLOCKS)).start(), q.open() - INTRODUCTION_CHARS);
        Span sentence = doc.sentenceAt(from);
        String outlet = null;
        while (sentence.start() < q.open()) {
            // An endless sentence is read only as far as the bounds of the introduction reach.
            int sentenceFrom = Math.max(sentence.start(), from);
            int sentenceTo = Math.min(sentence.end(), q.open() + INTRODUCTION_CHARS);
            // A speaker's report is a sentence that names an outlet and quotes nobody ("Radio Brodno reported,
            // citing the Port Authority, that …"); looked at only where a cue word stands, so it costs nothing
            // elsewhere.
            boolean candidate = !nearest
                    || (a.cues.anyIn(a.body, sentenceFrom, sentenceTo)
                            && !quotationIn(a.spans, sentenceFrom, sentenceTo));
            if (candidate) {
                doc.budget().step(sentence.end() - sentence.start() + 1);
            }
            // The pattern is the words as alternatives between word boundaries: it can match only where one of
            // them is written, which a plain scan tells at a fraction of the pattern's cost.
            candidate = candidate && occursIn(a.body, sentenceFrom, sentenceTo, roleWords, ignoreCase);
            if (candidate && role == null) {
                // Compiled only when a sentence is to be read, and once per article for the same speaker or role.
                role = a.patterns.computeIfAbsent(roleRegex, Pattern::compile);
            }
            if (candidate
                    && role.matcher(a.body).region(sentenceFrom, sentenceTo).find()) {
                SourceFinder.Found found = a.outletIn(sourceFinder, sentenceFrom, sentenceTo);
                if (found != null && !nearest) {
                    return found.outlet();
                }
                outlet = found != null ? found.outlet() : outlet;
            }
            Span next = doc.sentenceAt(sentence.end() + 1);
            if (next.start() <= sentence.start()) {
                break;
            }
            sentence = next;
        }
        return outlet;
    }

    /** The paragraphs of one quotation share the speaker named at the first of them that names one. */
    private static IntFunction<SpeakerResolver.Speaker> sameQuotation(Article a) {
        Map<Integer, SpeakerResolver.Speaker> byGroup = new HashMap<>();
        for (int j = 0; j < a.run.size(); j++) {
            if (a.run.get(j).named()) {
                byGroup.putIfAbsent(a.spans.get(j).group(), a.run.get(j).speaker());
            }
        }
        return i -> byGroup.get(a.spans.get(i).group());
    }

    /** ... and the outlet. */
    private static IntFunction<String> sameQuotationSource(Article a) {
        Map<Integer, String> byGroup = new HashMap<>();
        for (int j = 0; j < a.run.size(); j++) {
            if (a.run.get(j).source() != null) {
                byGroup.putIfAbsent(a.spans.get(j).group(), a.run.get(j).source());
            }
        }
        return i -> byGroup.get(a.spans.get(i).group());
    }

    /**
     * A paragraph that opens with a quotation and names nobody carries on the speech of the last named speaker,
     * when that one spoke in the paragraph before or in this one.
     */
    private static SpeakerResolver.Speaker continuesSpeech(Article a, int i) {
        int previous = a.run.lastNamedBefore();
        if (previous < 0) {
            return null;
        }
        int block = a.blockOf(i);
        int previousBlock = a.blockOf(previous);
        boolean opensParagraph =
                a.spans.get(i).open() == a.doc.blocks().get(block).start();
        return opensParagraph && (block == previousBlock || block == previousBlock + 1)
                ? a.run.get(previous).speaker()
                : null;
    }

    /**
     * A quotation that ends its paragraph, signed in the next one by a line that opens with a dash and names
     * someone ("— Vesna Kral, port director"): the signed name speaks.
     */
    private static SpeakerResolver.Speaker dashLineAfter(Article a, int i) {
        QuoteSpan q = a.spans.get(i);
        int block = a.blockOf(i);
        if (q.runsOn() || block + 1 >= a.doc.blocks().size()) {
            return null;
        }
        Block here = a.doc.blocks().get(block);
        Block next = a.doc.blocks().get(block + 1);
        if (!a.body.substring(Math.max(q.end(), q.close()), here.end()).isBlank() && here.end() - q.close() > 2) {
            return null;
        }
        Matcher dash = SIGNATURE_DASH.matcher(a.body).region(next.start(), next.end());
        if (next.heading() || !dash.lookingAt()) {
            return null;
        }
        SpeakerResolver.Speaker signed =
                a.resolver.person(dash.end(), Math.min(next.end(), dash.end() + SIGNATURE_CHARS), false);
        return signed != null && signed.mentionStart() == dash.end() ? signed : null;
    }

    /** Someone introduced in the paragraph before a quotation that names nobody is who speaks in it. */
    private static SpeakerResolver.Speaker introducedJustBefore(Article a, int i) {
        Document doc = a.doc;
        QuoteSpan q = a.spans.get(i);
        int block = a.blockOf(i);
        int from = block > 0
                ? doc.blocks().get(block - 1).start()
                : doc.blocks().get(block).start();
        Fact person = a.resolver.lastPersonBefore(q.open());
        if (person == null
                || person.start() < from
                || doc.blocks().get(doc.blockIndexAt(person.start())).heading()) {
            return null;
        }
        return new SpeakerResolver.Speaker(person.name(), null, person.start());
    }

    /**
     * "Berg told reporters on Tuesday: “": the clause before the last speech verb ahead of a quotation, when only a
     * short lead-in without a sentence end stands between the verb and the mark. Found verb-first: a regular
     * expression that searched for the clause would retry at every position.
     */
    private Span clauseBeforeLastVerb(String body, int[] verbStarts, int from, int open) {
        int verbStart = -1;
        int verbEnd = -1;
        if ((from == 0 || !mayBeWordChar(body.charAt(from - 1)))
                && (open >= body.length() || !mayBeWordChar(body.charAt(open)))) {
            // No word runs across the region's bounds, so looking past them changes no boundary: the pattern is
            // tried only where the index has a verb, in text order, as find() would go.
            Matcher v = verb.matcher(body).useTransparentBounds(true);
            for (int k = firstVerbStart(verbStarts, from); k < verbStarts.length && verbStarts[k] < open; k++) {
                if (verbStarts[k] < verbEnd) {
                    continue;
                }
                v.region(verbStarts[k], open);
                if (v.lookingAt()) {
                    verbStart = v.start();
                    verbEnd = v.end();
                }
            }
        } else {
            Matcher v = verb.matcher(body).region(from, open);
            while (v.find()) {
                verbStart = v.start();
                verbEnd = v.end();
            }
        }
        if (verbStart < 0
                || open - verbEnd > LEAD_IN_CHARS
                || !LEAD_IN.matcher(body).region(verbEnd, open).matches()) {
            return null;
        }
        int clauseStart = verbStart;
        while (clauseStart > from
                && verbStart - clauseStart < CLAUSE_CHARS
                && ",.;:!?“”\"\n".indexOf(body.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        return clauseStart < verbStart ? new Span(clauseStart, verbStart) : null;
    }

    /**
     * Whether one of {@code words} is written in {@code [from,to)} of the body, with {@code ignoreCase} in any case
     * (a superset of the ASCII case folding of {@code (?i)}).
     */
    private static boolean occursIn(String body, int from, int to, List<String> words, boolean ignoreCase) {
        for (String word : words) {
            for (int p = from; p + word.length() <= to; p++) {
                if (body.regionMatches(ignoreCase, p, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a quotation opens in {@code [from,to)}; quotations are in text order. */
    private static boolean quotationIn(List<QuoteSpan> spans, int from, int to) {
        int k = Spans.firstAtLeast(spans, QuoteSpan::open, from);
        return k < spans.size() && spans.get(k).open() < to;
    }

    private static int nextOpen(List<QuoteSpan> spans, QuoteSpan q, int limit) {
        // Quotations are in text order: start just before this one, not at the first.
        for (QuoteSpan other : spans.subList(Spans.firstAtLeast(spans, QuoteSpan::open, q.open()), spans.size())) {
            if (other.open() >= limit) {
                break;
            }
            // The next mark opened after this quotation closed (a mark left open can be followed by another).
            if (other.open() > Math.max(q.open(), q.close()) && other.open() < limit) {
                return other.open();
            }
        }
        return limit;
    }

    /** Where the last quotation before {@code index} in its paragraph closed; looks back {@link #NEIGHBOURS} at most. */
    private static int previousClose(List<QuoteSpan> spans, int index, int floor) {
        QuoteSpan q = spans.get(index);
        int close = floor;
        for (int i = index - 1;
                i >= Math.max(0, index - NEIGHBOURS) && spans.get(i).open() >= floor;
                i--) {
            QuoteSpan other = spans.get(i);
            if (other.close() >= 0 && other.close() < q.open()) {
                close = Math.max(close, other.close() + 1);
            }
        }
        return close;
    }
}
