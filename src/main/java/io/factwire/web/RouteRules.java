package io.factwire.web;

import io.factwire.InvalidInputException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What every route accepts, checked before it runs: a known path with a method it does not have is a 405 with
 * {@code Allow}; a query parameter the route does not take is a 400 naming it and listing those it takes (a
 * misspelt {@code limt} or an unsupported filter must not be silently ignored); an {@code Accept} header that
 * none of the route's media types satisfies is a 406. The parameters and media types are the contract's
 * (a test holds them equal to {@code openapi.yaml}); a route missing from {@link #QUERY} takes no parameters.
 */
public final class RouteRules {
    /** Query parameters per operation ("METHOD /template"); HEAD takes what GET takes. */
    static final Map<String, List<String>> QUERY = Map.ofEntries(
            Map.entry(
                    "GET /v1/articles",
                    List.of(
                            "limit",
                            "cursor",
                            "fields",
                            "sort",
                            "publishedFrom",
                            "publishedTo",
                            "speaker",
                            "factType",
                            "source",
                            "author",
                            "tag",
                            "lang")),
            // a page sent as text/html says where it came from
            Map.entry("POST /v1/articles", List.of("url")),
            Map.entry("POST /v1/extract", List.of("url", "explain")),
            // explain: each quote and fact names the rule that decided it
            Map.entry("GET /v1/articles/{id}", List.of("fields", "explain")),
            Map.entry("GET /v1/articles/{id}/quotes", List.of("speaker", "fragment", "explain")),
            Map.entry("GET /v1/articles/{id}/facts", List.of("type", "explain")),
            Map.entry(
                    "GET /v1/search",
                    List.of(
                            "q",
                            "publishedFrom",
                            "publishedTo",
                            "speaker",
                            "factType",
                            "source",
                            "sort",
                            "limit",
                            "cursor")),
            Map.entry(
                    "GET /v1/quotes",
                    List.of(
                            "speaker",
                            "source",
                            "q",
                            "fragment",
                            "publishedFrom",
                            "publishedTo",
                            "limit",
                            "cursor",
                            "explain")),
            Map.entry("GET /v1/facts", List.of("type", "min", "max", "from", "to", "q", "limit", "cursor", "explain")),
            Map.entry("GET /v1/speakers", List.of("limit", "cursor")),
            Map.entry("GET /v1/changes", List.of("since", "limit")),
            // the reader's pages: their script reads these from the address
            Map.entry(
                    "GET /",
                    List.of("q", "speaker", "factType", "publishedFrom", "publishedTo", "source", "limit", "cursor")),
            Map.entry("GET /speakers", List.of("speaker", "source", "cursor")),
            Map.entry("GET /facts", List.of("type", "min", "max", "from", "to", "q", "cursor")));

    /**
     * Media types of the operations checked here, in the server's order of preference; absent means JSON.
     * Reads served through {@link HttpCaching} are checked there instead, once the answer exists, so a missing
     * resource stays a 404 whatever the Accept header; writes and the streamed reads are checked here, before
     * any work (a refused write stores nothing).
     */
    static final Map<String, List<String>> PRODUCES = Map.of(
            "GET /v1/export", List.of("application/x-ndjson"),
            "GET /metrics", List.of("text/plain"),
            "DELETE /v1/articles/{id}", List.of());

    /** The request attribute naming the matched route template, e.g. {@code /v1/articles/{id}}, for metrics. */
    public static final String ROUTE_ATTRIBUTE = "factwire.route";

    private final Supplier<List<String>> routes;

    /** {@code routes}: every routed "METHOD /template", read at request time so late routes count too. */
    public RouteRules(Supplier<List<String>> routes) {
        this.routes = routes;
    }

    /** Runs before every request; after CORS, so the page that caused a 4xx here can read it. */
    public void routes(RoutesConfig config) {
        config.before(this::check);
    }

    private void check(Context ctx) {
        String path = trimSlash(ctx.path());
        String method = ctx.method() == HandlerType.HEAD ? "GET" : ctx.method().name();
        Set<String> allowed = new LinkedHashSet<>();
        String template = null;
        for (String route : routes.get()) {
            int space = route.indexOf(' ');
            String routeTemplate = route.substring(space + 1);
            if (matches(routeTemplate, path)) {
                ctx.attribute(ROUTE_ATTRIBUTE, routeTemplate);
                String routeMethod = route.substring(0, space);
                allowed.add(routeMethod);
                if (routeMethod.equals("GET")) {
                    allowed.add("HEAD"); // every GET route answers HEAD too
                }
                if (routeMethod.equals(method)) {
                    template = routeTemplate;
                }
            }
        }
        if (allowed.isEmpty()) {
            return; // no such path: Javalin's 404
        }
        if (ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null) {
            return; // a CORS preflight, answered by Cors
        }
        if (template == null) {
            String allow = String.join(", ", allowed);
            ctx.skipRemainingHandlers();
            throw new ProblemException(
                    ProblemType.METHOD_NOT_ALLOWED,
                    ctx.method().name() + " is not allowed on " + ctx.path() + "; it allows " + allow + ".",
                    Map.of("Allow", allow));
        }
        String operation = method + " " + template;
        checkQuery(ctx, operation);
        checkAccept(ctx, operation);
    }

    private static void checkQuery(Context ctx, String operation) {
        String query = ctx.queryString();
        if (query == null || query.isEmpty()) {
            return;
        }
        List<String> known = QUERY.getOrDefault(operation, List.of());
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (!known.contains(name)) {
                ctx.skipRemainingHandlers();
                throw new InvalidInputException(
                        name,
                        "Unknown parameter '" + name + "'; "
                                + ctx.path()
                                + (known.isEmpty()
                                        ? " takes no query parameters."
                                        : " takes " + String.join(", ", known) + "."));
            }
        }
    }

    private static void checkAccept(Context ctx, String operation) {
        boolean read = operation.startsWith("GET ");
        if (read && !PRODUCES.containsKey(operation)) {
            return; // answered through HttpCaching, which checks the answer's own type
        }
        List<String> produces = PRODUCES.getOrDefault(operation, List.of(Representation.JSON));
        if (produces.isEmpty()) {
            return; // no body to negotiate
        }
        try {
            notAcceptableUnless(ctx, produces);
        } catch (ProblemException e) {
            ctx.skipRemainingHandlers();
            throw e;
        }
    }

    /** A 406 problem unless the request's Accept header takes one of {@code produces}. */
    static void notAcceptableUnless(Context ctx, List<String> produces) {
        String accept = ctx.header("Accept");
        if (Negotiation.choose(accept, produces) == null) {
            throw new ProblemException(
                    ProblemType.NOT_ACCEPTABLE,
                    "Nothing " + ctx.path() + " offers matches " + "'Accept: " + accept + "'; it offers "
                            + String.join(", ", produces) + ".");
        }
    }

    /** Segment by segment; {@code {name}} matches any one segment. */
    static boolean matches(String template, String path) {
        String[] t = trimSlash(template).split("/", -1);
        String[] p = path.split("/", -1);
        if (t.length != p.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            boolean parameter = t[i].startsWith("{") && t[i].endsWith("}") && !p[i].isEmpty();
            if (!parameter && !t[i].equals(p[i])) {
                return false;
            }
        }
        return true;
    }

    private static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A name with a broken %-escape is kept as written: it is reported, not decoded. */
    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
