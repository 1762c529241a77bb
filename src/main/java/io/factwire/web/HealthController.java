package io.factwire.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.LongSupplier;

/** {@code GET /health}: answers 200 once the database can be queried, with a few numbers for operators. */
public final class HealthController {
    public record Health(String status, long articles, int extractorVersion, int schemaVersion) {
    }

    private final LongSupplier articleCount;
    private final int extractorVersion;
    private final int schemaVersion;

    public HealthController(LongSupplier articleCount, int extractorVersion, int schemaVersion) {
        this.articleCount = articleCount;
        this.extractorVersion = extractorVersion;
        this.schemaVersion = schemaVersion;
    }

    /** Never cached: each call must show that the database answers now. */
    public void routes(RoutesConfig routes, HttpCaching caching) {
        caching.fresh(routes, "/health", this::health);
    }

    private Representation health(Context ctx) {
        return Representation.json(new Health("ok", articleCount.getAsLong(), extractorVersion, schemaVersion));
    }
}
