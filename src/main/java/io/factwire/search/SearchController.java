package io.factwire.search;

import io.factwire.InvalidInputException;
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
        var request = new SearchService.Request(ctx.queryParam("q"), Params.queryDate(ctx, "publishedFrom"),
                Params.queryDate(ctx, "publishedTo"), Params.queryText(ctx, "speaker"),
                Params.factTypes(ctx, "factType"));
        if (request.publishedFrom() != null && request.publishedTo() != null
                && request.publishedFrom().isAfter(request.publishedTo())) {
            throw new InvalidInputException("publishedTo", "Parameter 'publishedTo' is before 'publishedFrom'.");
        }
        SearchPage page = search.search(request, limit, ctx.queryParam("cursor"));
        Representation answer = Representation.json(page);
        return page.next() == null ? answer : answer.withHeader("Link", Params.nextLink(ctx, "cursor", page.next()));
    }
}
