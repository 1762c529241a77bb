package io.factwire.ops;

import io.factwire.store.Database;
import io.factwire.web.ResponseCache;
import io.factwire.web.RouteRules;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /metrics} in the Prometheus text format, one registry per server: requests by route template,
 * method and status with latency histograms, ingests, extraction time, response-cache lookups and hit
 * ratio, database connections, and the JVM's memory, threads and CPU.
 */
public final class Metrics {
    /** The Prometheus text exposition format, version 0.0.4. */
    public static final String MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer extraction;

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        extraction = Timer.builder("factwire.extraction")
                .description("Time to extract one article")
                .publishPercentileHistogram()
                .register(registry);
    }

    /** For {@code new Extractor(metrics::extracted)}. */
    public void extracted(long nanos) {
        extraction.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Articles stored or found stored: {@code source} http or directory, {@code outcome} as it went. */
    public void ingested(String source, String outcome, int count) {
        Counter.builder("factwire.ingests")
                .description("Articles given to the server to store")
                .tags("source", source, "outcome", outcome)
                .register(registry)
                .increment(count);
    }

    public void watch(ResponseCache cache) {
        FunctionCounter.builder("factwire.cache.lookups", cache, ResponseCache::hits)
                .tag("result", "hit")
                .description("Cached-answer lookups")
                .register(registry);
        FunctionCounter.builder("factwire.cache.lookups", cache, ResponseCache::misses)
                .tag("result", "miss")
                .description("Cached-answer lookups")
                .register(registry);
        Gauge.builder("factwire.cache.hit.ratio", cache, c -> {
                    double all = c.hits() + c.misses();
                    return all == 0 ? Double.NaN : c.hits() / all;
                })
                .description("Share of lookups answered from memory since start")
                .strongReference(true)
                .register(registry);
        Gauge.builder("factwire.cache.entries", cache, ResponseCache::size)
                .strongReference(true)
                .register(registry);
    }

    public void watch(Database db) {
        for (boolean writers : new boolean[] {false, true}) {
            String pool = writers ? "writes" : "reads";
            Gauge.builder("factwire.db.connections", db, d -> d.idleConnections(writers))
                    .tags("pool", pool, "state", "idle")
                    .strongReference(true)
                    .register(registry);
            Gauge.builder("factwire.db.connections", db, d -> d.busyConnections(writers))
                    .tags("pool", pool, "state", "busy")
                    .strongReference(true)
                    .register(registry);
        }
    }

    /** From the request logger: one more request of this route, method and status, taking {@code ms}. */
    public void requestDone(Context ctx, float ms) {
        Object route = ctx.attribute(RouteRules.ROUTE_ATTRIBUTE);
        Timer.builder("http.server.requests")
                .description("HTTP requests by route template")
                .tags(
                        "method",
                        ctx.method().name(),
                        "route",
                        route == null ? "unmatched" : route.toString(),
                        "status",
                        String.valueOf(ctx.statusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record((long) (ms * 1_000_000L), TimeUnit.NANOSECONDS);
        if ("/v1/articles".equals(route)
                && ctx.method().name().equals("POST")
                && (ctx.statusCode() == 201 || ctx.statusCode() == 200)) {
            ingested("http", ctx.statusCode() == 201 ? "created" : "existing", 1);
        }
    }

    public void routes(RoutesConfig routes) {
        Handler scrape = ctx ->
                ctx.contentType(MEDIA_TYPE).header("Cache-Control", "no-store").result(registry.scrape());
        routes.get("/metrics", scrape);
        routes.head("/metrics", scrape);
    }
}
