package io.factwire.search;

import io.factwire.Cursors;
import io.factwire.article.ArticleFilter;
import io.factwire.article.ArticleSummary;
import io.factwire.search.SearchPage.Hit;
import java.util.List;

/** Full-text search over titles, bodies and quotes, ranked by bm25, with snippets that carry offsets. */
public final class SearchService {
    private static final String CURSOR_KIND = "search";

    private final SearchDao search;

    public SearchService(SearchDao search) {
        this.search = search;
    }

    /** Up to {@code limit} hits, from the position {@code cursor} names (a rank, so pages shift on writes). */
    public SearchPage search(String q, ArticleFilter filter, int limit, String cursor) {
        String query = SearchQuery.toFts(q);
        long offset = cursor == null ? 0 : Cursors.decode(CURSOR_KIND, cursor);
        List<SearchRow> rows = search.search(query, filter, limit + 1, offset);
        boolean more = rows.size() > limit;
        List<Hit> hits = (more ? rows.subList(0, limit) : rows).stream().map(row -> hit(query, row)).toList();
        return new SearchPage(hits, more ? Cursors.encode(CURSOR_KIND, offset + limit) : null);
    }

    private Hit hit(String query, SearchRow row) {
        ArticleSummary summary = ArticleSummary.of(row.article());
        return search.marked(query, row.article().seq())
                .map(marked -> {
                    String body = Snippets.plain(marked.body());
                    String title = Snippets.plain(marked.title());
                    return new Hit(summary, row.score(), Snippets.highlighted(title, Snippets.matches(marked.title())),
                            Snippets.around(body, Snippets.matches(marked.body())));
                })
                .orElseGet(() -> new Hit(summary, row.score(), null, List.of())); // deleted since: no snippets
    }
}
