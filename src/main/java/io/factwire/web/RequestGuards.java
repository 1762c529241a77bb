package io.factwire.web;

import io.factwire.InvalidInputException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * Checks made before any route reads a request: a declared body larger than the limit is refused with 413
 * (far larger: at once, and the connection closed, so the server neither reads nor waits for the rest), and a
 * query with a broken {@code %}-escape is a 400 naming the parameter instead of a filter silently dropped.
 */
public final class RequestGuards {
    private final long maxBodyBytes;
    private final long maxPageBytes;
    private final long maxImportBytes;

    public RequestGuards(long maxBodyBytes, long maxPageBytes, long maxImportBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxPageBytes = maxPageBytes;
        this.maxImportBytes = maxImportBytes;
    }

    /** NDJSON, the one body that is streamed rather than read whole: an import of many articles. */
    public static boolean isNdjson(String contentType) {
        return contentType != null
                && contentType
                        .split(";", 2)[0]
                        .strip()
                        .toLowerCase(java.util.Locale.ROOT)
                        .equals("application/x-ndjson");
    }

    /** Web pages and feeds may be larger than other bodies (JSON articles). */
    public static boolean isPageOrFeed(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return type.equals("text/html")
                || type.equals("application/xhtml+xml")
                || type.equals("application/rss+xml")
                || type.equals("application/atom+xml")
                || type.equals("application/feed+json");
    }

    /** The body limit of this request, by its declared media type. */
    public long limit(Context ctx) {
        if (isNdjson(ctx.contentType()) && ctx.path().equals("/v1/import")) {
            return maxImportBytes;
        }
        return isPageOrFeed(ctx.contentType()) ? maxPageBytes : maxBodyBytes;
    }

    private static final String LIMIT = "factwire.bodyLimit";
    /** How far past its limit a declared body is still read (and dropped) before the 413. */
    private static final long DRAIN_BYTES = 1024 * 1024;

    private static boolean drained(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The request body, or 413 when a body sent without a declared length turns out larger than its limit
     * (the server reads up to the larger of the two limits).
     */
    public static byte[] body(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        Long limit = ctx.attribute(LIMIT);
        if (limit != null && body.length > limit) {
            throw new ProblemException(
                    ProblemType.CONTENT_TOO_LARGE,
                    "The request body is larger than " + limit + " bytes.",
                    Map.of("Connection", "close"));
        }
        return body;
    }

    public void routes(RoutesConfig routes) {
        routes.before(this::check);
    }

    private void check(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        long limit = limit(ctx);
        ctx.attribute(LIMIT, limit);
        if (declared > limit) {
            // A little over the limit: read and drop the rest first, so the client has sent everything when the
            // answer comes and reads the 413 instead of a connection reset. Far over it: answer at once and close.
            boolean drain = declared - limit <= DRAIN_BYTES && drained(ctx);
            throw new ProblemException(
                    ProblemType.CONTENT_TOO_LARGE,
                    "The request body is larger than " + limit + " bytes.",
                    drain ? Map.of() : Map.of("Connection", "close"));
        }
        String query = ctx.queryString();
        if (query != null && query.indexOf('%') >= 0) {
            checkEscapes(query);
        }
    }

    /** Names the first parameter whose name or value holds a {@code %} not followed by two hex digits. */
    static void checkEscapes(String query) {
        for (String pair : query.split("&")) {
            for (int i = pair.indexOf('%'); i >= 0; i = pair.indexOf('%', i + 1)) {
                if (i + 2 >= pair.length() || !isHex(pair.charAt(i + 1)) || !isHex(pair.charAt(i + 2))) {
                    int eq = pair.indexOf('=');
                    String name = eq < 0 ? pair : pair.substring(0, eq);
                    String shown = name.indexOf('%') >= 0 ? "a parameter" : "Parameter '" + name + "'";
                    throw new InvalidInputException(
                            name.indexOf('%') >= 0 ? "query" : name,
                            shown + " has a broken %-escape: '%' must be followed by two hexadecimal digits.");
                }
            }
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
