package io.factwire.web;

import io.factwire.InvalidInputException;
import io.factwire.extract.FactType;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Parsing of query and path parameters; a bad value is an {@link InvalidInputException} naming it. */
public final class Params {
    private Params() {}

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
     * A {@code Link: <…>; rel="next"} value: this request's absolute URL with {@code name} set to
     * {@code value}, so the next page keeps every filter and selection of this one.
     */
    public static String nextLink(Context ctx, String name, String value) {
        String query = ctx.queryString() == null ? "" : ctx.queryString();
        String kept = Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith(name + "="))
                .collect(Collectors.joining("&"));
        return "<" + Links.absolute(ctx, ctx.path()) + "?" + (kept.isEmpty() ? "" : kept + "&") + name + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8) + ">; rel=\"next\"";
    }

    /** Fact types from {@code name=a,b} or {@code name=a&name=b}; empty when absent, an unknown type a 400. */
    public static Set<FactType> factTypes(Context ctx, String name) {
        Set<FactType> types = EnumSet.noneOf(FactType.class);
        ctx.queryParams(name).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .forEach(id -> types.add(FactType.fromId(id)
                        .orElseThrow(() -> new InvalidInputException(
                                name,
                                "Unknown fact type '" + id + "'; known types: "
                                        + Arrays.stream(FactType.values())
                                                .map(FactType::id)
                                                .collect(Collectors.joining(", "))
                                        + "."))));
        return types;
    }

    /** Query parameter {@code name} as an ISO date (YYYY-MM-DD), null when absent. */
    public static LocalDate queryDate(Context ctx, String name) {
        String value = ctx.queryParam(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    name, "Parameter '" + name + "' must be a date as YYYY-MM-DD, not '" + value + "'.");
        }
    }

    /** Query parameter {@code name} stripped, null when absent or blank. */
    public static String queryText(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Path parameter {@code name} as an int in [min, max]. */
    public static int pathInt(Context ctx, String name, int min, int max) {
        return parseInt(name, ctx.pathParam(name), min, max);
    }

    /** Query parameter {@code name} as {@code true}/{@code false}, null when absent. */
    /** A true/false parameter that is false when absent ({@code ?explain=true}). */
    public static boolean queryFlag(Context ctx, String name) {
        return Boolean.TRUE.equals(queryBoolean(ctx, name));
    }

    public static Boolean queryBoolean(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default ->
                throw new InvalidInputException(
                        name, "Parameter '" + name + "' must be true or false, not '" + value + "'.");
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
        throw new InvalidInputException(
                name,
                "Parameter '" + name + "' must be an integer from " + min + " to " + max + ", not '" + value + "'.");
    }
}
