package io.factwire.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole text pipeline: raw article text in, {@link Extraction} out. Built once; stateless and thread-safe.
 * Stages run in a fixed order: normalise, lay out (title, boilerplate, headings), sections, sentences,
 * dateline, then the facts whose spans are most specific first (dates, durations, units, awards, equipment),
 * head counts, named entities, and last the quotations with their attribution.
 */
public final class Extractor {
    /** Bump when the output for the same input changes, so stored articles are re-extracted. */
    public static final int VERSION = 16;
    /** Bylines, timestamps and credits may stand before the lead; the dateline is looked for this far. */
    private static final int OPENING_BLOCKS = 6;

    private static final Pattern PAREN_OUTLET =
            Pattern.compile("^[^()\\n]{2,60}\\((\\p{Lu}[\\p{L}.\\- ]{1,40}?)(?:\\s+[-–—]\\s+[^)]*)?\\)");
    private static final Pattern SLASH_AGENCY = Pattern.compile("^[^/\\n]{2,60}/([^/\\n]{2,40})/");

    private final TextNormalizer normalizer = new TextNormalizer();
    private final Tokenizer tokenizer = new Tokenizer();
    private final LayoutParser layoutParser;
    private final SectionBuilder sectionBuilder = new SectionBuilder();
    private final SentenceSplitter sentenceSplitter;
    private final DatelineFinder datelineFinder;
    private final List<Finder> specificFinders;
    private final CountFinder countFinder;
    private final EntityFinder entityFinder;
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final SourceFinder sourceFinder;
    private final QuoteAttributor attributor;
    /** Told how many nanoseconds each extraction took (for metrics); plain Java, so no metrics library here. */
    private final LongConsumer timing;

    public Extractor() {
        this(nanos -> {});
    }

    public Extractor(LongConsumer timing) {
        this.timing = timing;
        Lexicon lexicon = Lexicon.get();
        Gazetteer gazetteer = new Gazetteer(lexicon);
        NumberParser numbers = new NumberParser(lexicon);
        Calendar calendar = new Calendar(lexicon);
        WeaponNouns weaponNouns = new WeaponNouns(lexicon);
        layoutParser = new LayoutParser(new BoilerplateFilter(lexicon), new HeadingDetector());
        sentenceSplitter = new SentenceSplitter(lexicon);
        datelineFinder = new DatelineFinder(lexicon, gazetteer);
        specificFinders = List.of(
                new Finder("date", new DateFinder(calendar, numbers, lexicon)),
                new Finder("duration", new DurationFinder(lexicon, numbers)),
                new Finder("unit", new UnitFinder(lexicon, gazetteer)),
                new Finder("award", new AwardFinder(lexicon)),
                new Finder("ship", new ShipFinder(lexicon, weaponNouns)),
                new Finder("equipment", new EquipmentFinder(lexicon)),
                new Finder("weapon-noun", new WeaponNounFinder(weaponNouns)));
        countFinder = new CountFinder(lexicon, numbers);
        entityFinder = new EntityFinder(lexicon, gazetteer);
        sourceFinder = new SourceFinder(gazetteer);
        attributor = new QuoteAttributor(lexicon, gazetteer, sourceFinder);
    }

    /** Without a limit: for trusted input (tests, tools). */
    public Extraction extract(String rawText, LocalDate publishedAt) {
        return extract(rawText, publishedAt, ExtractionBudget.unbounded());
    }

    /**
     * Spends at most {@code budget}: throws {@link ExtractionTooCostlyException} when it runs out or is
     * cancelled. The stages are linear in the text, so the budget is a guard, not a cut-off ordinary articles meet.
     */
    public Extraction extract(String rawText, LocalDate publishedAt, ExtractionBudget budget) {
        long start = System.nanoTime();
        try {
            return run(rawText, publishedAt, budget);
        } finally {
            timing.accept(System.nanoTime() - start);
        }
    }

    private Extraction run(String rawText, LocalDate publishedAt, ExtractionBudget budget) {
        // The layout stages scan the text a few times over: counted as such, then checked.
        budget.step(rawText.length());
        Layout layout = layoutParser.parse(normalizer.normalize(rawText));
        String body = layout.body();
        budget.step(body.length());
        List<Section> sections = sectionBuilder.build(layout);
        List<Span> sentences = new ArrayList<>();
        for (Block block : layout.blocks()) {
            budget.step(block.length() + 1);
            sentences.addAll(sentenceSplitter.split(body, block.start(), block.end()));
        }
        List<Token> tokens = new ArrayList<>();
        for (Block block : layout.blocks()) {
            budget.step(block.length() + 1);
            tokens.addAll(tokenizer.tokens(body, block.start(), block.end()));
        }
        Document doc = new Document(body, layout.blocks(), sentences, sections, tokens, publishedAt, budget);
        String firstParagraph =
                layout.blocks().isEmpty() ? "" : layout.blocks().get(0).coveredText(body);
        List<String> opening = layout.blocks().stream()
                .limit(OPENING_BLOCKS)
                .map(b -> b.coveredText(body))
                .toList();
        String dateline = datelineFinder.find(opening).orElse(null);

        List<Fact> facts = new ArrayList<>();
        Claims claimed = new Claims();
        for (Finder finder : specificFinders) {
            budget.check();
            for (Fact fact : finder.finder().find(doc, claimed)) {
                facts.add(ruled(fact, finder.family()));
                claimed.add(fact.start(), fact.end());
            }
        }
        List<Fact> counts = countFinder.find(doc, claimed);
        counts.forEach(c -> facts.add(ruled(c, "count")));
        counts.forEach(c -> claimed.add(c.start(), c.end()));
        // Every mention's fact names the sieve rule that typed it.
        Entities entities = entityFinder.find(doc, claimed);
        facts.addAll(entities.mentions());
        facts.sort(Comparator.comparingInt(Fact::start).thenComparingInt(Fact::end));

        List<QuoteSpan> spans = quoteFinder.find(doc);
        // Formations speak too ("the 22nd Infantry Division said"): they are named like organisations.
        List<EntityMention> speakingBodies = new ArrayList<>(entities.found());
        facts.stream()
                .filter(f -> f.type() == FactType.MILITARY_UNIT)
                .forEach(f -> speakingBodies.add(new EntityMention(f, f.rule())));
        speakingBodies.sort(Comparator.comparingInt(m -> m.fact().start()));
        Entities speakers = new Entities(speakingBodies, entities.people(), entities.organizations());
        List<Quote> quotes = attributor.attribute(
                doc,
                spans,
                speakers,
                datelineAgency(firstParagraph).orElse(null),
                datelineOutlet(firstParagraph).orElse(null));
        return new Extraction(layout.title(), dateline, body, sections, quotes, facts);
    }

    /** A finder and the name its facts get as their rule when it names no rule of its own. */
    private record Finder(String family, FactFinder finder) {}

    private static Fact ruled(Fact fact, String family) {
        return fact.rule() != null ? fact : fact.withRule(family);
    }

    /** "ODESSA, Jan. 9 (Yonhap) --", "Lublin, (Harbour Wire - 4th Apr, 2027) -": the outlet in the dateline's brackets. */
    private static Optional<String> datelineOutlet(String firstParagraph) {
        Matcher m = PAREN_OUTLET.matcher(firstParagraph);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** "RIGA, March 3. /TASS/." credits the agency with the whole report. */
    private Optional<String> datelineAgency(String firstParagraph) {
        Matcher m = SLASH_AGENCY.matcher(firstParagraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String outlet = sourceFinder.outletIn(m.group(1));
        return Optional.ofNullable(outlet != null ? outlet : m.group(1).strip());
    }
}
