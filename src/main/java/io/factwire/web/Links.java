package io.factwire.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Absolute links: a page on another origin, or a client that stored a link, must not resolve them against
 * its own location. The base is {@code FACTWIRE_PUBLIC_URL} when set; otherwise the request's scheme and
 * {@code Host}, which a trusted proxy may override with {@code Forwarded} or {@code X-Forwarded-Proto},
 * {@code -Host} and {@code -Port}. Views keep paths; {@link AbsoluteLink} puts the base in front as they are
 * written, from the writer's attribute, so stored and cached objects stay base-free.
 */
public final class Links {
    /** The request attribute and serialisation attribute holding the base URL. */
    public static final String BASE_URL = "factwire.baseUrl";

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+](:\\d{1,5})?");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private final String publicUrl;
    private final boolean trustProxy;

    public Links(String publicUrl, boolean trustProxy) {
        this.publicUrl = publicUrl;
        this.trustProxy = trustProxy;
    }

    /** Runs first, so every later handler (and the cache key) sees this request's base URL. */
    public void routes(RoutesConfig routes) {
        routes.before(ctx -> ctx.attribute(BASE_URL, baseOf(ctx)));
    }

    String baseOf(Context ctx) {
        if (publicUrl != null) {
            return publicUrl;
        }
        String scheme = ctx.scheme();
        String host = ctx.header("Host");
        if (trustProxy) {
            String forwarded = ctx.header("Forwarded");
            if (forwarded != null) {
                String first = forwarded.split(",", 2)[0];
                for (String pair : first.split(";")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        String name = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                        String value = unquote(pair.substring(eq + 1).strip());
                        if (name.equals("proto")) {
                            scheme = value;
                        } else if (name.equals("host")) {
                            host = value;
                        }
                    }
                }
            } else {
                String proto = firstValue(ctx.header("X-Forwarded-Proto"));
                String forwardedHost = firstValue(ctx.header("X-Forwarded-Host"));
                String port = firstValue(ctx.header("X-Forwarded-Port"));
                if (proto != null) {
                    scheme = proto;
                }
                if (forwardedHost != null) {
                    host = forwardedHost;
                }
                if (port != null
                        && PORT.matcher(port).matches()
                        && host != null
                        && !host.endsWith("]")
                        && host.indexOf(':') < 0) {
                    host = host + ":" + port;
                }
            }
        }
        scheme = scheme == null ? "http" : scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            scheme = ctx.scheme();
        }
        if (host == null || !HOST.matcher(host).matches()) {
            // no usable Host (HTTP/1.0, or a forged one that could break a header): the address it came in on
            String local = ctx.req().getLocalAddr();
            host = (local.indexOf(':') >= 0 ? "[" + local + "]" : local) + ":"
                    + ctx.req().getLocalPort();
        }
        return scheme + "://" + host.toLowerCase(Locale.ROOT);
    }

    private static String firstValue(String header) {
        if (header == null) {
            return null;
        }
        String first = header.split(",", 2)[0].strip();
        return first.isEmpty() ? null : first;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    /** This request's base URL; empty outside a request that went through {@link #routes}. */
    public static String base(Context ctx) {
        String base = ctx.attribute(BASE_URL);
        return base == null ? "" : base;
    }

    /** {@code path} (starting with {@code /}) made absolute for this request. */
    public static String absolute(Context ctx, String path) {
        return base(ctx) + path;
    }

    /** A writer that makes every {@link AbsoluteLink}-annotated link absolute for this request. */
    public static ObjectWriter writer(ObjectMapper mapper, Context ctx) {
        return mapper.writer().withAttribute(BASE_URL, base(ctx));
    }

    /** Answers {@code value} as JSON with absolute links (what {@code ctx.json} does, plus the base). */
    public static void json(Context ctx, Object value) throws IOException {
        ObjectMapper mapper = ((JavalinJackson) ctx.jsonMapper()).getMapper();
        ctx.contentType(Representation.JSON).result(writer(mapper, ctx).writeValueAsBytes(value));
    }
}
