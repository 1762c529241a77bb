package io.factwire.web;

import io.factwire.InvalidInputException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Checks made before any route reads a request: a declared body larger than the limit is refused at once
 * (413, and the connection closed, so the server neither reads nor waits for the rest), and a query with a
 * broken {@code %}-escape is a 400 naming the parameter instead of a filter silently dropped.
 */
public final class RequestGuards {
    private final long maxBodyBytes;

    public RequestGuards(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    public void routes(RoutesConfig routes) {
        routes.before(this::check);
    }

    private void check(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw new ProblemException(ProblemType.CONTENT_TOO_LARGE, "The request body is larger than "
                    + maxBodyBytes + " bytes.", Map.of("Connection", "close"));
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
                    throw new InvalidInputException(name.indexOf('%') >= 0 ? "query" : name, shown
                            + " has a broken %-escape: '%' must be followed by two hexadecimal digits.");
                }
            }
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
