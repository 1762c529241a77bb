package io.factwire.article;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import io.factwire.ConflictException;
import io.factwire.Cursors;
import io.factwire.InvalidInputException;
import io.factwire.NotFoundException;
import io.factwire.PreconditionFailedException;
import io.factwire.article.ArticleDao.Inserted;
import io.factwire.article.ArticleDao.OriginFile;
import io.factwire.article.ArticleDao.Stale;
import io.factwire.article.ArticleDao.StoredArticle;
import io.factwire.article.SectionView.ParagraphView;
import io.factwire.extract.Extraction;
import io.factwire.extract.ExtractionBudget;
import io.factwire.extract.Extractor;
import io.factwire.extract.FactType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Storing and reading articles. Knows nothing of HTTP: takes records, returns the JSON-shaped views, throws
 * {@link NotFoundException} and {@link InvalidInputException}. The one place article views are assembled.
 */
public final class ArticleService {
    /** How an article from the data directory compared with what was stored. */
    public enum SyncOutcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /** The stored article, and whether this call created it (false: the same text was already stored). */
    public record Ingested(ArticleView article, boolean created) {}

    /** The article after a replacement, and whether anything changed (false: same text and metadata). */
    public record Replaced(ArticleView article, boolean changed) {}

    private static final Logger LOG = LoggerFactory.getLogger(ArticleService.class);
    private static final String CURSOR_KIND = "after";
    private static final int EXPORT_BATCH = 100;

    private final ArticleDao reads;
    private final ArticleListDao listing;
    private final ArticleDao writes;
    private final Supplier<Extractor> extractor;
    private final Clock clock;
    private final Runnable afterWrite;
    private final Supplier<ExtractionBudget> budgets;

    /** Extracts without a limit: for tools and tests. */
    public ArticleService(
            ArticleDao reads,
            ArticleListDao listing,
            ArticleDao writes,
            Extractor extractor,
            Clock clock,
            Runnable afterWrite) {
        this(reads, listing, writes, () -> extractor, clock, afterWrite, ExtractionBudget::unbounded);
    }

    /**
     * {@code reads} serves multi-statement reads from one snapshot, {@code listing} pages of the list; {@code
     * writes} takes the write lock.
     * {@code afterWrite} runs after every committed write, e.g. to drop cached answers. Each extraction gets a
     * budget from {@code budgets}; one that runs out throws {@link io.factwire.extract.ExtractionTooCostlyException}
     * and nothing is written. {@code extractor} is asked for the extractor at each extraction, so a server can
     * build it on first use rather than on the way to its first answer.
     */
    public ArticleService(
            ArticleDao reads,
            ArticleListDao listing,
            ArticleDao writes,
            Supplier<Extractor> extractor,
            Clock clock,
            Runnable afterWrite,
            Supplier<ExtractionBudget> budgets) {
        // the extractor is built before a budget's clock starts: its one-time load is not the article's cost
        this.budgets = () -> {
            extractor.get();
            return budgets.get();
        };
        this.reads = reads;
        this.listing = listing;
        this.writes = writes;
        this.extractor = extractor;
        this.clock = clock;
        this.afterWrite = afterWrite;
    }

    private static final String WARM_UP_TEXT = "Ferry Resumes in Eastvale\n\nEASTVALE (Example Wire) – About 300 "
            + "passengers crossed on Friday, two weeks after the storm, the harbour master said.";

    /**
     * Extracts a short invented text once, without a budget, so that what the first extraction of a process
     * loads (the gazetteer, the lexicons) is not charged to the budget of the first real article.
     */
    public void warmUp() {
        extractor.get().extract(WARM_UP_TEXT, null);
    }

    /** What storing {@code article} would give, without storing anything. */
    public ExtractedArticle extract(NewArticle article) {
        return extract(article, budgets.get());
    }

    /** {@link #extract(NewArticle)} within {@code budget}. */
    public ExtractedArticle extract(NewArticle article, ExtractionBudget budget) {
        return extract(article, budget, false);
    }

    /** ... with each quote's and fact's rule when {@code explain}. */
    public ExtractedArticle extract(NewArticle article, ExtractionBudget budget, boolean explain) {
        Extraction extraction = extraction(article, budget);
        ArticleMetadata m = article.metadata();
        return new ExtractedArticle(
                extraction.title(),
                extraction.dateline(),
                article.publishedAt(),
                article.url(),
                article.source(),
                m.authors(),
                m.modifiedAt(),
                m.lang(),
                m.description(),
                m.image(),
                m.tags(),
                extraction.body(),
                sectionViews(extraction),
                quoteViews(extraction, explain),
                factViews(extraction, explain),
                Extractor.VERSION,
                ArticleIds.contentHash(article.text()));
    }

    // An extraction as it reads back from the store: sections by index, quotes and facts in extraction order.
    private static List<SectionView> sectionViews(Extraction extraction) {
        return extraction.sections().stream()
                .map(s -> new SectionView(
                        s.index(),
                        s.heading(),
                        s.start(),
                        s.end(),
                        s.paragraphs().stream()
                                .map(p -> new ParagraphView(p.start(), p.end()))
                                .toList(),
                        null))
                .toList();
    }

    private static List<QuoteView> quoteViews(Extraction extraction, boolean explain) {
        return extraction.quotes().stream()
                .map(q -> new QuoteView(
                                q.text(),
                                q.speaker(),
                                q.speakerMention(),
                                q.source(),
                                q.fragment(),
                                q.start(),
                                q.end(),
                                q.section(),
                                q.rule(),
                                q.sourceRule())
                        .explained(explain))
                .toList();
    }

    private static List<FactView> factViews(Extraction extraction, boolean explain) {
        return extraction.facts().stream()
                .map(f -> FactView.of(FactRow.of(f)).explained(explain))
                .toList();
    }

    /**
     * Replaces article {@code id}'s text and/or metadata with what {@code change} makes of its current input,
     * re-extracts it and bumps its revision; the id stays. Nothing is written when nothing changes. A text that
     * another article already has is a {@link ConflictException}; an article that {@code precondition} does not
     * hold for, as it stands when the write takes the lock, a {@link PreconditionFailedException}. The answer is
     * the article as this write's own transaction left it.
     */
    public Replaced replace(String id, UnaryOperator<NewArticle> change, Precondition precondition) {
        // First extract without the write lock, then store only if nobody wrote in between; if somebody did,
        // extract again holding the lock, so a busy article still makes progress.
        ArticleRow seen = writes.find(id).orElseThrow(() -> notFound(id));
        Planned planned = plan(seen, change);
        Optional<Replaced> done =
                writes.atomically(dao -> replaceIfUnchanged(dao, id, seen.revision(), planned, precondition));
        Replaced replaced = done.orElseGet(() -> writes.atomically(dao -> {
            ArticleRow current = dao.find(id).orElseThrow(() -> notFound(id));
            return replaceIfUnchanged(dao, id, current.revision(), plan(current, change), precondition)
                    .orElseThrow();
        }));
        if (replaced.changed()) {
            afterWrite.run();
            LOG.info("Replaced article {} (revision {})", id, replaced.article().revision());
        }
        return replaced;
    }

    /** A replacement worked out from one revision of the article: its input, hash and extraction (if changed). */
    private record Planned(NewArticle input, String hash, Extraction extraction) {}

    private Planned plan(ArticleRow current, UnaryOperator<NewArticle> change) {
        NewArticle replacement = change.apply(storedInput(current));
        String hash = ArticleIds.contentHash(replacement.text());
        boolean same = hash.equals(current.contentHash()) && sameMetadata(current, replacement);
        return new Planned(replacement, hash, same ? null : extraction(replacement));
    }

    /** Empty when the article is no longer at {@code revision}: the plan is stale. */
    private Optional<Replaced> replaceIfUnchanged(
            ArticleDao dao, String id, int revision, Planned planned, Precondition precondition) {
        ArticleRow current = dao.find(id).orElseThrow(() -> notFound(id));
        if (current.revision() != revision) {
            return Optional.empty();
        }
        check(dao, id, precondition);
        if (planned.extraction() == null) {
            return Optional.of(new Replaced(load(dao, id), false));
        }
        Optional<String> sameText = dao.findIdByHash(planned.hash());
        if (sameText.isPresent() && !sameText.get().equals(id)) {
            throw new ConflictException("Article '" + sameText.get() + "' already has this text.");
        }
        dao.replace(
                row(
                        id,
                        planned.hash(),
                        current.origin(),
                        planned.input(),
                        planned.extraction(),
                        current.revision() + 1,
                        current.createdAt(),
                        clock.instant().toString()),
                planned.extraction());
        return Optional.of(new Replaced(load(dao, id), true));
    }

    /** Deletes the article and everything extracted from it, if {@code precondition} holds for it. */
    public void delete(String id, Precondition precondition) {
        boolean deleted = writes.atomically(dao -> {
            check(dao, id, precondition);
            return dao.delete(id, clock.instant().toString());
        });
        if (!deleted) {
            throw notFound(id);
        }
        afterWrite.run();
        LOG.info("Deleted article {}", id);
    }

    private void check(ArticleDao dao, String id, Precondition precondition) {
        if (precondition != Precondition.NONE && !precondition.holds(load(dao, id))) {
            throw new PreconditionFailedException("Article '" + id + "' has changed since the version the "
                    + "request names (If-Match / If-Unmodified-Since); read it again and retry.");
        }
    }

    private ArticleView load(ArticleDao dao, String id) {
        return dao.load(id).map(this::view).orElseThrow(() -> notFound(id));
    }

    /**
     * Stores the article unless the same text is already stored, in which case that one is returned as is. The
     * answer is the article as this call's own transaction left it.
     */
    public Ingested ingest(NewArticle article) {
        return ingest(article, budgets.get());
    }

    /** {@link #ingest(NewArticle)} within {@code budget}. */
    public Ingested ingest(NewArticle article, ExtractionBudget budget) {
        String hash = ArticleIds.contentHash(article.text());
        // a read connection: the insert checks again under the write lock
        Optional<ArticleView> existing =
                reads.findIdByHash(hash).flatMap(id -> reads.load(id)).map(this::view);
        if (existing.isPresent()) {
            return new Ingested(existing.get(), false);
        }
        return insert(article, hash, null, null, budget);
    }

    /**
     * An article made ready to store by {@link #prepare}, off the write lock: its input, its text's hash and
     * either its extraction or the id of the article that already has this text. {@code preferredId}, when not
     * null, is the id it is stored under if that is free (an exported article keeps its id).
     */
    public record Prepared(
            NewArticle input, String hash, String preferredId, Extraction extraction, String existingId) {}

    /** What storing one prepared article gave: its id and whether it was created, or why it failed. */
    public record Stored(String id, boolean created, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    /**
     * The first half of {@link #ingest} for bulk loads: hashes and extracts (not when the text is already stored),
     * touching no lock, so many threads may prepare at once for one writer that {@link #store}s.
     */
    public Prepared prepare(NewArticle article, String preferredId) {
        return prepare(article, preferredId, budgets.get());
    }

    /** {@link #prepare(NewArticle, String)} within {@code budget}. */
    public Prepared prepare(NewArticle article, String preferredId, ExtractionBudget budget) {
        String hash = ArticleIds.contentHash(article.text());
        Optional<String> existing = reads.findIdByHash(hash);
        if (existing.isPresent()) {
            return new Prepared(article, hash, preferredId, null, existing.get());
        }
        if (preferredId != null) {
            // An exported article comes back as its title above its body, not as the text it was stored from:
            // the article its id names is this one when that still has this title and body.
            Optional<ArticleRow> named = reads.find(preferredId);
            if (named.isPresent()
                    && article.text()
                            .equals(ArticleInput.exportedText(
                                    named.get().title(), named.get().body()))) {
                return new Prepared(article, hash, preferredId, null, preferredId);
            }
        }
        return new Prepared(article, hash, preferredId, extraction(article, budget), null);
    }

    /**
     * Stores prepared articles in one transaction: one commit for the batch. Each is stored as {@link #ingest}
     * would (a text stored meanwhile, even earlier in this batch, is "exists"). If the batch fails, each article
     * is stored in a transaction of its own, so a bad one fails alone. Answers in order.
     */
    public List<Stored> store(List<Prepared> batch) {
        String now = clock.instant().toString();
        List<Integer> todo = new ArrayList<>();
        List<ArticleRow> rows = new ArrayList<>();
        List<Extraction> extractions = new ArrayList<>();
        Stored[] result = new Stored[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            Prepared p = batch.get(i);
            if (p.extraction() == null) {
                result[i] = new Stored(p.existingId(), false, null);
                continue;
            }
            String id = p.preferredId() != null
                    ? p.preferredId()
                    : ArticleIds.slug(p.extraction().title(), p.hash());
            todo.add(i);
            rows.add(row(id, p.hash(), null, p.input(), p.extraction(), 1, now, now));
            extractions.add(p.extraction());
        }
        if (todo.isEmpty()) {
            return List.of(result);
        }
        try {
            List<Inserted> inserted = writes.insertAll(rows, extractions);
            for (int k = 0; k < todo.size(); k++) {
                result[todo.get(k)] =
                        new Stored(inserted.get(k).id(), inserted.get(k).created(), null);
            }
        } catch (RuntimeException e) {
            LOG.warn("A batch of {} articles failed ({}); storing them one by one", rows.size(), e.toString());
            for (int k = 0; k < todo.size(); k++) {
                try {
                    Inserted one = writes.insert(rows.get(k), extractions.get(k));
                    result[todo.get(k)] = new Stored(one.id(), one.created(), null);
                } catch (RuntimeException failure) {
                    result[todo.get(k)] = new Stored(
                            null, false, failure.getMessage() == null ? failure.toString() : failure.getMessage());
                }
            }
        }
        long created = Stream.of(result).filter(Stored::created).count();
        if (created > 0) {
            afterWrite.run();
        }
        LOG.debug("Stored {} of {} articles in one batch", created, batch.size());
        return List.of(result);
    }

    /**
     * Brings the article that came from data-directory file {@code origin} in line with the file, when the file
     * changed since it was last applied: stores it when new, re-extracts it in place (same id, next revision)
     * when its text or metadata changed. An unchanged file leaves its article alone, edited or deleted over HTTP
     * as it may be; a changed file brings a deleted article back, at a revision after its deletion. A file whose
     * text is already stored under another article is not stored twice.
     */
    public SyncOutcome sync(String origin, NewArticle article) {
        String hash = ArticleIds.contentHash(article.text());
        String fingerprint = fingerprint(hash, article);
        Optional<OriginFile> file = writes.findOriginFile(origin);
        if (file.isPresent() && file.get().fingerprint().equals(fingerprint)) {
            return SyncOutcome.UNCHANGED;
        }
        Optional<ArticleRow> current =
                file.isPresent() ? writes.find(file.get().articleId()) : writes.findByOrigin(origin);
        Optional<String> sameText = writes.findIdByHash(hash);
        if (current.isPresent()) {
            ArticleRow row = current.get();
            if (sameText.isPresent() && !sameText.get().equals(row.id())) {
                LOG.warn(
                        "{} now has the text of article {}; keeping article {} as it was",
                        origin,
                        sameText.get(),
                        row.id());
                return SyncOutcome.UNCHANGED;
            }
            Replaced replaced = replace(row.id(), stored -> article, Precondition.NONE);
            writes.saveOriginFile(new OriginFile(origin, fingerprint, row.id()));
            return replaced.changed() ? SyncOutcome.UPDATED : SyncOutcome.UNCHANGED;
        }
        if (sameText.isPresent()) {
            return SyncOutcome.UNCHANGED;
        }
        // new, or back after a deletion under the id it had (its revisions go on after the deletion's)
        Ingested ingested =
                insert(article, hash, origin, file.map(OriginFile::articleId).orElse(null), budgets.get());
        if (ingested.created()) {
            writes.saveOriginFile(
                    new OriginFile(origin, fingerprint, ingested.article().id()));
        }
        return ingested.created() ? SyncOutcome.CREATED : SyncOutcome.UNCHANGED;
    }

    /** What a file gave, as V4 first recorded it: the text's hash and the sidecar's members. */
    private static String fingerprint(String hash, NewArticle article) {
        String v4 = hash
                + '|'
                + Objects.toString(article.publishedAt(), "")
                + '|'
                + Objects.toString(article.url(), "")
                + '|'
                + Objects.toString(article.source(), "");
        // sidecars without the newer members keep the fingerprint V4 recorded for them
        return article.metadata().equals(ArticleMetadata.NONE) ? v4 : v4 + '|' + metadataKey(article.metadata());
    }

    private static String metadataKey(ArticleMetadata m) {
        return JsonLists.write(m.authors())
                + '|'
                + Objects.toString(m.modifiedAt(), "")
                + '|'
                + Objects.toString(m.lang(), "")
                + '|'
                + Objects.toString(m.description(), "")
                + '|'
                + Objects.toString(m.image(), "")
                + '|'
                + JsonLists.write(m.tags());
    }

    /** How many articles an extractor older than {@code version} produced. */
    public long countExtractedBefore(int version) {
        return reads.countExtractedBefore(version);
    }

    /**
     * Up to {@code limit} articles an extractor older than {@code version} produced, after {@code after} (null:
     * from the first), in a fixed order; a page at a time, so each step of a walk over them is bounded.
     */
    public List<Stale> extractedBefore(int version, Stale after, int limit) {
        return reads.extractedBefore(
                version, after == null ? -1 : after.extractorVersion(), after == null ? -1 : after.seq(), limit);
    }

    /**
     * Extracts article {@code id} again from its stored text with this extractor, as a write of its own that
     * yields to any concurrent edit (the edit's extraction is already current); false when it failed, in which
     * case it keeps its old extraction, to be tried again on the next start.
     */
    public boolean reextract(String id) {
        try {
            ArticleRow row = writes.find(id).orElse(null);
            if (row != null && row.extractorVersion() < Extractor.VERSION) {
                replaceExtraction(id);
            }
            return true;
        } catch (NotFoundException e) {
            return true; // deleted meanwhile: nothing to do
        } catch (RuntimeException e) {
            LOG.error("Re-extracting article {} failed; it keeps its old extraction", id, e);
            return false;
        }
    }

    /** Re-extracts in place at the next revision, even when text and metadata are unchanged. */
    private void replaceExtraction(String id) {
        writes.atomically(dao -> {
            ArticleRow current = dao.find(id).orElseThrow(() -> notFound(id));
            if (current.extractorVersion() >= Extractor.VERSION) {
                return false;
            }
            NewArticle input = storedInput(current);
            Extraction extraction = extraction(input);
            dao.replace(
                    row(
                            id,
                            current.contentHash(),
                            current.origin(),
                            input,
                            extraction,
                            current.revision() + 1,
                            current.createdAt(),
                            clock.instant().toString()),
                    extraction);
            return true;
        });
        afterWrite.run();
    }

    public ArticleView get(String id) {
        return get(id, false);
    }

    /** With each quote's and fact's rule when {@code explain}. */
    public ArticleView get(String id, boolean explain) {
        return reads.load(id).map(stored -> view(stored, explain)).orElseThrow(() -> notFound(id));
    }

    /**
     * A page of at most {@code limit} articles that pass {@code filter}, in {@code sort} order, after the last
     * article the cursor names (its sort key), so pages never shift or repeat when articles change in between.
     */
    public ArticlePage list(ArticleFilter filter, ArticleSort sort, int limit, String cursor) {
        List<String> types = filter.factTypeIds();
        List<ArticleListRow> rows;
        switch (sort.key()) {
            case STORED ->
                rows = listing.listStored(
                        filter, types, cursor == null ? 0 : Cursors.decode(CURSOR_KIND, cursor), limit + 1);
            case UPDATED -> {
                Cursors.Key key = cursor == null ? null : Cursors.decodeKey(sort.id(), 2, cursor);
                String afterTime = key == null ? sort.firstText() : key.presentText(0);
                rows = listing.listUpdated(
                        filter,
                        types,
                        sort.after(),
                        sort.direction(),
                        afterTime,
                        key == null ? sort.firstSeq() : key.number(1),
                        limit + 1);
            }
            default -> rows = listByPublication(filter, types, sort, limit + 1, cursor);
        }
        boolean more = rows.size() > limit;
        List<ArticleListRow> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            ArticleListRow last = page.get(page.size() - 1);
            next = switch (sort.key()) {
                case STORED -> Cursors.encode(CURSOR_KIND, last.seq());
                case UPDATED -> Cursors.encodeKey(sort.id(), last.updatedAt(), last.seq());
                case PUBLISHED -> Cursors.encodeKey(sort.id(), last.publishedAt(), last.seq());
            };
        }
        return new ArticlePage(page.stream().map(ArticleSummary::of).toList(), next);
    }

    /** Dated articles along the date index, then (without a date filter) the undated ones by position. */
    private List<ArticleListRow> listByPublication(
            ArticleFilter filter, List<String> types, ArticleSort sort, int wanted, String cursor) {
        Cursors.Key key = cursor == null ? null : Cursors.decodeKey(sort.id(), 2, cursor);
        boolean undated = key != null && key.text(0) == null;
        List<ArticleListRow> rows = new ArrayList<>(wanted);
        if (!undated) {
            rows.addAll(listing.listPublished(
                    filter,
                    types,
                    sort.after(),
                    sort.direction(),
                    key == null ? sort.firstText() : key.text(0),
                    key == null ? sort.firstSeq() : key.number(1),
                    wanted));
        }
        if (rows.size() < wanted && !filter.hasDates()) {
            rows.addAll(listing.listUndated(
                    filter,
                    types,
                    sort.after(),
                    sort.direction(),
                    undated ? key.number(1) : sort.firstSeq(),
                    wanted - rows.size()));
        }
        return rows;
    }

    /** Sections with their text, cut from the whole article. */
    public Dated<List<SectionView>> sections(String id) {
        ArticleView article = get(id);
        return new Dated<>(
                article.sections().stream().map(s -> s.withText(article.body())).toList(), article.updatedAt());
    }

    public Dated<SectionView> section(String id, int index) {
        Dated<List<SectionView>> sections = sections(id);
        return new Dated<>(
                sections.value().stream()
                        .filter(s -> s.index() == index)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("Article '" + id + "' has no section " + index + ".")),
                sections.updatedAt());
    }

    /** Quotes of an article; a null {@code speaker} or {@code fragment} does not filter. */
    public Dated<List<QuoteView>> quotes(String id, String speaker, Boolean fragment, boolean explain) {
        String updatedAt = updatedAt(id);
        return new Dated<>(
                reads.quotes(id, speaker, fragment).stream()
                        .map(q -> q.explained(explain))
                        .toList(),
                updatedAt);
    }

    /** Facts of an article, only of {@code types} unless that is empty. */
    public Dated<List<FactView>> facts(String id, Set<FactType> types, boolean explain) {
        String updatedAt = updatedAt(id);
        List<FactRow> rows = types.isEmpty()
                ? reads.facts(id)
                : reads.factsOfTypes(id, types.stream().map(FactType::id).toList());
        return new Dated<>(
                rows.stream().map(r -> FactView.of(r).explained(explain)).toList(), updatedAt);
    }

    /** Hands every article, whole, to {@code sink} in stored order, reading a few at a time. */
    public void forEachArticle(Consumer<ArticleView> sink) {
        long after = 0;
        List<ArticleListRow> batch;
        do {
            batch = listing.listStored(ArticleFilter.NONE, List.of(), after, EXPORT_BATCH);
            for (ArticleListRow row : batch) {
                reads.load(row.id()).map(this::view).ifPresent(sink); // deleted meanwhile: skipped
                after = row.seq();
            }
        } while (batch.size() == EXPORT_BATCH);
    }

    public long count() {
        return reads.count();
    }

    /** Stores a new article under {@code preferredId}, else its title's slug. */
    private Ingested insert(
            NewArticle article, String hash, String origin, String preferredId, ExtractionBudget budget) {
        Extraction extraction = extraction(article, budget);
        String now = clock.instant().toString();
        String id = preferredId != null ? preferredId : ArticleIds.slug(extraction.title(), hash);
        ArticleRow row = row(id, hash, origin, article, extraction, 1, now, now);
        Ingested ingested = writes.atomically(dao -> {
            Inserted inserted = dao.insert(row, extraction);
            if (!inserted.created()) {
                return new Ingested(load(dao, inserted.id()), false);
            }
            // What was just written, as it reads back: its row from the store, its children from the extraction
            // (reading those back too took as long as half the extraction, with the write lock held).
            ArticleRow stored = dao.find(inserted.id()).orElseThrow(() -> notFound(inserted.id()));
            return new Ingested(
                    view(stored, sectionViews(extraction), quoteViews(extraction, false), factViews(extraction, false)),
                    true);
        });
        if (ingested.created()) {
            afterWrite.run();
            LOG.info(
                    "Stored article {}: {} sections, {} quotes, {} facts",
                    ingested.article().id(),
                    extraction.sections().size(),
                    extraction.quotes().size(),
                    extraction.facts().size());
        }
        return ingested;
    }

    /** Every extraction runs within a budget: {@code budgets}' unless the caller brings its own. */
    private Extraction extraction(NewArticle article) {
        return extraction(article, budgets.get());
    }

    private Extraction extraction(NewArticle article, ExtractionBudget budget) {
        return extractor.get().extract(article.text(), article.publishedDate(), budget);
    }

    private static ArticleRow row(
            String id,
            String hash,
            String origin,
            NewArticle article,
            Extraction extraction,
            int revision,
            String createdAt,
            String updatedAt) {
        return new ArticleRow(
                id,
                hash,
                origin,
                article.text(),
                extraction.title(),
                extraction.dateline(),
                extraction.body(),
                article.publishedAt(),
                article.url(),
                article.source(),
                Extractor.VERSION,
                revision,
                createdAt,
                updatedAt,
                JsonLists.write(article.metadata().authors()),
                article.metadata().modifiedAt(),
                article.metadata().lang(),
                article.metadata().description(),
                article.metadata().image(),
                JsonLists.write(article.metadata().tags()));
    }

    private static boolean sameMetadata(ArticleRow row, NewArticle article) {
        return Objects.equals(row.publishedAt(), article.publishedAt())
                && Objects.equals(row.url(), article.url())
                && Objects.equals(row.source(), article.source())
                && metadata(row).equals(article.metadata());
    }

    /** The input an article was stored from, to extract it again. */
    private static NewArticle storedInput(ArticleRow row) {
        return new NewArticle(row.rawText(), row.publishedAt(), row.url(), row.source(), metadata(row));
    }

    private static ArticleMetadata metadata(ArticleRow row) {
        return new ArticleMetadata(
                JsonLists.read(row.authors()),
                row.modifiedAt(),
                row.lang(),
                row.description(),
                row.image(),
                JsonLists.read(row.tags()));
    }

    private ArticleView view(StoredArticle stored) {
        return view(stored, false);
    }

    private ArticleView view(StoredArticle stored, boolean explain) {
        Map<Integer, List<ParagraphView>> paragraphs = stored.paragraphs().stream()
                .collect(groupingBy(
                        ParagraphRow::section, mapping(p -> new ParagraphView(p.start(), p.end()), toList())));
        List<SectionView> sections = stored.sections().stream()
                .map(s -> new SectionView(
                        s.index(),
                        s.heading(),
                        s.start(),
                        s.end(),
                        paragraphs.getOrDefault(s.index(), List.of()),
                        null))
                .toList();
        return view(
                stored.article(),
                sections,
                stored.quotes().stream().map(q -> q.explained(explain)).toList(),
                stored.facts().stream()
                        .map(f -> FactView.of(f).explained(explain))
                        .toList());
    }

    private static ArticleView view(
            ArticleRow a, List<SectionView> sections, List<QuoteView> quotes, List<FactView> facts) {
        ArticleMetadata m = metadata(a);
        return new ArticleView(
                a.id(),
                a.title(),
                a.dateline(),
                a.publishedAt(),
                a.url(),
                a.source(),
                m.authors(),
                m.modifiedAt(),
                m.lang(),
                m.description(),
                m.image(),
                m.tags(),
                a.body(),
                sections,
                quotes,
                facts,
                a.extractorVersion(),
                a.contentHash(),
                a.revision(),
                a.createdAt(),
                a.updatedAt(),
                ArticleView.Links.of(a.id()));
    }

    private String updatedAt(String id) {
        return reads.findUpdatedAt(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No article with id '" + id + "'.");
    }
}
