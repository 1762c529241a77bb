package io.factwire.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Serves GET and HEAD routes with HTTP caching: a strong ETag on every answer, {@code Last-Modified} where the
 * answer has one, 304 for {@code If-None-Match} (or {@code If-Modified-Since}), the configured
 * {@code Cache-Control}, and gzip when the client accepts it and the body is worth it. Cached routes keep the
 * prepared bytes in a {@link ResponseCache}, so a repeated request is a map lookup and a write.
 */
public final class HttpCaching {
    /** Builds a route's answer; runs only when the cache has none. */
    @FunctionalInterface
    public interface Producer {
        Representation produce(Context ctx) throws Exception;
    }

    private final ResponseCache cache;
    private final ObjectMapper mapper;
    private final String cacheControl;

    public HttpCaching(ResponseCache cache, ObjectMapper mapper, String cacheControl) {
        this.cache = cache;
        this.mapper = mapper;
        this.cacheControl = cacheControl;
    }

    /** Picks one of a route's representations from the request, e.g. by its Accept header. */
    @FunctionalInterface
    public interface Variant {
        String of(Context ctx);
    }

    /** GET and HEAD {@code path}, answered from the cache until the next write. */
    public void cached(RoutesConfig routes, String path, Producer producer) {
        cached(routes, path, producer, null);
    }

    /**
     * As {@link #cached(RoutesConfig, String, Producer)} for a route whose answer also depends on the Accept
     * header: {@code variant} names the representation asked for, which is cached apart.
     */
    public void cached(RoutesConfig routes, String path, Producer producer, Variant variant) {
        Handler handler = ctx -> {
            String key = variant == null ? key(ctx) : key(ctx) + '#' + variant.of(ctx);
            PreparedResponse prepared = cache.get(key);
            if (prepared == null) {
                ResponseCache.Generation generation = cache.generation();
                prepared = prepare(producer.produce(ctx), ctx);
                cache.put(generation, key, prepared);
            }
            if (variant != null) {
                Vary.add(ctx, "Accept");
            }
            send(ctx, prepared);
        };
        routes.get(path, handler);
        routes.head(path, handler);
    }

    /** GET and HEAD {@code path}, built on every request (for answers that must be live, like health). */
    public void fresh(RoutesConfig routes, String path, Producer producer) {
        Handler handler = ctx -> send(ctx, prepare(producer.produce(ctx), ctx));
        routes.get(path, handler);
        routes.head(path, handler);
    }

    /**
     * GET and HEAD {@code path}, answered with bytes that never change while the server runs (files in the jar),
     * so they skip the response cache and survive its invalidation; {@code file} picks them from the request.
     */
    public void fixed(RoutesConfig routes, String path, Function<Context, PreparedResponse> file) {
        Handler handler = ctx -> send(ctx, file.apply(ctx));
        routes.get(path, handler);
        routes.head(path, handler);
    }

    private PreparedResponse prepare(Representation r, Context ctx) throws Exception {
        byte[] body = r.body() instanceof byte[] bytes ? bytes : serialize(r, Links.writer(mapper, ctx));
        return PreparedResponse.of(body, r.contentType(), r.lastModified(), r.headers());
    }

    /** As JSON with this request's absolute links, keeping only the selected members. */
    private byte[] serialize(Representation r, ObjectWriter writer) throws IOException {
        byte[] whole = writer.writeValueAsBytes(r.body());
        if (r.selection() == null) {
            return whole;
        }
        ObjectNode tree = (ObjectNode) mapper.readTree(whole);
        if (r.selection().inItems()) {
            tree.withArray("items")
                    .forEach(item -> ((ObjectNode) item).retain(r.selection().fields()));
        } else {
            tree.retain(r.selection().fields());
        }
        return mapper.writeValueAsBytes(tree);
    }

    private void send(Context ctx, PreparedResponse p) {
        // checked on the answer, so a missing resource stays a 404 whatever the Accept header
        RouteRules.notAcceptableUnless(
                ctx, List.of(p.contentType().split(";", 2)[0].strip()));
        boolean gzip = p.gzipped() != null && Negotiation.acceptsGzip(ctx.header("Accept-Encoding"));
        ctx.header("ETag", gzip ? p.gzipEtag() : p.etag());
        ctx.header("Cache-Control", cacheControl);
        Vary.add(ctx, "Accept-Encoding");
        if (p.lastModified() != null) {
            ctx.header("Last-Modified", p.lastModified());
        }
        p.headers().forEach(ctx::header);
        if (notModified(ctx, p)) {
            // the 200's validators and caching headers, but nothing about a body (RFC 9110 15.4.5)
            ctx.status(HttpStatus.NOT_MODIFIED);
            ctx.res().setContentType(null);
            try {
                ctx.res().flushBuffer(); // committed now, before Jetty would add "Content-Length: 0" on completion
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        byte[] body = gzip ? p.gzipped() : p.body();
        ctx.disableCompression(); // the bytes are final: their ETag names exactly them
        if (gzip) {
            ctx.header("Content-Encoding", "gzip");
        }
        ctx.header("Content-Length", String.valueOf(body.length));
        ctx.contentType(p.contentType()).result(body);
    }

    /** If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2); either representation's ETag matches. */
    private static boolean notModified(Context ctx, PreparedResponse p) {
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag) // weak comparison, as 13.1.2 says
                    .anyMatch(tag -> tag.equals("*") || tag.equals(p.etag()) || tag.equals(p.gzipEtag()));
        }
        String ifModifiedSince = ctx.header("If-Modified-Since");
        if (ifModifiedSince == null || p.lastModified() == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Instant modified = ZonedDateTime.parse(p.lastModified(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return !modified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // an unparseable date is ignored, as RFC 9110 asks
        }
    }

    /**
     * Base URL (links in the answer depend on it), path, and the query's parameters in a fixed order, so
     * {@code a=1&b=2} and {@code b=2&a=1} share.
     */
    private static String key(Context ctx) {
        String resource = Links.base(ctx) + ctx.path();
        String query = ctx.queryString();
        if (query == null || query.isEmpty()) {
            return resource;
        }
        if (query.indexOf('&') < 0) {
            return resource + '?' + query;
        }
        String[] params = query.split("&");
        Arrays.sort(params);
        return resource + '?' + String.join("&", params);
    }
}
