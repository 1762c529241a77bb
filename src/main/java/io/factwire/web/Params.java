package io.factwire.web;

import io.factwire.InvalidInputException;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Parsing of query and path parameters; a bad value is an {@link InvalidInputException} naming it. */
public final class Params {
    private Params() {
    }

    /** Query parameter {@code name} as an int in [min, max], {@code fallback} when absent. */
    public static int queryInt(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        return value == null ? fallback : parseInt(name, value, min, max);
    }

    /** Query parameter {@code name} as a long in [min, max], {@code fallback} when absent. */
    public static long queryLong(Context ctx, String name, long fallback, long min, long max) {
        String value = ctx.queryParam(name);
        return value == null ? fallback : parseLong(name, value, min, max);
    }

    /**
     * A {@code Link: <…>; rel="next"} value: this request's path and query with {@code name} set to
     * {@code value}, so the next page keeps every filter and selection of this one.
     */
    public static String nextLink(Context ctx, String name, String value) {
        String query = ctx.queryString() == null ? "" : ctx.queryString();
        String kept = Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith(name + "="))
                .collect(Collectors.joining("&"));
        return "<" + ctx.path() + "?" + (kept.isEmpty() ? "" : kept + "&") + name + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8) + ">; rel=\"next\"";
    }

    /** Path parameter {@code name} as an int in [min, max]. */
    public static int pathInt(Context ctx, String name, int min, int max) {
        return parseInt(name, ctx.pathParam(name), min, max);
    }

    /** Query parameter {@code name} as {@code true}/{@code false}, null when absent. */
    public static Boolean queryBoolean(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(name,
                    "Parameter '" + name + "' must be true or false, not '" + value + "'.");
        };
    }

    private static int parseInt(String name, String value, int min, int max) {
        return (int) parseLong(name, value, min, max);
    }

    private static long parseLong(String name, String value, long min, long max) {
        try {
            long n = Long.parseLong(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw new InvalidInputException(name,
                "Parameter '" + name + "' must be an integer from " + min + " to " + max + ", not '" + value + "'.");
    }
}
