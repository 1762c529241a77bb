package io.factwire.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Health for operators and orchestrators. {@code GET /health/live}: the process answers HTTP (no database
 * call, so a slow database does not get a healthy process restarted). {@code GET /health/ready}: the database
 * answers a query now, so the server can take traffic, with a few numbers and how far the start's background
 * work (data directory, re-extraction) has come; otherwise a 503 problem. {@code GET /health} is ready's
 * answer, kept for existing clients.
 */
public final class HealthController {
    private static final Logger LOG = LoggerFactory.getLogger(HealthController.class);

    public record Health(String status, long articles, int extractorVersion, int schemaVersion, Object upkeep) {}

    public record Liveness(String status) {}

    private final LongSupplier articleCount;
    private final int extractorVersion;
    private final int schemaVersion;
    private final Supplier<?> upkeep;

    public HealthController(LongSupplier articleCount, int extractorVersion, int schemaVersion, Supplier<?> upkeep) {
        this.articleCount = articleCount;
        this.extractorVersion = extractorVersion;
        this.schemaVersion = schemaVersion;
        this.upkeep = upkeep;
    }

    /** Never cached: each call must show that the server (and database) answers now. */
    public void routes(RoutesConfig routes, HttpCaching caching) {
        caching.fresh(routes, "/health", this::ready);
        caching.fresh(routes, "/health/ready", this::ready);
        caching.fresh(routes, "/health/live", ctx -> Representation.json(new Liveness("ok")));
    }

    private Representation ready(Context ctx) {
        long articles;
        try {
            articles = articleCount.getAsLong();
        } catch (RuntimeException e) {
            LOG.warn("Not ready: the database does not answer", e);
            throw new ProblemException(ProblemType.NOT_READY, "The database does not answer; try again later.");
        }
        return Representation.json(new Health("ok", articles, extractorVersion, schemaVersion, upkeep.get()));
    }
}
