package io.factwire.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the hand-written contract, {@code openapi.yaml}, which the build copies onto the classpath. */
public final class OpenApiController {
    private static final String MEDIA_TYPE = "application/yaml";

    private final byte[] spec;

    public OpenApiController() {
        try (InputStream in = OpenApiController.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is not on the classpath; build with Maven");
            }
            spec = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void routes(RoutesConfig routes, HttpCaching caching) {
        caching.cached(routes, "/openapi.yaml", ctx -> Representation.bytes(spec, MEDIA_TYPE));
    }
}
