package io.factwire.web;

import io.factwire.NotFoundException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages people read, all from the classpath: the reader (one HTML shell for {@code /},
 * {@code /articles/{id}}, {@code /speakers} and {@code /facts}; its script draws the page from the API on the
 * same origin) and the API reference at {@code /docs}, Swagger UI from its webjar over {@code /openapi.yaml}.
 * Nothing is loaded from another host, and the Content-Security-Policy says so to the browser.
 */
public final class PagesController {
    private static final String OWN = "/io/factwire/web/pages/";
    private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/";

    /** No inline script or style anywhere in the reader: everything comes from files on this origin. */
    static final String READER_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** The reader's policy, plus the data: URIs Swagger UI's style sheet draws its icons with. */
    static final String DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** URL file name → classpath resource, for the files each folder serves; anything else is a 404. */
    private static final Map<String, String> ASSETS = Map.of(
            "app.js", OWN + "app.js",
            "style.css", OWN + "style.css",
            "docs.css", OWN + "docs.css",
            "favicon.svg", OWN + "favicon.svg");

    private final Map<String, String> docsFiles;

    private final Map<String, PreparedResponse> prepared = new ConcurrentHashMap<>();

    public PagesController() {
        String swaggerUi = WEBJAR + webjarVersion() + "/";
        docsFiles = Map.of(
                "swagger-ui.css", swaggerUi + "swagger-ui.css",
                "swagger-ui-bundle.js", swaggerUi + "swagger-ui-bundle.js",
                // ours, not the webjar's: that one points at a remote example spec
                "swagger-initializer.js", OWN + "swagger-initializer.js");
    }

    public void routes(RoutesConfig routes, HttpCaching caching) {
        for (String shell : new String[] {"/", "/articles/{id}", "/speakers", "/facts"}) {
            caching.fixed(routes, shell, ctx -> file(OWN + "index.html", READER_CSP));
        }
        caching.fixed(routes, "/docs", ctx -> file(OWN + "docs.html", DOCS_CSP));
        caching.fixed(routes, "/assets/{file}", ctx -> file(lookup(ASSETS, ctx), READER_CSP));
        caching.fixed(routes, "/docs/{file}", ctx -> file(lookup(docsFiles, ctx), DOCS_CSP));
    }

    private static String lookup(Map<String, String> files, Context ctx) {
        String resource = files.get(ctx.pathParam("file"));
        if (resource == null) {
            throw new NotFoundException("No file '" + ctx.pathParam("file") + "' at " + ctx.path() + ".");
        }
        return resource;
    }

    /** Read and gzipped once, on first request, then kept: the jar does not change under a running server. */
    private PreparedResponse file(String resource, String csp) {
        return prepared.computeIfAbsent(
                resource,
                r -> PreparedResponse.of(
                        read(r),
                        mediaType(r),
                        null,
                        Map.of("Content-Security-Policy", csp, "X-Content-Type-Options", "nosniff")));
    }

    private static byte[] read(String resource) {
        try (InputStream in = PagesController.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath; build with Maven");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mediaType(String resource) {
        String extension = resource.substring(resource.lastIndexOf('.') + 1);
        return switch (extension) {
            case "html" -> "text/html; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "svg" -> "image/svg+xml";
            default -> throw new IllegalArgumentException("no media type for " + resource);
        };
    }

    /** The webjar's own record of its version, so upgrading it is a change in the pom alone. */
    private static String webjarVersion() {
        Properties pom = new Properties();
        try (InputStream in =
                PagesController.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the classpath");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }
}
