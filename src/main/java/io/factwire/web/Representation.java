package io.factwire.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a GET handler answers before it becomes bytes: the body (a value to serialise as JSON, or ready bytes),
 * its media type, when it last changed (ISO 8601 instant, null when that does not apply), extra headers, and
 * the {@link Selection} of members to keep (null keeps all).
 */
public record Representation(
        Object body, String contentType, String lastModified, Map<String, String> headers, Selection selection) {
    public static final String JSON = "application/json";

    /**
     * Top-level members to keep, of the body itself or, with {@code inItems}, of each element of its
     * {@code items} array (a list page).
     */
    public record Selection(Set<String> fields, boolean inItems) {}

    public static Representation json(Object body) {
        return of(body, JSON);
    }

    /** A value serialised as JSON under another JSON media type, such as application/ld+json. */
    public static Representation of(Object body, String contentType) {
        return new Representation(body, contentType, null, Map.of(), null);
    }

    public static Representation bytes(byte[] body, String contentType) {
        return new Representation(body, contentType, null, Map.of(), null);
    }

    public Representation withLastModified(String isoInstant) {
        return new Representation(body, contentType, isoInstant, headers, selection);
    }

    public Representation withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Representation(body, contentType, lastModified, more, selection);
    }

    /** Keeps only {@code fields} of the body; null keeps everything. */
    public Representation withFields(Set<String> fields) {
        return new Representation(
                body, contentType, lastModified, headers, fields == null ? null : new Selection(fields, false));
    }

    /** Keeps only {@code fields} of each list item; null keeps everything. */
    public Representation withItemFields(Set<String> fields) {
        return new Representation(
                body, contentType, lastModified, headers, fields == null ? null : new Selection(fields, true));
    }
}
