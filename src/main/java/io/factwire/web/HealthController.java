package io.factwire.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * {@code GET /health}: answers 200 once the database can be queried, with a few numbers for operators and how
 * far the start's background work (data directory, re-extraction) has come.
 */
public final class HealthController {
    public record Health(String status, long articles, int extractorVersion, int schemaVersion, Object upkeep) {
    }

    private final LongSupplier articleCount;
    private final int extractorVersion;
    private final int schemaVersion;
    private final Supplier<?> upkeep;

    public HealthController(LongSupplier articleCount, int extractorVersion, int schemaVersion,
                            Supplier<?> upkeep) {
        this.articleCount = articleCount;
        this.extractorVersion = extractorVersion;
        this.schemaVersion = schemaVersion;
        this.upkeep = upkeep;
    }

    /** Never cached: each call must show that the database answers now. */
    public void routes(RoutesConfig routes, HttpCaching caching) {
        caching.fresh(routes, "/health", this::health);
    }

    private Representation health(Context ctx) {
        return Representation.json(new Health("ok", articleCount.getAsLong(), extractorVersion, schemaVersion,
                upkeep.get()));
    }
}
