package io.factwire.change;

import io.factwire.web.HttpCaching;
import io.factwire.web.Params;
import io.factwire.web.Representation;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code GET /v1/changes?since=&limit=}: the change feed, for services that mirror Factwire. */
public final class ChangeController {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final ChangeService changes;

    public ChangeController(ChangeService changes) {
        this.changes = changes;
    }

    public void routes(RoutesConfig routes, HttpCaching caching) {
        caching.cached(routes, "/v1/changes", this::feed);
    }

    private Representation feed(Context ctx) {
        long since = Params.queryLong(ctx, "since", 0, 0, Long.MAX_VALUE);
        int limit = Params.queryInt(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        ChangePage page = changes.after(since, limit);
        Representation answer = Representation.json(page);
        return page.more()
                ? answer.withHeader("Link", Params.nextLink(ctx, "since", String.valueOf(page.lastSequence())))
                : answer;
    }
}
