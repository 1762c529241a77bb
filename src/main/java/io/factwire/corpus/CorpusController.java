package io.factwire.corpus;

import io.factwire.corpus.CorpusViews.Page;
import io.factwire.web.HttpCaching;
import io.factwire.web.Params;
import io.factwire.web.Representation;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code GET /v1/quotes}, {@code /v1/facts} and {@code /v1/speakers}: across every article, cached. */
public final class CorpusController {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final CorpusService corpus;

    public CorpusController(CorpusService corpus) {
        this.corpus = corpus;
    }

    public void routes(RoutesConfig routes, HttpCaching caching) {
        caching.cached(routes, "/v1/quotes", this::quotes);
        caching.cached(routes, "/v1/facts", this::facts);
        caching.cached(routes, "/v1/speakers", this::speakers);
    }

    private Representation quotes(Context ctx) {
        QuoteFilter filter = new QuoteFilter(
                Params.queryText(ctx, "speaker"),
                Params.queryText(ctx, "source"),
                Params.queryText(ctx, "q"),
                Params.queryBoolean(ctx, "fragment"),
                Params.queryDate(ctx, "publishedFrom"),
                Params.queryDate(ctx, "publishedTo"));
        return answer(
                ctx, corpus.quotes(filter, limit(ctx), ctx.queryParam("cursor"), Params.queryFlag(ctx, "explain")));
    }

    private Representation facts(Context ctx) {
        FactFilter filter = new FactFilter(
                Params.factTypes(ctx, "type"),
                optionalLong(ctx, "min"),
                optionalLong(ctx, "max"),
                Params.queryDate(ctx, "from"),
                Params.queryDate(ctx, "to"),
                Params.queryText(ctx, "q"));
        return answer(
                ctx, corpus.facts(filter, limit(ctx), ctx.queryParam("cursor"), Params.queryFlag(ctx, "explain")));
    }

    private Representation speakers(Context ctx) {
        return answer(ctx, corpus.speakers(limit(ctx), ctx.queryParam("cursor")));
    }

    private static int limit(Context ctx) {
        return Params.queryInt(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    private static Long optionalLong(Context ctx, String name) {
        return ctx.queryParam(name) == null ? null : Params.queryLong(ctx, name, 0, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private static Representation answer(Context ctx, Page<?> page) {
        Representation answer = Representation.json(page);
        return page.next() == null ? answer : answer.withHeader("Link", Params.nextLink(ctx, "cursor", page.next()));
    }
}
