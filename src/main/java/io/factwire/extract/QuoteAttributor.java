package io.factwire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gives each quotation its speaker and source. The speaker comes from a speech verb next to the quotation
 * ("…,” Kim said", "said Berg", "Berg told reporters: “…"), else from the sentence around a quoted phrase, else
 * from the rest of a quotation running over paragraphs, else from the quotation just before when a paragraph
 * carries on the same speech. The source is the outlet that reported it ("according to Yonhap", "told Reuters",
 * "citing TASS", a "/TASS/" dateline).
 */
final class QuoteAttributor {
    private static final String STOP = "[^,.;:!?“”\"\\n]";
    /** Capitalised titles that may stand between a quotation and the name after it ("Lieutenant General"). */
    private static final Pattern TITLE_WORDS = Pattern.compile("(?:\\p{Lu}[\\p{L}.]*\\s+){0,4}");
    private static final Pattern NAME_AFTER = Pattern.compile("[\\s,.!?…—–-]*");
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
    private static final Pattern LEAD_IN = Pattern.compile("[^“”\".!?]*?[,:]?\\s*");
    private final Pattern verb;
    private final Pattern according = Pattern.compile("(?i)\\baccording to (" + STOP + "{1,80}),\\s*$");
    private final Set<String> roleNouns;
    private final Gazetteer gazetteer;
    private final SourceFinder sourceFinder;
    private final FragmentClassifier fragments = new FragmentClassifier();

    QuoteAttributor(Lexicon lexicon, Gazetteer gazetteer, SourceFinder sourceFinder) {
        this.gazetteer = gazetteer;
        this.sourceFinder = sourceFinder;
        this.roleNouns = lexicon.lowerSet("person-titles").stream().filter(t -> !t.contains(" ")).collect(Collectors.toSet());
        String verbs = lexicon.lines("speech-verbs").stream().distinct().sorted((a, b) -> b.length() - a.length())
                .collect(Collectors.joining("|"));
        String adverb = "(?:(?:also|later|then|has|had|have|once|further|previously|earlier|separately)\\s+)?";
        after = Pattern.compile("^[\\s,.!?…—–-]*+(?:(?<c1>" + STOP + "{1,70}?)\\s+" + adverb + "(?<v1>" + verbs + ")\\b"
                + "|(?<v2>" + verbs + ")\\s+(?<c2>" + STOP + "{1,80}))");
        verb = Pattern.compile("\\b(?:" + verbs + ")\\b");
    }

    /**
     * @param reportingAgency the agency a "/TASS/" dateline credits with the whole report, or null
     * @param datelineOutlet the outlet a "(Harbour Wire - 4 Apr) -" dateline names, known by name for "told …"
     */
    List<Quote> attribute(Document doc, List<QuoteSpan> spans, Entities entities, String reportingAgency, String datelineOutlet) {
        String body = doc.body();
        List<Span> inner = spans.stream().map(q -> new Span(q.start(), q.end())).toList();
        SpeakerResolver resolver = new SpeakerResolver(doc, roleNouns, entities, inner);
        SourceFinder.Cues cues = sourceFinder.cuesIn(doc);
        Map<Integer, SpeakerResolver.Speaker> byGroup = new HashMap<>();
        Map<Integer, String> sourceByGroup = new HashMap<>();
        List<SpeakerResolver.Speaker> speakers = new ArrayList<>();
        List<String> sources = new ArrayList<>();

        for (int i = 0; i < spans.size(); i++) {
            doc.budget().check();
            QuoteSpan q = spans.get(i);
            SpeakerResolver.Speaker speaker = speakerOf(doc, i, spans, resolver);
            speakers.add(speaker);
            if (speaker != null && speaker.name() != null) {
                byGroup.putIfAbsent(q.group(), speaker);
            }
            String source = sourceFinder.sourceOf(doc, cues, q, spans, datelineOutlet);
            sources.add(source);
            if (source != null) {
                sourceByGroup.putIfAbsent(q.group(), source);
            }
        }

        inheritWithinParagraph(doc, spans, speakers);
        speakerOfRepeatedWords(doc, spans, speakers);
        shareSourceWithinParagraph(doc, spans, speakers, sources);
        sourceOfIntroducedSpeaker(doc, cues, spans, speakers, sources, datelineOutlet);
        List<Quote> quotes = new ArrayList<>();
        SpeakerResolver.Speaker previous = null;
        int previousBlock = -2;
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan q = spans.get(i);
            SpeakerResolver.Speaker speaker = speakers.get(i);
            if (speaker == null || speaker.name() == null) {
                SpeakerResolver.Speaker shared = byGroup.get(q.group());
                if (shared != null) {
                    speaker = shared;
                } else if (speaker == null && previous != null && continuesSpeech(doc, q, previousBlock, previous)) {
                    speaker = previous;
                } else if (speaker == null) {
                    speaker = introducedJustBefore(doc, q, resolver);
                }
            }
            String source = sources.get(i) != null ? sources.get(i) : sourceByGroup.get(q.group());
            if (source == null) {
                source = reportingAgency;
            }
            boolean fragment = fragments.isFragment(body, q, doc.blocks().get(doc.blockIndexAt(q.start())));
            quotes.add(new Quote(body.substring(q.start(), q.end()), q.start(), q.end(),
                    speaker == null ? null : speaker.name(), speaker == null ? null : speaker.mention(), source, fragment,
                    doc.sectionAt(q.start())));
            if (speaker != null && speaker.name() != null) {
                previous = speaker;
                previousBlock = doc.blockIndexAt(q.start());
            }
        }
        return quotes;
    }

    /** “A,” Berg said. “B.” — quotations in one paragraph that name nobody share the paragraph's speaker. */
    private static void inheritWithinParagraph(Document doc, List<QuoteSpan> spans, List<SpeakerResolver.Speaker> speakers) {
        for (int i = 0; i < spans.size(); i++) {
            if (speakers.get(i) != null) {
                continue;
            }
            int block = doc.blockIndexAt(spans.get(i).start());
            SpeakerResolver.Speaker found = null;
            for (int j = i - 1; j >= Math.max(0, i - NEIGHBOURS) && found == null && doc.blockIndexAt(spans.get(j).start()) == block; j--) {
                found = named(speakers.get(j));
            }
            for (int j = i + 1; j < Math.min(spans.size(), i + NEIGHBOURS) && found == null
                    && doc.blockIndexAt(spans.get(j).start()) == block; j++) {
                found = named(speakers.get(j));
            }
            speakers.set(i, found);
        }
    }

    /**
     * A pull quote or a quoted heading repeats words said in the body: it has the speaker of the quotation
     * that holds the same words.
     */
    private static void speakerOfRepeatedWords(Document doc, List<QuoteSpan> spans, List<SpeakerResolver.Speaker> speakers) {
        String body = doc.body();
        List<String> folded = new ArrayList<>(spans.size());
        for (QuoteSpan span : spans) {
            folded.add(foldedWords(body.substring(span.start(), span.end())));
        }
        List<Integer> withSpeaker = new ArrayList<>();
        List<String> spoken = new ArrayList<>();
        for (int j = 0; j < spans.size(); j++) {
            if (named(speakers.get(j)) != null) {
                withSpeaker.add(j);
                spoken.add(folded.get(j));
            }
        }
        // Comparing each quotation with every attributed one reads all of them once per question: fine for the few
        // questions of an article, linear in the text for up to DIRECT_QUESTIONS. Past that, one index over the
        // attributed quotations answers each question in the length of its own words.
        int questions = 0;
        for (int i = 0; i < spans.size(); i++) {
            if (named(speakers.get(i)) == null && Words.count(folded.get(i)) >= 2) {
                questions++;
            }
        }
        boolean indexed = questions > DIRECT_QUESTIONS;
        SubstringIndex index = null;
        for (int i = 0; i < spans.size(); i++) {
            doc.budget().step(folded.get(i).length() + 1);
            if (named(speakers.get(i)) != null || Words.count(folded.get(i)) < 2) {
                continue;
            }
            int k = -1;
            if (indexed) {
                if (index == null) {
                    index = new SubstringIndex(spoken, doc.budget());
                }
                k = index.firstContaining(folded.get(i));
            } else {
                for (int s = 0; s < spoken.size() && k < 0; s++) {
                    doc.budget().step(spoken.get(s).length() + 1);
                    k = spoken.get(s).contains(folded.get(i)) ? s : -1;
                }
            }
            if (k >= 0) {
                speakers.set(i, speakers.get(withSpeaker.get(k)));
            }
        }
    }

    private static String foldedWords(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            sb.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
        }
        return sb.toString().trim().replaceAll("\\s+", " ");
    }

    /**
     * "A source in the province told Harbour Wire …" and, paragraphs later, "“…,” the source said": a speaker known by
     * a role takes the outlet named where that role was introduced, in one of the paragraphs before.
     */
    private void sourceOfIntroducedSpeaker(Document doc, SourceFinder.Cues cues, List<QuoteSpan> spans, List<SpeakerResolver.Speaker> speakers,
                                           List<String> sources, String datelineOutlet) {
        for (int i = 0; i < spans.size(); i++) {
            SpeakerResolver.Speaker speaker = speakers.get(i);
            if (sources.get(i) != null || speaker == null || speaker.name() != null || speaker.mention() == null) {
                continue;
            }
            String[] words = speaker.mention().toLowerCase(java.util.Locale.ROOT).split("\\s+");
            if (words.length < 2) {
                continue;
            }
            Pattern role = Pattern.compile("(?i)\\b" + Pattern.quote(words[words.length - 1]) + "\\b");
            int block = doc.blockIndexAt(spans.get(i).start());
            int from = Math.max(doc.blocks().get(Math.max(0, block - INTRODUCTION_BLOCKS)).start(), spans.get(i).open() - INTRODUCTION_CHARS);
            Span sentence = doc.sentenceAt(from);
            while (sources.get(i) == null && sentence.start() < spans.get(i).open()) {
                doc.budget().step(sentence.end() - sentence.start() + 1);
                // An endless sentence is read only as far as the bounds of the introduction reach.
                int sentenceFrom = Math.max(sentence.start(), from);
                int sentenceTo = Math.min(sentence.end(), spans.get(i).open() + INTRODUCTION_CHARS);
                if (role.matcher(doc.body()).region(sentenceFrom, sentenceTo).find()) {
                    sources.set(i, sourceFinder.outletIn(doc, cues, sentenceFrom, sentenceTo, spans, datelineOutlet));
                }
                Span next = doc.sentenceAt(sentence.end() + 1);
                if (next.start() <= sentence.start()) {
                    break;
                }
                sentence = next;
            }
        }
    }

    /** “A,” Orlik told Harbour Wire. “B.” — the same speaker in the same paragraph, the same outlet. */
    private static void shareSourceWithinParagraph(Document doc, List<QuoteSpan> spans, List<SpeakerResolver.Speaker> speakers,
                                                   List<String> sources) {
        for (int i = 0; i < spans.size(); i++) {
            if (sources.get(i) != null || named(speakers.get(i)) == null) {
                continue;
            }
            int block = doc.blockIndexAt(spans.get(i).start());
            for (int j = Math.max(0, i - NEIGHBOURS); j < Math.min(spans.size(), i + NEIGHBOURS); j++) {
                if (j != i && sources.get(j) != null && doc.blockIndexAt(spans.get(j).start()) == block
                        && named(speakers.get(j)) != null && speakers.get(j).name().equals(speakers.get(i).name())) {
                    sources.set(i, sources.get(j));
                    break;
                }
            }
        }
    }

    private static SpeakerResolver.Speaker named(SpeakerResolver.Speaker speaker) {
        return speaker != null && speaker.name() != null ? speaker : null;
    }

    private SpeakerResolver.Speaker speakerOf(Document doc, int index, List<QuoteSpan> spans, SpeakerResolver resolver) {
        QuoteSpan q = spans.get(index);
        String body = doc.body();
        Block block = doc.blocks().get(doc.blockIndexAt(q.start()));
        if (block.heading()) {
            return resolver.resolve(body, block.start(), q.open(), true);
        }
        Span sentence = doc.sentenceAt(q.open());
        if (!q.runsOn()) {
            int afterEnd = nextOpen(spans, q, block.end());
            Matcher m = after.matcher(body).region(q.close() + 1, afterEnd);
            if (m.lookingAt()) {
                boolean verbFirst = m.group("v2") != null;
                int from = verbFirst ? m.start("c2") : m.start("c1");
                int to = verbFirst ? m.end("c2") : m.end("c1");
                if (verbFirst) {
                    // "said the commander of the Coastal Guard, Maj. Gen. Arvo Leht": the name may
                    // follow the role after a comma, so look on to the end of the sentence for a person first.
                    int sentenceEnd = Math.min(afterEnd, doc.sentenceAt(from).end());
                    SpeakerResolver.Speaker named = resolver.person(from, Math.max(to, sentenceEnd), false);
                    if (named != null) {
                        return named;
                    }
                }
                SpeakerResolver.Speaker s = resolver.resolve(body, from, to, !verbFirst);
                if (s != null) {
                    return s;
                }
            }
        }
        if (!q.runsOn()) {
            // “…,” Captain Andriy Kovalchuk, the brigade’s commander, said.
            Matcher named = NAME_AFTER.matcher(body).region(q.close() + 1, block.end());
            if (named.lookingAt()) {
                SpeakerResolver.Speaker s = resolver.resolve(body, named.end(), Math.min(block.end(), named.end() + 80), false);
                if (s != null && s.name() != null && s.mentionStart() >= named.end()
                        && TITLE_WORDS.matcher(body).region(named.end(), s.mentionStart()).matches()) {
                    return s;
                }
            }
        }
        int beforeStart = Math.max(previousClose(spans, index, block.start()), block.start());
        doc.budget().step(3L * (q.open() - beforeStart) + 1);
        String lead = body.substring(beforeStart, q.open());
        Matcher acc = according.matcher(lead);
        if (acc.find()) {
            SpeakerResolver.Speaker s = resolver.resolve(body, beforeStart + acc.start(1), beforeStart + acc.end(1), true);
            if (s != null && gazetteer.outlet(s.mention()).isEmpty()) {
                return s;
            }
        }
        int[] clause = clauseBeforeLastVerb(body, beforeStart, q.open());
        if (clause != null) {
            SpeakerResolver.Speaker s = resolver.resolve(body, clause[0], clause[1], true);
            if (s != null) {
                return s;
            }
        }
        // A quoted phrase inside a sentence belongs to the sentence's speaker.
        int clauseStart = Math.max(Math.max(sentence.start(), block.start()), q.open() - SPEAKER_WINDOW);
        SpeakerResolver.Speaker s = resolver.resolve(body, clauseStart, q.open(), true);
        if (s != null) {
            return s;
        }
        int sentenceEnd = Math.min(sentence.end(), nextOpen(spans, q, block.end()));
        if (!q.runsOn() && q.close() + 1 < sentenceEnd) {
            return resolver.resolve(body, q.close() + 1, sentenceEnd, false);
        }
        return null;
    }

    /** Someone introduced in the paragraph before a quotation that names nobody is who speaks in it. */
    private static SpeakerResolver.Speaker introducedJustBefore(Document doc, QuoteSpan q, SpeakerResolver resolver) {
        int block = doc.blockIndexAt(q.start());
        int from = block > 0 ? doc.blocks().get(block - 1).start() : doc.blocks().get(block).start();
        Fact person = resolver.lastPersonBefore(q.open());
        if (person == null || person.start() < from || doc.blocks().get(doc.blockIndexAt(person.start())).heading()) {
            return null;
        }
        return new SpeakerResolver.Speaker(person.name(), null, person.start());
    }

    /**
     * "Berg told reporters on Tuesday: “": the clause before the last speech verb ahead of a quotation, when only a
     * short lead-in without a sentence end stands between the verb and the mark. Found verb-first: a regular
     * expression that searched for the clause would retry at every position.
     */
    private int[] clauseBeforeLastVerb(String body, int from, int open) {
        Matcher v = verb.matcher(body).region(from, open);
        int verbStart = -1;
        int verbEnd = -1;
        while (v.find()) {
            verbStart = v.start();
            verbEnd = v.end();
        }
        if (verbStart < 0 || open - verbEnd > LEAD_IN_CHARS || !LEAD_IN.matcher(body).region(verbEnd, open).matches()) {
            return null;
        }
        int clauseStart = verbStart;
        while (clauseStart > from && verbStart - clauseStart < CLAUSE_CHARS && ",.;:!?“”\"\n".indexOf(body.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        return clauseStart < verbStart ? new int[] {clauseStart, verbStart} : null;
    }

    /** A paragraph that opens with a quotation and names nobody carries on the speech of the one before. */
    private static boolean continuesSpeech(Document doc, QuoteSpan q, int previousBlock, SpeakerResolver.Speaker previous) {
        int block = doc.blockIndexAt(q.start());
        boolean opensParagraph = q.open() == doc.blocks().get(block).start();
        return opensParagraph && (block == previousBlock || block == previousBlock + 1);
    }


    private static int nextOpen(List<QuoteSpan> spans, QuoteSpan q, int limit) {
        // Quotations are in text order: start just before this one, not at the first.
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).open() < q.open()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (QuoteSpan other : spans.subList(lo, spans.size())) {
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
        for (int i = index - 1; i >= Math.max(0, index - NEIGHBOURS) && spans.get(i).open() >= floor; i--) {
            QuoteSpan other = spans.get(i);
            if (other.close() >= 0 && other.close() < q.open()) {
                close = Math.max(close, other.close() + 1);
            }
        }
        return close;
    }
}
