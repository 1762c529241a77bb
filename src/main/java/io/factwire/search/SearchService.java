package io.factwire.search;

import io.factwire.Cursors;
import io.factwire.article.ArticleFilter;
import io.factwire.article.ArticleListRow;
import io.factwire.article.ArticleSummary;
import io.factwire.search.SearchPage.Hit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Full-text search over titles, bodies and quotes, ranked by bm25, with snippets that carry offsets. The index
 * finds the page (rank or date, and the filters); summaries and snippets are read for that page only.
 */
public final class SearchService {
    private final SearchDao search;

    public SearchService(SearchDao search) {
        this.search = search;
    }

    /** Up to {@code limit} hits in {@code sort} order after the last hit the cursor names (its sort key). */
    public SearchPage search(String q, ArticleFilter filter, SearchSort sort, int limit, String cursor) {
        String query = SearchQuery.toFts(q);
        Cursors.Key key = cursor == null ? null : Cursors.decodeKey(sort.cursorKind(), 2, cursor);
        long afterSeq = key == null ? -1 : key.number(1);
        List<RankedRow> rows = SearchDao.reportingBadQueries(() -> sort == SearchSort.RELEVANCE
                ? search.byRank(query, filter, filter.factTypeIds(), key == null ? 0 : key.real(0), afterSeq, limit + 1)
                : search.byPublication(
                        query,
                        filter,
                        filter.factTypeIds(),
                        sort.after(),
                        sort.direction(),
                        key == null ? null : key.text(0),
                        afterSeq,
                        limit + 1));
        boolean more = rows.size() > limit;
        List<RankedRow> page = more ? rows.subList(0, limit) : rows;
        List<Long> seqs = page.stream().map(RankedRow::seq).toList();
        Map<Long, ArticleListRow> summaries = page.isEmpty()
                ? Map.of()
                : search.summaries(seqs).stream().collect(Collectors.toMap(ArticleListRow::seq, Function.identity()));
        Map<Long, HitText> texts = page.isEmpty()
                ? Map.of()
                : search.texts(seqs).stream().collect(Collectors.toMap(HitText::seq, Function.identity()));
        MatchMarker marker = new MatchMarker(SearchQuery.searchedTerms(q));
        List<Hit> hits = page.stream()
                .filter(row -> summaries.containsKey(row.seq())) // deleted between the two reads
                .map(row -> hit(row, summaries.get(row.seq()), texts.get(row.seq()), marker))
                .toList();
        String next = null;
        if (more) {
            RankedRow last = page.get(page.size() - 1);
            next = sort == SearchSort.RELEVANCE
                    ? Cursors.encodeKey(sort.cursorKind(), last.rank(), last.seq())
                    : Cursors.encodeKey(sort.cursorKind(), last.publishedAt(), last.seq());
        }
        return new SearchPage(hits, next);
    }

    /** A hit with its snippets, or without them when its article was deleted before they were read. */
    private static Hit hit(RankedRow row, ArticleListRow article, HitText text, MatchMarker marker) {
        ArticleSummary summary = ArticleSummary.of(article);
        double score = -row.rank(); // bm25 is lower for better matches; the score is higher
        if (text == null) {
            return new Hit(summary, score, null, List.of());
        }
        return new Hit(
                summary,
                score,
                Snippets.highlighted(text.title(), marker.spans(text.title())),
                Snippets.around(text.body(), marker.spans(text.body())));
    }
}
