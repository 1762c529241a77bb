package io.factwire.search;

import io.factwire.InvalidInputException;
import io.factwire.article.ArticleController;
import io.factwire.web.HttpCaching;
import io.factwire.web.Params;
import io.factwire.web.Representation;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code GET /v1/search?q=…}: reads the parameters, asks {@link SearchService}, answers cached JSON. */
public final class SearchController {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final SearchService search;

    public SearchController(SearchService search) {
        this.search = search;
    }

    public void routes(RoutesConfig routes, HttpCaching caching) {
        caching.cached(routes, "/v1/search", this::search);
    }

    private Representation search(Context ctx) {
        int limit = Params.queryInt(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        String sortId = ctx.queryParam("sort");
        SearchSort sort = sortId == null
                ? SearchSort.RELEVANCE
                : SearchSort.fromId(sortId)
                        .orElseThrow(() -> new InvalidInputException(
                                "sort",
                                "Parameter 'sort' must be relevance, published or -published, not '" + sortId + "'."));
        SearchPage page = search.search(
                ctx.queryParam("q"), ArticleController.filterFromQuery(ctx), sort, limit, ctx.queryParam("cursor"));
        Representation answer = Representation.json(page);
        return page.next() == null ? answer : answer.withHeader("Link", Params.nextLink(ctx, "cursor", page.next()));
    }
}
