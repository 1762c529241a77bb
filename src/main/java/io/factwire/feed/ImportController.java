package io.factwire.feed;

import io.factwire.web.ApiKeyAuth;
import io.factwire.web.ProblemException;
import io.factwire.web.ProblemType;
import io.factwire.web.RequestGuards;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code POST /v1/import}: many articles in one request. Each media type has its reader; feeds (RSS, Atom, JSON
 * Feed) store one article per item. Another bulk format is one more entry in {@link #formats}.
 */
public final class ImportController {
    private final ApiKeyAuth auth;
    private final Map<String, Function<byte[], Object>> formats;

    public ImportController(ApiKeyAuth auth, FeedImporter feeds) {
        this.auth = auth;
        this.formats = Map.of(
                "application/rss+xml", feeds::importFeed,
                "application/atom+xml", feeds::importFeed,
                "application/feed+json", feeds::importFeed);
    }

    public void routes(RoutesConfig routes) {
        routes.post("/v1/import", auth.writer(this::importBody));
    }

    private void importBody(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";", 2)[0].strip()
                .toLowerCase(Locale.ROOT);
        Function<byte[], Object> format = formats.get(type);
        if (format == null) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send a feed as application/rss+xml, "
                    + "application/atom+xml or application/feed+json, not "
                    + (type.isEmpty() ? "no content type" : "'" + type + "'") + ".");
        }
        ctx.json(format.apply(RequestGuards.body(ctx)));
    }
}
