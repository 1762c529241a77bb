package io.factwire.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin access for browser pages. Reads (GET, HEAD, and POST /v1/extract, which stores nothing) are
 * open to the read origins, writes to the write origins; {@code *} means any origin. The headers go on every
 * answer to an allowed origin, errors included, so a page sees the problem instead of a network error.
 */
public final class Cors {
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, If-None-Match, If-Modified-Since, "
            + "If-Match, If-Unmodified-Since, Prefer, X-Request-Id";
    /** Beyond the CORS-safelisted ones, what a page may read from an answer. */
    static final String EXPOSED_HEADERS = "ETag, Last-Modified, Link, Location, WWW-Authenticate, Retry-After, "
            + "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Allow, X-Request-Id";

    static final String MAX_AGE_SECONDS = "600";
    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final String EXTRACT = "/v1/extract";

    private final List<String> readOrigins;
    private final List<String> writeOrigins;

    public Cors(List<String> readOrigins, List<String> writeOrigins) {
        this.readOrigins = List.copyOf(readOrigins);
        this.writeOrigins = List.copyOf(writeOrigins);
    }

    /** Runs before every route (and before the 404 of no route), so all answers carry the headers. */
    public void routes(RoutesConfig routes) {
        routes.before(this::apply);
    }

    private void apply(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        String preflightMethod = ctx.header("Access-Control-Request-Method");
        boolean preflight = ctx.method() == HandlerType.OPTIONS && preflightMethod != null;
        String method = preflight ? preflightMethod : ctx.method().name();
        boolean read = isRead(method, ctx.path());
        List<String> needed = read ? readOrigins : writeOrigins;
        boolean allowed = needed.contains("*") || needed.contains(origin);
        boolean mayRead = readOrigins.contains("*") || readOrigins.contains(origin);
        // an origin that may read gets the headers even on a refusal, so its page can read the problem
        String allowOrigin = allowed
                ? (needed.contains("*") ? "*" : origin)
                : mayRead ? (readOrigins.contains("*") ? "*" : origin) : null;
        if (allowOrigin != null) {
            ctx.header("Access-Control-Allow-Origin", allowOrigin);
            if (!allowOrigin.equals("*")) {
                Vary.add(ctx, "Origin");
            }
        }
        if (mayRead) {
            // lets the page's Resource Timing see server timings for origins that may read the answer anyway
            ctx.header("Timing-Allow-Origin", readOrigins.contains("*") ? "*" : origin);
        }
        if (!preflight && allowOrigin != null) {
            ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        if (!allowed) {
            if (preflight) {
                ctx.skipRemainingHandlers();
                throw new ProblemException(
                        ProblemType.FORBIDDEN,
                        "Origin '" + origin + "' may not send "
                                + method + " requests to " + ctx.path() + "; add it to "
                                + (read ? "FACTWIRE_CORS_ORIGINS." : "FACTWIRE_CORS_WRITE_ORIGINS."));
            }
            return; // served as to any client; a write still needs its API key
        }
        if (preflight) {
            ctx.header("Access-Control-Allow-Methods", String.join(", ", methodsFor(origin, ctx.path())));
            ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
            ctx.status(HttpStatus.NO_CONTENT);
            ctx.skipRemainingHandlers();
        }
    }

    private List<String> methodsFor(String origin, String path) {
        boolean reads = readOrigins.contains("*") || readOrigins.contains(origin);
        boolean writes = writeOrigins.contains("*") || writeOrigins.contains(origin);
        if (path.equals(EXTRACT)) {
            return reads ? List.of("POST") : List.of();
        }
        return writes && reads
                ? List.of("GET", "HEAD", "POST", "PUT", "DELETE")
                : writes ? List.of("POST", "PUT", "DELETE") : List.of("GET", "HEAD");
    }

    private static boolean isRead(String method, String path) {
        return READS.contains(method) || (method.equals("POST") && path.equals(EXTRACT));
    }
}
