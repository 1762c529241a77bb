package io.factwire.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a GET handler answers before it becomes bytes: the body (a value to serialise as JSON, or ready bytes),
 * its media type, when it last changed (ISO 8601 instant, null when that does not apply) and extra headers.
 */
public record Representation(Object body, String contentType, String lastModified, Map<String, String> headers) {
    public static final String JSON = "application/json";

    public static Representation json(Object body) {
        return new Representation(body, JSON, null, Map.of());
    }

    public static Representation bytes(byte[] body, String contentType) {
        return new Representation(body, contentType, null, Map.of());
    }

    public Representation withLastModified(String isoInstant) {
        return new Representation(body, contentType, isoInstant, headers);
    }

    public Representation withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Representation(body, contentType, lastModified, more);
    }
}
