package io.factwire.corpus;

import io.factwire.Cursors;
import io.factwire.article.FactRow;
import io.factwire.article.FactView;
import io.factwire.corpus.CorpusViews.ArticleFact;
import io.factwire.corpus.CorpusViews.ArticleQuote;
import io.factwire.corpus.CorpusViews.Page;
import io.factwire.corpus.CorpusViews.SpeakerView;
import io.factwire.extract.FactType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Quotes, facts and speakers across all articles, a page at a time. Every page continues after the last item
 * of the one before (its sort key is the cursor), so pages never repeat or skip an item.
 */
public final class CorpusService {
    private static final String ARTICLES = "/v1/articles/";

    private final CorpusDao corpus;

    public CorpusService(CorpusDao corpus) {
        this.corpus = corpus;
    }

    /** In storage order, along the speaker index, else the source index, else all quotes. */
    public Page<ArticleQuote> quotes(QuoteFilter filter, int limit, String cursor, boolean explain) {
        long after = cursor == null ? 0 : Cursors.decode("quote", cursor);
        List<QuoteRow> rows = filter.speaker() != null
                ? corpus.quotesOfSpeaker(filter, after, limit + 1)
                : filter.source() != null
                        ? corpus.quotesFromSource(filter, after, limit + 1)
                        : corpus.quotes(filter, after, limit + 1);
        return page(
                rows,
                limit,
                "quote",
                QuoteRow::id,
                row -> new ArticleQuote(row.articleId(), row.quote().explained(explain), ARTICLES + row.articleId()));
    }

    /**
     * Facts in the order of what filters them: with {@code min}, smallest quantity first; with {@code max} alone,
     * largest first; with {@code from}/{@code to}, earliest day first; else in storage order. Each type is its own
     * walk of an index, and the walks are merged.
     */
    public Page<ArticleFact> facts(FactFilter filter, int limit, String cursor, boolean explain) {
        FactOrder order = filter.min() != null
                ? FactOrder.UP
                : filter.max() != null
                        ? FactOrder.DOWN
                        : filter.from() != null || filter.to() != null ? FactOrder.TIME : FactOrder.STORED;
        List<String> types = filter.anyType() && order != FactOrder.STORED
                ? Arrays.stream(FactType.values()).map(FactType::id).toList()
                : filter.typeIds();
        List<FactRowInArticle> rows;
        if (order == FactOrder.STORED) {
            long after = cursor == null ? 0 : Cursors.decode("fact", cursor);
            rows = types.isEmpty()
                    ? corpus.facts(filter, after, limit + 1)
                    : merge(types, order, limit + 1, type -> corpus.factsOfType(filter, type, after, limit + 1));
        } else {
            Cursors.Key key = cursor == null ? null : Cursors.decodeKey(order.kind, 2, cursor);
            long afterId = key == null ? order.firstId : key.number(1);
            rows = merge(
                    types,
                    order,
                    limit + 1,
                    switch (order) {
                        case UP ->
                            type -> corpus.factsReachingUp(
                                    filter, type, key == null ? Long.MIN_VALUE : key.number(0), afterId, limit + 1);
                        case DOWN ->
                            type -> corpus.factsReachingDown(
                                    filter, type, key == null ? Long.MAX_VALUE : key.number(0), afterId, limit + 1);
                        default ->
                            type -> corpus.factsInTime(
                                    filter, type, key == null ? "" : key.presentText(0), afterId, limit + 1);
                    });
        }
        boolean more = rows.size() > limit;
        List<FactRowInArticle> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            FactRowInArticle last = page.get(page.size() - 1);
            next = order == FactOrder.STORED
                    ? Cursors.encode("fact", last.id())
                    : Cursors.encodeKey(order.kind, order.key(last.fact()), last.id());
        }
        return new Page<>(
                page.stream()
                        .map(row -> new ArticleFact(
                                row.articleId(),
                                FactView.of(row.fact()).explained(explain),
                                ARTICLES + row.articleId()))
                        .toList(),
                next);
    }

    /** The first {@code wanted} rows of the walks, one per type, in {@code order}. */
    private static List<FactRowInArticle> merge(
            List<String> types, FactOrder order, int wanted, Function<String, List<FactRowInArticle>> walk) {
        if (types.size() == 1) {
            return walk.apply(types.get(0));
        }
        List<FactRowInArticle> all = new ArrayList<>();
        for (String type : types) {
            all.addAll(walk.apply(type));
        }
        all.sort(order.comparator);
        return all.size() > wanted ? all.subList(0, wanted) : all;
    }

    /** The orders of {@code /v1/facts}, each with the comparator its SQL sorts by. */
    private enum FactOrder {
        STORED("fact", 0, Comparator.comparingLong(FactRowInArticle::id)),
        UP(
                "facts-up",
                0,
                Comparator.<FactRowInArticle>comparingLong(r -> reachUp(r.fact()))
                        .thenComparingLong(FactRowInArticle::id)),
        DOWN(
                "facts-down",
                Long.MAX_VALUE,
                Comparator.<FactRowInArticle>comparingLong(r -> reachDown(r.fact()))
                        .thenComparingLong(FactRowInArticle::id)
                        .reversed()),
        TIME(
                "facts-time",
                0,
                Comparator.<FactRowInArticle, String>comparing(r -> r.fact().timeValue())
                        .thenComparingLong(FactRowInArticle::id));

        final String kind;
        final long firstId;
        final Comparator<FactRowInArticle> comparator;

        FactOrder(String kind, long firstId, Comparator<FactRowInArticle> comparator) {
            this.kind = kind;
            this.firstId = firstId;
            this.comparator = comparator;
        }

        Object key(FactRow fact) {
            return switch (this) {
                case UP -> reachUp(fact);
                case DOWN -> reachDown(fact);
                default -> fact.timeValue();
            };
        }

        // as the SQL's coalesce(quantity_value, quantity_max / quantity_min): the walks only return quantities
        private static long reachUp(FactRow f) {
            return f.quantityValue() != null ? f.quantityValue() : f.quantityMax();
        }

        private static long reachDown(FactRow f) {
            return f.quantityValue() != null ? f.quantityValue() : f.quantityMin();
        }
    }

    /** Most quoted first, then by name; the cursor is the last speaker served with their count. */
    public Page<SpeakerView> speakers(int limit, String cursor) {
        Cursors.Key key = cursor == null ? null : Cursors.decodeKey("speakers", 2, cursor);
        List<Speaker> rows = corpus.speakers(
                key == null ? Long.MAX_VALUE : key.number(0), key == null ? "" : key.presentText(1), limit + 1);
        boolean more = rows.size() > limit;
        List<Speaker> page = more ? rows.subList(0, limit) : rows;
        Speaker last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(
                page.stream()
                        .map(s -> new SpeakerView(
                                s.speaker(),
                                s.quotes(),
                                s.articles(),
                                "/v1/quotes?speaker="
                                        + URLEncoder.encode(s.speaker(), StandardCharsets.UTF_8)
                                                .replace("+", "%20")))
                        .toList(),
                more ? Cursors.encodeKey("speakers", last.quotes(), last.speaker()) : null);
    }

    /** The first {@code limit} of {@code rows} (one more was read to see whether a next page exists). */
    private static <R, T> Page<T> page(
            List<R> rows, int limit, String kind, ToLongFunction<R> position, Function<R, T> view) {
        boolean more = rows.size() > limit;
        List<R> page = more ? rows.subList(0, limit) : rows;
        return new Page<>(
                page.stream().map(view).toList(),
                more ? Cursors.encode(kind, position.applyAsLong(page.get(page.size() - 1))) : null);
    }
}
